import type { CellRef, CellSpec, ConsolidationResult, SheetSpec } from '../model';
import { formatCellRef } from '../address/address';
import { num, text } from './cells';
import { heightOfLines, linesNeeded, rowHeights } from './row-heights';
import type { RenderOptions } from './options';
import { BODY, HEADER, LINK, TEXT, TEXT_FLAGGED, internalLink } from './styles';
import type { RenderTexts } from './texts';

// The link cell's style as text() makes it, once: 7,000 rows (140,000 at country scale) share it.
const LINK_TEXT = text('', LINK).style;
const ORDINAL = num(0, '0', BODY).style;
const USED = num(0, '#,##0.##########', BODY).style;
const CONFIDENCE = num(0, '0.00', BODY).style;
/** Cells are never changed once made, so every empty text cell of the sheet can be the same object. */
const EMPTY = text('', TEXT);

/** Same cell as formatCellRef compares them, without building two strings per row. */
const sameCell = (a: CellRef, b: CellRef): boolean =>
  a === b || (a.address === b.address && a.sheet === b.sheet && a.file === b.file) || formatCellRef(a) === formatCellRef(b);

/** Every source label, the indicator it went to, the raw and used figure, the confidence and why: the audit trail. */
export function renderMappingSheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const { summary } = result;
  const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
  const link = options.sourceLink ?? ((ref) => internalLink(ref.sheet, ref.address));
  const header = [t.stt, t.unit, t.label, t.cell, t.indicator, t.indicatorId, t.measure, t.raw, t.used, t.confidence, t.reason];
  const rows: (CellSpec | null)[][] = [[text(t.mappingTitle, { bold: true, size: 14 })], [], header.map((h) => text(h, HEADER))];
  const widths = [6, 22, 50, 30, 44, 22, 12, 16, 14, 10, 44];
  const heights: (number | null)[] = [null, null, rowHeights({ name: '', rows: [rows[2]], columnWidths: widths })[0]];
  summary.mapping.forEach((m, i) => {
    const row = m.indicatorId ? byId.get(m.indicatorId) : undefined;
    const value = row?.values[m.unit];
    const used = value && sameCell(value.labelCell, m.cell) ? value : undefined;
    const labelStyle = m.indicatorId ? TEXT : TEXT_FLAGGED.info;
    const target = link(m.cell);
    const ref = formatCellRef(m.cell);
    rows.push([
      { value: i + 1, style: ORDINAL },
      text(m.unit, TEXT),
      text(m.label, labelStyle),
      target ? { value: ref, style: LINK_TEXT, link: target } : text(ref, TEXT),
      text(row ? row.indicator.name : t.unmatched, labelStyle),
      m.indicatorId ? text(m.indicatorId, TEXT) : EMPTY,
      row ? text(row.indicator.unit, TEXT) : EMPTY,
      used ? text(used.figure.raw, TEXT) : row ? text(t.duplicateRow, TEXT) : EMPTY,
      used && used.value !== null ? { value: used.value, style: USED } : EMPTY,
      { value: Math.round(m.confidence * 100) / 100, style: CONFIDENCE },
      text(m.reason, TEXT),
    ]);
    // The wrapped (text) columns of this row, measured from the strings just written.
    const name = row ? row.indicator.name : t.unmatched;
    const lines = Math.max(
      linesNeeded(m.unit, widths[1]), linesNeeded(m.label, widths[2]), linesNeeded(ref, widths[3]), linesNeeded(name, widths[4]),
      linesNeeded(m.indicatorId ?? '', widths[5]), linesNeeded(row?.indicator.unit ?? '', widths[6]), linesNeeded(m.reason, widths[10]),
      used ? linesNeeded(used.figure.raw, widths[7]) : row ? linesNeeded(t.duplicateRow, widths[7]) : 1,
    );
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
