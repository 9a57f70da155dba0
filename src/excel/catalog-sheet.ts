/**
 * The catalog on a sheet users can edit ("Danh mục chỉ tiêu"): one indicator a row, aliases separated by ";",
 * the rest of an indicator (aggregate, min/max, rules...) as JSON in the last column.
 */
import type { Catalog, Grid, Indicator, SheetSpec } from '../core/model';

export const CATALOG_SHEET = 'Danh mục chỉ tiêu';
export const CATALOG_HEADER = [
  'Mã',
  'Tên chỉ tiêu',
  'ĐVT',
  'Nhóm',
  'Tên khác (cách nhau bởi ;)',
  'Cấu hình (JSON)',
] as const;
export const ALIAS_COL = 4;

/** The catalog as a sheet spec, written like any other sheet. */
export function catalogToSheet(catalog: Catalog): SheetSpec {
  const header = CATALOG_HEADER.map((text) => ({
    value: text,
    style: { bold: true, fill: '#DDEBF7', border: true, wrap: true },
  }));
  const rows = catalog.indicators.map((ind) => {
    const { id, name, unit, group, aliases, ...rest } = ind;
    return [
      id,
      name,
      unit,
      group ?? '',
      (aliases ?? []).join('; '),
      Object.keys(rest).length ? JSON.stringify(rest) : '',
    ].map((value) => ({
      value,
      style: { border: true, numberFormat: '@' },
    }));
  });
  return {
    name: CATALOG_SHEET,
    rows: [header, ...rows],
    columnWidths: [14, 60, 12, 16, 60, 40],
    freeze: { rows: 1, cols: 1 },
    tabColor: '#70AD47',
  };
}

export type CatalogReadResult = { ok: true; catalog: Catalog } | { ok: false; errors: string[] };

/** Reads a catalog from its sheet; errors name the row. Validation of rules is left to core's validateCatalog. */
export function catalogFromGrid(grid: Grid): CatalogReadResult {
  const errors: string[] = [];
  const indicators: Indicator[] = [];
  const origin = grid.origin?.row ?? 0;
  grid.values.forEach((row, r) => {
    const text = (c: number): string => (row[c] === null || row[c] === undefined ? '' : String(row[c]).trim());
    if (r === 0 && text(0) === CATALOG_HEADER[0]) return;
    if (!text(0) && !text(1)) return;
    const excelRow = origin + r + 1;
    if (!text(0) || !text(1)) {
      errors.push(`Dòng ${excelRow}: thiếu mã hoặc tên chỉ tiêu.`);
      return;
    }
    let rest: Record<string, unknown> = {};
    if (text(5)) {
      try {
        const parsed: unknown = JSON.parse(text(5));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        rest = parsed as Record<string, unknown>;
      } catch {
        errors.push(`Dòng ${excelRow}: cột "Cấu hình (JSON)" không đọc được.`);
        return;
      }
    }
    const aliases = text(ALIAS_COL)
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    indicators.push({
      ...rest,
      id: text(0),
      name: text(1),
      unit: text(2),
      ...(text(3) ? { group: text(3) } : {}),
      ...(aliases.length ? { aliases } : {}),
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, catalog: { indicators } };
}
