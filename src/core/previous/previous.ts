import type { Catalog, Grid, PreviousPeriod } from '../model';
import { foldKey } from '../text';

/** Figures of an earlier period, per unit and indicator id, for change columns and jump checks. */
export type PreviousFigures = PreviousPeriod;

export type PreviousResult = { ok: true; previous: PreviousFigures } | { ok: false; reason: string };

/**
 * Reads an earlier report.json (version 1).
 * @example previousFromReportJson(JSON.parse(text), "report-2021.json")
 */
export function previousFromReportJson(json: unknown, source: string): PreviousResult {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.indicators)) {
    return { ok: false, reason: `${source} không phải report.json phiên bản 1` };
  }
  const totals: Record<string, number | null> = {};
  const values: Record<string, Record<string, number | null>> = {};
  for (const indicator of json.indicators) {
    if (!isRecord(indicator) || typeof indicator.id !== 'string') continue;
    totals[indicator.id] = typeof indicator.total === 'number' ? indicator.total : null;
    if (!isRecord(indicator.values)) continue;
    for (const [unit, v] of Object.entries(indicator.values)) {
      (values[unit] ??= {})[indicator.id] = typeof v === 'number' ? v : null;
    }
  }
  return { ok: true, previous: { period: typeof json.period === 'string' ? json.period : null, totals, values, source } };
}

/**
 * Reads the "Tổng hợp" sheet of an earlier consolidated workbook: the header row with "Chỉ tiêu" and "Toàn tỉnh"
 * names the units; indicator rows are found by their catalog name.
 */
export function previousFromSummaryGrid(grid: Grid, catalog: Catalog): PreviousResult {
  const source = `${grid.source.file}#${grid.source.sheet}`;
  const headerIndex = grid.values.findIndex((row) => row.some((c) => typeof c === 'string' && HEADER_LABEL.has(foldKey(c))) && row.some((c) => typeof c === 'string' && HEADER_TOTAL.has(foldKey(c))));
  if (headerIndex < 0) return { ok: false, reason: `${source} không có bảng tổng hợp (thiếu dòng tiêu đề «Chỉ tiêu … Toàn tỉnh»)` };
  // A unit's header cell may carry its official code on a second line ("Xã Tân Tiến\n25xxx"): the name is the first.
  const header = grid.values[headerIndex].map((c) => (typeof c === 'string' ? c.split('\n')[0].trim() : ''));
  const labelCol = header.findIndex((h) => HEADER_LABEL.has(foldKey(h)));
  const totalCol = header.findIndex((h) => HEADER_TOTAL.has(foldKey(h)));
  const unitCols = header.map((h, col) => [h, col] as const).filter(([h, col]) => col > totalCol && h);
  const byName = new Map(catalog.indicators.map((i) => [foldKey(i.name), i.id]));
  const totals: Record<string, number | null> = {};
  const values: Record<string, Record<string, number | null>> = {};
  for (const row of grid.values.slice(headerIndex + 1)) {
    const label = row[labelCol];
    const id = typeof label === 'string' ? byName.get(foldKey(label)) : undefined;
    if (!id) continue;
    totals[id] = numberOrNull(row[totalCol]);
    for (const [unit, col] of unitCols) (values[unit] ??= {})[id] = numberOrNull(row[col]);
  }
  const period = grid.values.slice(0, headerIndex).flat().find((c): c is string => typeof c === 'string' && /kỳ báo cáo:|period:/i.test(c));
  return { ok: true, previous: { period: period ? period.replace(/^.*(kỳ báo cáo|period):\s*/i, '').trim() : null, totals, values, source } };
}

const HEADER_LABEL = new Set(['chi tieu', 'indicator']);
const HEADER_TOTAL = new Set(['toan tinh', 'province total']);

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
