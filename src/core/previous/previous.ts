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
  return {
    ok: true,
    previous: { period: typeof json.period === 'string' ? json.period : null, totals, values, source },
  };
}

/**
 * Reads a sheet of an earlier consolidated workbook, whichever way it lists the figures:
 * - indicators as rows and units as columns (the "Tổng hợp" of earlier versions, "Theo đơn vị" of a few units):
 *   the header row with "Chỉ tiêu" and "Toàn tỉnh" names the units after the total;
 * - the overview ("Tổng hợp" with "Trung vị"): province figures only;
 * - units as rows ("Theo đơn vị" of a large province): a header row with "Đơn vị", the indicator names under it,
 *   one row per unit and the "Toàn tỉnh" row.
 * Indicator rows or columns are found by their catalog name.
 */
export function previousFromSummaryGrid(grid: Grid, catalog: Catalog): PreviousResult {
  const source = `${grid.source.file}#${grid.source.sheet}`;
  const byName = new Map(catalog.indicators.map((i) => [foldKey(i.name), i.id]));
  const period = periodOf(grid);
  const rowsLayout = unitRowsLayout(grid, byName);
  if (rowsLayout) return { ok: true, previous: { period, source, ...rowsLayout } };
  const headerIndex = grid.values.findIndex(
    (row) =>
      row.some((c) => typeof c === 'string' && HEADER_LABEL.has(foldKey(c))) &&
      row.some((c) => typeof c === 'string' && HEADER_TOTAL.has(foldKey(c))),
  );
  if (headerIndex < 0)
    return { ok: false, reason: `${source} không có bảng tổng hợp (thiếu dòng tiêu đề «Chỉ tiêu … Toàn tỉnh»)` };
  // A unit's header cell may carry its official code on a second line ("Xã Tân Tiến\n25xxx"): the name is the first.
  const header = grid.values[headerIndex].map((c) => (typeof c === 'string' ? c.split('\n')[0].trim() : ''));
  const labelCol = header.findIndex((h) => HEADER_LABEL.has(foldKey(h)));
  const totalCol = header.findIndex((h) => HEADER_TOTAL.has(foldKey(h)));
  // The overview's columns after the total are statistics, not units.
  const overview = header.some((h) => OVERVIEW_HEADERS.has(foldKey(h)));
  const unitCols = overview
    ? []
    : header.map((h, col) => [h, col] as const).filter(([h, col]) => col > totalCol && h && !NOT_UNIT.test(foldKey(h)));
  const totals: Record<string, number | null> = {};
  const values: Record<string, Record<string, number | null>> = {};
  for (const row of grid.values.slice(headerIndex + 1)) {
    const label = row[labelCol];
    const id = typeof label === 'string' ? byName.get(foldKey(label)) : undefined;
    if (!id) continue;
    totals[id] = numberOrNull(row[totalCol]);
    for (const [unit, col] of unitCols) (values[unit] ??= {})[id] = numberOrNull(row[col]);
  }
  return { ok: true, previous: { period, totals, values, source } };
}

/**
 * The figures of every sheet of an earlier workbook that holds some: per-unit figures from the per-unit sheet,
 * province figures from the overview (or from the per-unit sheet's total).
 */
export function previousFromWorkbook(grids: Grid[], catalog: Catalog, source: string): PreviousResult {
  const read = grids.map((g) => previousFromSummaryGrid(g, catalog));
  const found = read.flatMap((r) => (r.ok ? [r.previous] : []));
  if (!found.length) return read.find((r) => !r.ok) ?? { ok: false, reason: `${source} không có trang tính nào` };
  const totals: Record<string, number | null> = {};
  const values: Record<string, Record<string, number | null>> = {};
  for (const p of found) {
    for (const [id, total] of Object.entries(p.totals)) if (!(id in totals) || totals[id] === null) totals[id] = total;
    for (const [unit, byId] of Object.entries(p.values)) values[unit] = { ...byId, ...values[unit] };
  }
  return { ok: true, previous: { period: found.find((p) => p.period)?.period ?? null, totals, values, source } };
}

/** "Tỉnh Bình Phước — Kỳ báo cáo: năm 2021 — Ngày lập: 23/11/2026" → "năm 2021". */
function periodOf(grid: Grid): string | null {
  const line = grid.values
    .slice(0, 8)
    .flat()
    .find((c): c is string => typeof c === 'string' && /kỳ báo cáo:|period:/i.test(c));
  return line
    ? line
        .replace(/^.*(kỳ báo cáo|period):\s*/i, '')
        .split(/\s+—\s+/)[0]
        .trim()
    : null;
}

/** Units as rows: the header row with "STT" and "Đơn vị", indicator names in it or the row under it, the "Toàn tỉnh" row. */
function unitRowsLayout(grid: Grid, byName: Map<string, string>): Pick<PreviousFigures, 'totals' | 'values'> | null {
  const headerIndex = grid.values.findIndex(
    (row) =>
      row.some((c) => typeof c === 'string' && HEADER_NUMBER.has(foldKey(c))) &&
      row.some((c) => typeof c === 'string' && HEADER_UNIT.has(foldKey(c))),
  );
  if (headerIndex < 0) return null;
  const unitCol = grid.values[headerIndex].findIndex((c) => typeof c === 'string' && HEADER_UNIT.has(foldKey(c)));
  const indicatorCols: [string, number][] = [];
  for (const r of [headerIndex, headerIndex + 1]) {
    (grid.values[r] ?? []).forEach((c, col) => {
      // "Số trạm BTS\n(trạm)": the name, then the measure on its own line.
      const id = typeof c === 'string' ? byName.get(foldKey(c.split('\n')[0])) : undefined;
      if (id && col !== unitCol) indicatorCols.push([id, col]);
    });
  }
  const body = grid.values.slice(headerIndex + 1);
  const totalRow = body.find((row) => typeof row[unitCol] === 'string' && HEADER_TOTAL.has(foldKey(row[unitCol])));
  if (!indicatorCols.length || !totalRow) return null;
  const totals: Record<string, number | null> = {};
  const values: Record<string, Record<string, number | null>> = {};
  for (const [id, col] of indicatorCols) totals[id] = numberOrNull(totalRow[col]);
  for (const row of body) {
    if (row === totalRow) break;
    const unit = row[unitCol];
    if (typeof unit !== 'string' || !unit.trim()) continue;
    const figures: Record<string, number | null> = {};
    for (const [id, col] of indicatorCols) figures[id] = numberOrNull(row[col]);
    values[unit.trim()] = figures;
  }
  return { totals, values };
}

const HEADER_LABEL = new Set(['chi tieu', 'indicator']);
const HEADER_TOTAL = new Set(['toan tinh', 'province total']);
const HEADER_UNIT = new Set(['don vi', 'unit']);
const HEADER_NUMBER = new Set(['stt', 'no']);
const OVERVIEW_HEADERS = new Set(['trung vi', 'median']);
/** Columns of earlier versions between the total and the units. */
const NOT_UNIT = /^(ky truoc|thay doi|previous period|change)\b/;

function numberOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
