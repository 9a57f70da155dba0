import type { CellSpec, CellStyle, ConsolidationResult, SheetSpec } from '../model';
import { formatCellRef } from '../address/address';
import { num, text } from './cells';
import { heightOfLines, linesNeeded, rowHeights } from './row-heights';
import type { RenderOptions } from './options';
import { BODY, HEADER, LINK, TEXT, TEXT_FLAGGED, internalLink } from './styles';
import type { RenderTexts } from './texts';
import { describeReading } from './figure-reading';

// The link cell's style as text() makes it, once: 7,000 rows (140,000 at country scale) share it.
const LINK_TEXT = text('', LINK).style;
const ORDINAL = num(0, '0', BODY).style;
const USED = num(0, '#,##0.##########', BODY).style;
const CONFIDENCE = num(0, '0.00', BODY).style;
/** Cells are never changed once made, so every empty text cell of the sheet can be the same object. */
const EMPTY = text('', TEXT);

/** A text cell with the number of lines it needs in its column. */
type Shown = { cell: CellSpec; lines: number };
const NOTHING: Shown = { cell: EMPTY, lines: 1 };

/** One shared cell (and its line count) per distinct text of a column; cells are never changed once made. */
function shownTexts(style: CellStyle, width: number): (value: string) => Shown {
  const shown = new Map<string, Shown>();
  return (value) => {
    let entry = shown.get(value);
    if (!entry) shown.set(value, (entry = { cell: text(value, style), lines: linesNeeded(value, width) }));
    return entry;
  };
}

/** Every source label, the indicator it went to, the raw and used figure, the confidence and why: the audit trail. */
export function renderMappingSheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const { summary } = result;
  const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
  const link = options.sourceLink ?? ((ref) => internalLink(ref.sheet, ref.address));
  const header = [t.stt, t.unit, t.label, t.cell, t.indicator, t.indicatorId, t.measure, t.raw, t.used, t.confidence, t.reason];
  const rows: (CellSpec | null)[][] = [[text(t.mappingTitle, { bold: true, size: 14 })], [], header.map((h) => text(h, HEADER))];
  const widths = [6, 22, 50, 30, 44, 22, 12, 16, 14, 10, 44];
  const heights: (number | null)[] = [null, null, rowHeights({ name: '', rows: [rows[2]], columnWidths: widths })[0]];
  // Units, indicators, labels and reasons repeat row after row (a country-scale run has 140,000 rows but a few
  // hundred distinct texts in these columns): each distinct text gets one cell and one measure of its lines.
  const unitCells = shownTexts(TEXT, widths[1]);
  const labelCells = { matched: shownTexts(TEXT, widths[2]), unmatched: shownTexts(TEXT_FLAGGED.info, widths[2]) };
  const nameCells = { matched: shownTexts(TEXT, widths[4]), unmatched: shownTexts(TEXT_FLAGGED.info, widths[4]) };
  const idCells = shownTexts(TEXT, widths[5]);
  const measureCells = shownTexts(TEXT, widths[6]);
  const duplicate: Shown = { cell: text(t.duplicateRow, TEXT), lines: linesNeeded(t.duplicateRow, widths[7]) };
  const reasonCells = shownTexts(TEXT, widths[10]);
  // Reasons and readings each repeat; their pairs are few, so each pair's text is built once.
  const pairs = new Map<string, Map<string, Shown>>();
  const withReading = (reason: string, reading: string): Shown => {
    let byReading = pairs.get(reason);
    if (!byReading) pairs.set(reason, (byReading = new Map()));
    let shown = byReading.get(reading);
    if (!shown) byReading.set(reading, (shown = reasonCells(`${reason}\n${reading}`)));
    return shown;
  };
  // A handful of confidence values (1, 0.86, ...) fill 140,000 rows: one cell each.
  const confidenceCells = new Map<number, CellSpec>();
  const confidenceCell = (value: number): CellSpec => {
    let cell = confidenceCells.get(value);
    if (!cell) confidenceCells.set(value, (cell = { value, style: CONFIDENCE }));
    return cell;
  };
  summary.mapping.forEach((m, i) => {
    const row = m.indicatorId ? byId.get(m.indicatorId) : undefined;
    const used = m.used;
    const kind = m.indicatorId ? 'matched' : 'unmatched';
    const target = link(m.cell);
    const ref = formatCellRef(m.cell);
    const unit = unitCells(m.unit);
    const label = labelCells[kind](m.label);
    const name = nameCells[kind](row ? row.indicator.name : t.unmatched);
    const id = m.indicatorId ? idCells(m.indicatorId) : NOTHING;
    const measure = row ? measureCells(row.indicator.unit) : NOTHING;
    // Raw figures are nearly all different: a cell of their own, not a cache entry each.
    const rawCell = used ? text(used.figure.raw, TEXT) : row ? duplicate.cell : NOTHING.cell;
    const rawLines = used ? linesNeeded(used.figure.raw, widths[7]) : row ? duplicate.lines : NOTHING.lines;
    // How the figure was read (its measure's source, an estimate) beside why the row went to its indicator.
    const reading = used && row ? describeReading(used, row.indicator.unit, options.lang ?? 'vi') : '';
    const reason = reading ? withReading(m.reason, reading) : reasonCells(m.reason);
    rows.push([
      { value: i + 1, style: ORDINAL },
      unit.cell,
      label.cell,
      target ? { value: ref, style: LINK_TEXT, link: target } : text(ref, TEXT),
      name.cell,
      id.cell,
      measure.cell,
      rawCell,
      used && used.value !== null ? { value: used.value, style: USED } : EMPTY,
      confidenceCell(Math.round(m.confidence * 100) / 100),
      reason.cell,
    ]);
    const lines = Math.max(unit.lines, label.lines, linesNeeded(ref, widths[3]), name.lines, id.lines, measure.lines, rawLines, reason.lines);
    heights.push(heightOfLines(lines));
  });
  return {
    name: t.mappingSheet,
    rows,
    columnWidths: widths,
    rowHeights: heights,
    freeze: { rows: 3, cols: 0 },
    autoFilter: { row: 2, fromCol: 0, toCol: header.length - 1 },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [2, 2], fitToWidth: true },
  };
}
