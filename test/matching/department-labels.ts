/*
 * The labelled rows of the department catalogs (test/matching/catalogs/*.json): how districts, communes and wards
 * write each indicator of their department's own template, and rows that must match nothing in it. One file per
 * catalog under department/; the hold-out lives apart in holdout-department/ and is never imported here.
 */
import type { DepartmentSet } from './department/define';
import { dongNaiXa2026 } from './department/dong-nai-xa-2026';
import { langSonHuyen2022 } from './department/lang-son-huyen-2022';
import { thaiNguyenXa2026 } from './department/thai-nguyen-xa-2026';

export type { DepartmentCase, DepartmentSet } from './department/define';
export { reportsOf, type EvalReport, type EvalRow, type ExpectedRow } from './department/reports';

/** Pre-2025 district template first, then the two post-2025 commune templates. */
export const departmentSets: DepartmentSet[] = [langSonHuyen2022, thaiNguyenXa2026, dongNaiXa2026];
