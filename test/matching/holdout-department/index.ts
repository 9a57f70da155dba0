/*
 * HOLD-OUT department catalogs and their labelled rows (see README.md). Import only from the evaluation and its
 * test, which print aggregate figures unless asked (`--show-holdout`).
 */
import type { DepartmentSet } from '../department/define';
import { caMauXa2025 } from './ca-mau-xa-2025';
import { tayNinhHuyen2023 } from './tay-ninh-huyen-2023';

export const holdoutDepartmentSets: DepartmentSet[] = [tayNinhHuyen2023, caMauXa2025];
