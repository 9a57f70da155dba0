import type { CellSpec, CellStyle, ConsolidationResult, MappingRow, SheetSpec, Tier } from '../model';
import { formatCellRef } from '../address/address';
import { pendingDecisions, type PendingDecision } from '../learn';
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
const SECTION: CellStyle = { bold: true, size: 12 };
// Not wrapped: the help line runs over the empty cells to its right.
const HELP: CellStyle = { italic: true };

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

type Sheet = { rows: (CellSpec | null)[][]; heights: (number | null)[]; merges: NonNullable<SheetSpec['merges']> };

const tierText = (t: RenderTexts, tier: Tier | null): string =>
  tier === 'sure' ? t.tierSure : tier === 'likely' ? t.tierLikely : t.tierNone;

/**
 * The decisions a person has to make, one row per wording across units: its proposal (applied, to confirm) or its
 * closest indicators (not applied, to choose). It sits in the sheet's own columns, so "tonghop learn" reads its
 * "Mã chỉ tiêu" and "Đồng ý" columns by their headings like those of the row table below.
 */
function decisionRows(
  sheet: Sheet,
  decisions: PendingDecision[],
  names: Map<string, string>,
  t: RenderTexts,
  en: boolean,
  widths: number[],
): void {
  if (decisions.length === 0) return;
  // Columns of the row table: STT, units, label, agree, proposal, id, count, -, -, tier, -, reason.
  const header: (string | null)[] = [
    t.stt,
    t.unitList,
    t.label,
    t.agree,
    t.proposal,
    t.indicatorId,
    t.unitCount,
    null,
    null,
    t.tier,
    null,
    t.reason,
  ];
  sheet.rows.push(
    [text(t.decideTitle, SECTION)],
    [text(t.decideHelp, HELP)],
    header.map((h) => (h === null ? null : text(h, HEADER))),
  );
  const first = sheet.rows.length - 3;
  decisions.forEach((d, i) => {
    const style = d.status === 'likely' ? TEXT : TEXT_FLAGGED.warning;
    const closest = d.candidates.map((c) => names.get(c.id) ?? c.id).join(' / ');
    const reason = `${en ? d.reasonEn : d.reason}${d.status === 'unmatched' && closest ? ` — ${t.closest}: ${closest}` : ''}`;
    const units = [...new Set(d.places.map((p) => p.unit))];
    sheet.rows.push([
      { value: i + 1, style: ORDINAL },
      text(units.join(', '), TEXT),
      text(d.label, style),
      EMPTY,
      text(d.proposal ? (names.get(d.proposal) ?? d.proposal) : '', style),
      text(d.proposal ?? '', TEXT),
      { value: units.length, style: ORDINAL },
      null,
      null,
      text(d.status === 'likely' ? t.tierLikely : t.tierNone, style),
      null,
      text(reason, TEXT),
    ]);
  });
  sheet.rows.push([]);
  // A handful of rows: measured the generic way, exactly as the sheet's writer would.
  sheet.heights.push(...rowHeights({ name: '', rows: sheet.rows.slice(first), columnWidths: widths }));
}

/** Department indicators recognised as built-in ones: their wordings and checks were used as well. */
function linkRows(sheet: Sheet, result: ConsolidationResult, t: RenderTexts, en: boolean): void {
  const links = result.summary.builtinLinks ?? [];
  if (links.length === 0) return;
  const names = new Map(result.summary.catalog.indicators.map((i) => [i.id, i.name]));
  sheet.rows.push(
    [],
    [text(t.linksTitle, SECTION)],
    [t.stt, t.indicatorId, t.indicator, t.builtinIndicator, t.reason].map((h) => text(h, HEADER)),
  );
  sheet.heights.push(null, null, null);
  links.forEach((link, i) => {
    sheet.rows.push([
      { value: i + 1, style: ORDINAL },
      text(link.id, TEXT),
      text(names.get(link.id) ?? link.id, TEXT),
      text(link.builtinName, TEXT),
      text(en ? link.reasonEn : link.reason, TEXT),
    ]);
    sheet.heights.push(null);
  });
}

/**
 * The audit trail: first the decisions left to a person, grouped by wording; then every source label, the indicator
 * it went to, the raw and used figure, the tier, confidence and the evidence in words; then the links to the
 * built-in catalog.
 */
