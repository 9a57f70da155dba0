import type { Catalog, ReportRow, UnitReport } from '../model';
import { catalogVersion } from '../catalog/catalog-version';

/** The indicator a row's form names by id, or null (no id, or an id this catalog does not have). */
export type FormIdOf = (row: ReportRow) => string | null;

/**
 * For a report written in a form generated from this very catalog (its version marker equals the catalog's), each
 * row whose hidden id cell names a catalog indicator is that indicator, with certainty, whatever the unit did to
 * the wording. Rows the unit inserted have no id and are matched by label like any row. A form of another catalog
 * version gives null: its ids may mean other things now, so none is trusted (the check stage flags the form).
 * @example formIds(catalog, report)?.(row) // "bts"
 */
export function formIds(catalog: Catalog, report: UnitReport): FormIdOf | null {
  if (report.templateVersion === undefined || report.templateVersion !== catalogVersion(catalog)) return null;
  const ids = new Set(catalog.indicators.map((i) => i.id));
  return (row) => (row.templateId !== undefined && ids.has(row.templateId) ? row.templateId : null);
}
