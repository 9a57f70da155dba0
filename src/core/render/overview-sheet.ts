/**
 * "Tổng hợp", the sheet a leader opens: the brief on top, then one row per indicator grouped by section — the
 * province figure, how many units reported, the lowest, median and highest unit and who, the previous period and
 * the change, and how many figures are flagged. Its width does not grow with the number of units, so it prints on
 * an A4 page width at the body font's size whatever the province.
 */
import type { CellSpec, CellStyle, ConsolidationResult, SheetSpec, Severity } from '../model';
import { num, text } from './cells';
import { totalCell } from './unit-cells';
import type { Extreme, IndicatorStats } from './indicator-stats';
import { heightOfLines, proseLines, rowHeights } from './row-heights';
import type { RenderOptions } from './options';
import { MARGINS } from './page-fit';
import {
  BODY,
  BODY_CENTER,
  BODY_FLAGGED,
  HEADER,
  LINK,
  SEVERITY_FILL,
  TEXT,
  TEXT_CENTER,
  internalLink,
} from './styles';
import type { RenderTexts } from './texts';
import { titleBlock } from './title';
import { pushLegend } from './legend';
import { pushIndicatorRows } from './indicator-rows';

/** The brief's sentences sit in a light box the width of the table. */
const BRIEF: CellStyle = { numberFormat: '@', wrap: true, vAlign: 'top', fill: '#F2F6FC' };
const BRIEF_HEADING: CellStyle = { ...BRIEF, bold: true };
const FLAGGED: Record<Severity, CellStyle> = {
  error: { ...BODY_CENTER, fill: SEVERITY_FILL.error },
  warning: { ...BODY_CENTER, fill: SEVERITY_FILL.warning },
  info: { ...BODY_CENTER, fill: SEVERITY_FILL.info },
};

type Column = { width: number; header: string; sub?: string };

/** The overview's columns: fixed, so the sheet is as wide for 168 units as for 8 (no width of 9, which ExcelJS drops as its default). */
function columns(t: RenderTexts, previous: boolean, previousPeriod: string | null): Column[] {
  return [
    { width: 5, header: t.stt },
    { width: 32.5, header: t.indicator },
    { width: 11, header: t.measure },
    { width: 12, header: t.total },
    ...(previous
      ? [
          { width: 11, header: `${t.previous}${previousPeriod ? ` (${previousPeriod})` : ''}` },
          { width: 9.5, header: t.change },
        ]
      : []),
    { width: 8.5, header: t.reported },
    { width: 10, header: t.lowest, sub: t.figure },
    { width: 19, header: t.lowest, sub: t.unit },
    { width: 10, header: t.median },
    { width: 10, header: t.highest, sub: t.figure },
    { width: 19, header: t.highest, sub: t.unit },
    { width: 8.5, header: t.toCheck },
  ];
}