export function renderMappingSheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const { summary } = result;
  const en = t.lang === 'en';
  const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
  const names = new Map(summary.catalog.indicators.map((i) => [i.id, i.name]));
  const link = options.sourceLink ?? ((ref) => internalLink(ref.sheet, ref.address));
  const header = [
    t.stt,
    t.unit,
    t.label,
    t.cell,
    t.indicator,
    t.indicatorId,
    t.measure,
    t.raw,
    t.used,
    t.tier,
    t.confidence,
    t.reason,
  ];
  const widths = [6, 22, 50, 30, 44, 22, 12, 16, 14, 14, 10, 60];
  const sheet: Sheet = {
    rows: [[text(t.mappingTitle, { bold: true, size: 14 })], []],
    heights: [null, null],
    merges: [],
  };
  const decisions = pendingDecisions(summary);
  decisionRows(sheet, decisions, names, t, en, widths);
  if (decisions.length > 0) {
    sheet.rows.push([text(t.rowsTitle, SECTION)]);
    sheet.heights.push(null);
  }
  const headerRow = sheet.rows.length;
  sheet.rows.push(header.map((h) => text(h, HEADER)));
  sheet.heights.push(rowHeights({ name: '', rows: [sheet.rows[headerRow]], columnWidths: widths })[0]);
  // Units, indicators, labels and reasons repeat row after row (a country-scale run has 140,000 rows but a few
  // hundred distinct texts in these columns): each distinct text gets one cell and one measure of its lines.
  const unitCells = shownTexts(TEXT, widths[1]);
  const labelCells = { matched: shownTexts(TEXT, widths[2]), unmatched: shownTexts(TEXT_FLAGGED.info, widths[2]) };
  const nameCells = { matched: shownTexts(TEXT, widths[4]), unmatched: shownTexts(TEXT_FLAGGED.info, widths[4]) };
  const idCells = shownTexts(TEXT, widths[5]);
  const measureCells = shownTexts(TEXT, widths[6]);
  const tierCells = {
    sure: shownTexts(TEXT, widths[9]),
    likely: shownTexts(TEXT_FLAGGED.warning, widths[9]),
    none: shownTexts(TEXT_FLAGGED.info, widths[9]),
  };
  const duplicate: Shown = { cell: text(t.duplicateRow, TEXT), lines: linesNeeded(t.duplicateRow, widths[7]) };
  const reasonCells = shownTexts(TEXT, widths[11]);
  // Reasons and readings each repeat; their pairs are few, so each pair's text is built once.
  const pairs = new Map<string, Map<string, Shown>>();
  const withReading = (reason: string, reading: string): Shown => {
    let byReading = pairs.get(reason);
    if (!byReading) pairs.set(reason, (byReading = new Map<string, Shown>()));
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
  summary.mapping.forEach((m: MappingRow, i) => {
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
    const tier = tierCells[m.tier ?? 'none'](tierText(t, m.tier));
    // How the figure was read (its measure's source, an estimate) beside why the row went to its indicator.
    const why = en ? m.reasonEn : m.reason;
    const reading = used && row ? describeReading(used, row.indicator.unit, en ? 'en' : 'vi') : '';
    const reason = reading ? withReading(why, reading) : reasonCells(why);
    sheet.rows.push([
      { value: i + 1, style: ORDINAL },
      unit.cell,
      label.cell,
      target ? { value: ref, style: LINK_TEXT, link: target } : text(ref, TEXT),
      name.cell,
      id.cell,
      measure.cell,
      rawCell,
      used && used.value !== null ? { value: used.value, style: USED } : EMPTY,
      tier.cell,
      confidenceCell(Math.round(m.confidence * 100) / 100),
      reason.cell,
    ]);
    const lines = Math.max(
      unit.lines,
      label.lines,
      linesNeeded(ref, widths[3]),
      name.lines,
      id.lines,
      measure.lines,
      rawLines,
      reason.lines,
    );
    sheet.heights.push(heightOfLines(lines));
  });
  linkRows(sheet, result, t, en);
  return {
    name: t.mappingSheet,
    rows: sheet.rows,
    columnWidths: widths,
    rowHeights: sheet.heights,
    ...(sheet.merges.length ? { merges: sheet.merges } : {}),
    freeze: { rows: decisions.length > 0 ? 1 : headerRow + 1, cols: 0 },
    autoFilter: { row: headerRow, fromCol: 0, toCol: header.length - 1 },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
  };
}
