import type { Catalog, CellValue, Grid } from '../model';
import { addAlias } from '../catalog';
import { createMatcher } from '../match';
import { foldKey } from '../text';

/** One decision a person wrote on the mapping sheet: this label means that indicator. */
export type MappingDecision = { label: string; indicatorId: string; row: number };

export type LearnResult =
  | { ok: true; catalog: Catalog; learned: MappingDecision[]; unknownIds: { id: string; row: number }[] }
  | { ok: false; reason: string };

const LABEL_HEADERS = new Set(['nhan trong bao cao', 'label in the report']);
const ID_HEADERS = new Set(['ma chi tieu', 'indicator id']);
const NAME_HEADERS = new Set(['chi tieu', 'chi tieu de xuat', 'indicator', 'proposed indicator']);
const AGREE_HEADERS = new Set(['dong y x', 'dong y', 'agree x', 'agree']);

type Columns = { label: number; id: number; name: number; agree: number };

function isHeader(cell: CellValue | undefined, names: Set<string>): boolean {
  return typeof cell === 'string' && names.has(foldKey(cell));
}

/** The columns of a header row of the mapping sheet, or null when the row is no such header. */
function columnsOf(row: CellValue[]): Columns | null {
  const label = row.findIndex((c) => isHeader(c, LABEL_HEADERS));
  const id = row.findIndex((c) => isHeader(c, ID_HEADERS));
  if (label < 0 || id < 0) return null;
  return {
    label,
    id,
    name: row.findIndex((c) => isHeader(c, NAME_HEADERS)),
    agree: row.findIndex((c) => isHeader(c, AGREE_HEADERS)),
  };
}

const filled = (cell: CellValue | undefined): boolean =>
  cell !== null && cell !== undefined && String(cell).trim() !== '';

/**
 * Learns from the "Đối chiếu" sheet a person has worked on, in both its tables (decisions by wording, every row):
 * an id written where the engine wrote none or another (the indicator's name beside it no longer says that id), or a
 * mark in "Đồng ý" beside a proposal, makes the label an alias of that indicator, so the next period matches by
 * itself. What the engine decided and nobody touched is never learnt: its context (a section, a neighbour) may not
 * hold in another unit's report.
 * @example learnFromMappingSheet(grid, defaultCatalog) // { ok: true, learned: [{ label: "Trạm BTS của các DN", indicatorId: "bts_stations", row: 12 }], ... }
 */
export function learnFromMappingSheet(grid: Grid, catalog: Catalog): LearnResult {
  if (!grid.values.some((row) => columnsOf(row) !== null)) {
    return { ok: false, reason: `trang «${grid.name}» không có cột «Nhãn trong báo cáo» và «Mã chỉ tiêu»` };
  }
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  const matcher = createMatcher(catalog);
  const learned: MappingDecision[] = [];
  const unknownIds: { id: string; row: number }[] = [];
  const seen = new Set<string>();
  let current = catalog;
  let columns: Columns | null = null;
  grid.values.forEach((row, sheetRow) => {
    const header = columnsOf(row);
    if (header) {
      columns = header;
      return;
    }
    if (!columns) return;
    const label = row[columns.label];
    const id = row[columns.id];
    if (typeof label !== 'string' || typeof id !== 'string' || label.trim() === '' || id.trim() === '') return;
    const indicatorId = id.trim();
    const indicator = byId.get(indicatorId);
    if (!indicator) {
      unknownIds.push({ id: indicatorId, row: sheetRow });
      return;
    }
    const agreed = columns.agree >= 0 && filled(row[columns.agree]);
    const name = columns.name >= 0 ? row[columns.name] : undefined;
    const untouched = typeof name === 'string' && name.trim() === indicator.name;
    if (untouched && !agreed) return;
    const engine = matcher.match(label);
    if (engine.kind === 'matched' && engine.tier === 'sure' && engine.id === indicatorId) return;
    const key = `${foldKey(label)}|${indicatorId}`;
    if (seen.has(key)) return;
    seen.add(key);
    current = addAlias(current, indicatorId, label);
    learned.push({ label, indicatorId, row: sheetRow });
  });
  return { ok: true, catalog: current, learned, unknownIds };
}