export function renderOverviewSheet(
  result: ConsolidationResult,
  stats: IndicatorStats[],
  brief: string[],
  options: RenderOptions,
  t: RenderTexts,
): SheetSpec {
  const { summary } = result;
  const previous = summary.previous;
  const cols = columns(t, previous !== undefined, previous?.period ?? null);
  const widths = cols.map((c) => c.width);
  const span = cols.length;
  const title = titleBlock(summary, options, t, t.title, span);
  const rows = title.rows;
  const merges = title.merges;
  const fixedHeights = new Map<number, number | null>();

  // The brief: one sentence a row, each merged across the table so it reads as a paragraph.
  const briefWidth = widths.reduce((sum, w) => sum + w, 0);
  const boxRow = (cell: CellSpec, lines: number): void => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: span - 1 });
    fixedHeights.set(rows.length, heightOfLines(lines));
    rows.push([cell, ...Array.from({ length: span - 1 }, () => text('', BRIEF))]);
  };
  rows.push([]);
  boxRow(text(t.brief, BRIEF_HEADING), 1);
  for (const sentence of brief) boxRow(text(sentence, BRIEF), proseLines(sentence, briefWidth - 2));
  rows.push([]);

  const headerRow = rows.length;
  rows.push(cols.map((c) => text(c.header, HEADER)));
  rows.push(cols.map((c) => text(c.sub ?? '', HEADER)));
  cols.forEach((c, i) => {
    if (c.sub === undefined) merges.push({ top: headerRow, left: i, bottom: headerRow + 1, right: i });
    else if (cols[i + 1]?.header === c.header && cols[i + 1]?.sub !== undefined)
      merges.push({ top: headerRow, left: i, bottom: headerRow, right: i + 1 });
  });

  pushIndicatorRows(rows, stats, span, (s, index) => indicatorRow(s, index, t, options, previous !== undefined));

  rows.push([]);
  pushLegend(rows, merges, t, 3, [...t.overviewNotes]);

  const heights = rowHeights({ name: t.summarySheet, rows, merges, columnWidths: widths }, proseLines);
  for (const [r, h] of fixedHeights) heights[r] = h;
  return {
    name: t.summarySheet,
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      repeatRows: [headerRow, headerRow + 1],
      fitToWidth: true,
      pageNumbers: t.page,
      margins: MARGINS,
    },
    tabColor: '#1F4E78',
  };
}

function indicatorRow(
  s: IndicatorStats,
  index: number,
  t: RenderTexts,
  options: RenderOptions,
  withPrevious: boolean,
): CellSpec[] {
  const { row, format } = s;
  const cells: CellSpec[] = [
    num(index, '0', BODY_CENTER),
    text(row.indicator.name, TEXT),
    text(row.indicator.unit, TEXT_CENTER),
    totalCell(s, t),
  ];
  if (withPrevious) {
    cells.push(num(s.previous ?? null, format, BODY));
    cells.push(num(s.change?.value ?? null, s.rate ? t.pointsFormat : t.percentFormat, BODY));
  }
  cells.push(text(`${s.reported}/${s.expected}`, TEXT_CENTER));
  cells.push(extremeFigure(s.min, format), extremeUnits(s.min, t, options));
  cells.push(num(s.median, format, BODY));
  cells.push(extremeFigure(s.max, format), extremeUnits(s.max, t, options));
  const flagged = s.flagged.error + s.flagged.warning + s.flagged.info;
  const worst: Severity | null = s.flagged.error
    ? 'error'
    : s.flagged.warning
      ? 'warning'
      : s.flagged.info
        ? 'info'
        : null;
  const count = num(flagged, '0', worst ? FLAGGED[worst] : BODY_CENTER);
  cells.push(worst ? { ...count, note: t.flagsNote(s.flagged.error, s.flagged.warning, s.flagged.info) } : count);
  return cells;
}

/** An extreme figure, coloured when it is flagged: the thousand-fold slip is often the province's highest figure. */
function extremeFigure(extreme: Extreme | null, format: string): CellSpec {
  return num(extreme?.value ?? null, format, extreme?.severity ? BODY_FLAGGED[extreme.severity] : BODY);
}

/** The unit(s) with the extreme figure: the first named and linked to its source cell, the others counted and listed in a note. */
function extremeUnits(extreme: Extreme | null, t: RenderTexts, options: RenderOptions): CellSpec {
  if (!extreme) return text('', TEXT);
  const [first, ...others] = extreme.units;
  const link = options.sourceLink
    ? options.sourceLink(extreme.cell)
    : internalLink(extreme.cell.sheet, extreme.cell.address);
  const cell: CellSpec = {
    ...text(`${first}${others.length ? t.more(others.length) : ''}`, link ? LINK : TEXT),
    ...(link ? { link } : {}),
  };
  if (!others.length) return cell;
  const listed = extreme.units.length > 30 ? `${extreme.units.slice(0, 30).join(', ')}…` : extreme.units.join(', ');
  return { ...cell, note: t.tiedNote(extreme.units.length, listed) };
}
