import type { Catalog, MatchResult, ReportRow, UnitReport } from '../model';
import { catalogVersion } from '../catalog/catalog-version';

/** Sure match of one row by the id its form carries; null sends the row to label matching. */
export type MatchById = (row: ReportRow) => MatchResult | null;

/**
 * For a report written in a form generated from this very catalog (its version marker equals the catalog's), each
 * row whose hidden id cell names a catalog indicator is that indicator, with certainty, whatever the unit did to
 * the wording. Rows the unit inserted have no id and are matched by label like any row. A form of another catalog
 * version gives null: its ids may mean other things now, so none is trusted (the check stage flags the form).
 * @example templateIdMatcher(catalog, report)?.(row) // { kind: 'matched', id: 'bts', confidence: 1, ... }
 */
export function templateIdMatcher(catalog: Catalog, report: UnitReport): MatchById | null {
  if (report.templateVersion === undefined || report.templateVersion !== catalogVersion(catalog)) return null;
  const ids = new Set(catalog.indicators.map((i) => i.id));
  return (row) => {
    const id = row.templateId;
    if (id === undefined || !ids.has(id)) return null;
    return { kind: 'matched', id, confidence: 1, reason: 'mã chỉ tiêu của mẫu báo cáo', candidates: [{ id, score: 1 }] };
  };
}
