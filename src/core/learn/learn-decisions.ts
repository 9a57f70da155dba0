import type { Catalog, Grid } from '../model';
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

/**
 * Learns from the "Đối chiếu" sheet a person has corrected: wherever the "Mã chỉ tiêu" column names an indicator the
 * engine did not choose for that label (an unmatched row filled in, or a match corrected), the label becomes an
 * alias of that indicator, so the next period matches by itself.
 * @example learnFromMappingSheet(grid, defaultCatalog) // { ok: true, learned: [{ label: "Trạm BTS của các DN", indicatorId: "bts_stations", row: 12 }], ... }
 */
export function learnFromMappingSheet(grid: Grid, catalog: Catalog): LearnResult {
  const headerRow = grid.values.findIndex((row) => row.some((c) => isHeader(c, LABEL_HEADERS)) && row.some((c) => isHeader(c, ID_HEADERS)));
  if (headerRow < 0) return { ok: false, reason: `trang «${grid.name}» không có cột «Nhãn trong báo cáo» và «Mã chỉ tiêu»` };
  const header = grid.values[headerRow];
  const labelCol = header.findIndex((c) => isHeader(c, LABEL_HEADERS));
  const idCol = header.findIndex((c) => isHeader(c, ID_HEADERS));
  const ids = new Set(catalog.indicators.map((i) => i.id));
  const matcher = createMatcher(catalog);
  const learned: MappingDecision[] = [];
  const unknownIds: { id: string; row: number }[] = [];
  let current = catalog;
  grid.values.slice(headerRow + 1).forEach((row, i) => {
    const label = row[labelCol];
    const id = row[idCol];
    if (typeof label !== 'string' || typeof id !== 'string' || label.trim() === '' || id.trim() === '') return;
    const indicatorId = id.trim();
    const sheetRow = headerRow + 1 + i;
    if (!ids.has(indicatorId)) {
      unknownIds.push({ id: indicatorId, row: sheetRow });
      return;
    }
    const engine = matcher.match(label);
    if (engine.kind === 'matched' && engine.id === indicatorId) return;
    current = addAlias(current, indicatorId, label);
    learned.push({ label, indicatorId, row: sheetRow });
  });
  return { ok: true, catalog: current, learned, unknownIds };
}

function isHeader(cell: unknown, names: Set<string>): boolean {
  return typeof cell === 'string' && names.has(foldKey(cell));
}
