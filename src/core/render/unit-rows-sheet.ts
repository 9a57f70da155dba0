/**
 * "Theo đơn vị" with units as rows: one row per unit in official order (code, kind, how complete its report is), one
 * column per indicator under two header rows (section, indicator and ĐVT), the province total at the bottom.
 * Frozen and filterable on screen; on paper, pages across with the unit column and header rows repeated.
 */
import type { CellSpec, CellStyle, ConsolidationResult, DataBarSpec, SheetSpec } from '../model';
import { num, roman, text } from './cells';
import { issuesByCell } from './figures';
import type { IndicatorStats } from './indicator-stats';
import type { RenderOptions } from './options';
import { columnBreaks, MARGINS, printableWidth } from './page-fit';
import { heightOfLines, proseLines } from './row-heights';
import { BODY_CENTER, DATA_BAR, HEADER, LINK, SEVERITY_FILL, TEXT, TEXT_CENTER, TEXT_ITALIC } from './styles';
import type { RenderTexts } from './texts';
import { titleBlock } from './title';
import { pushLegend } from './legend';
import { plainStyle, sourceLink, totalCell, unitCell } from './unit-cells';
import type { UnitEntry } from './unit-order';

const INDICATOR_WIDTH = 13;
const NOT_SENT: CellStyle = { ...TEXT_CENTER, fill: SEVERITY_FILL.error };
const NOT_SENT_NAME: CellStyle = { ...TEXT, fill: SEVERITY_FILL.error };
const TOTAL_LABEL: CellStyle = { ...TEXT, bold: true };
/** Indicator names at 9 points: a whole name in a narrow column without a header taller than the screen can spare. */
const HEADER_SMALL: CellStyle = { ...HEADER, size: 9 };
const SMALL_LINE_POINTS = 12;
/** How many more characters a line holds at 9 points than at the 11 points column widths count. */
const SMALL_FONT_GAIN = 11 / 9;

/** The first and last column of each section's indicators. */
function sectionColumns(stats: IndicatorStats[], first: number): [number, number][] {
  const groups: [number, number][] = [];
  stats.forEach((s, i) => {
    if (i === 0 || stats[i - 1].section !== s.section) groups.push([first + i, first + i]);
    else groups[groups.length - 1][1] = first + i;
  });
  return groups;
}

/** [from, to] cut before each break inside it. @example split(5, 12, [8, 20]) // [[5, 7], [8, 12]] */
function split(from: number, to: number, breaks: number[]): [number, number][] {
  const parts: [number, number][] = [];
  let start = from;
  for (const b of breaks)
    if (b > start && b <= to) {
      parts.push([start, b - 1]);
      start = b;
    }
  parts.push([start, to]);
  return parts;
}

export function renderUnitRowsSheet(
  result: ConsolidationResult,
  stats: IndicatorStats[],
  units: UnitEntry[],
  options: RenderOptions,
  t: RenderTexts,
): SheetSpec {
  const withCode = units.some((u) => u.code);
  const fixed: { header: string; width: number }[] = [
    { header: t.stt, width: 5 },
    { header: t.unit, width: 26 },
    ...(withCode ? [{ header: t.unitCode, width: 8 }] : []),
    { header: t.kind, width: 9.5 },
    { header: t.unitReported, width: 11 },
  ];
  const first = fixed.length;
  const widths = [...fixed.map((f) => f.width), ...stats.map(() => INDICATOR_WIDTH)];
  const groups = sectionColumns(stats, first);
  const breaks = columnBreaks(widths, groups, 2, printableWidth('landscape'));
  // The department heads the overview; here the title stays short, so the frozen rows leave room for the units.
  const title = titleBlock(
    result.summary,
    { ...options, department: undefined },
    t,
    t.unitsTitle,
    Math.min(widths.length, 9),
  );
  const rows = title.rows;
  const merges = title.merges;
  const noteSpan = Math.min(widths.length, 9);
  const noteRow = rows.length;
  rows.push([text(t.unitsNote, TEXT_ITALIC)]);
  merges.push({ top: noteRow, left: 0, bottom: noteRow, right: noteSpan - 1 });

  // Two header rows: the section over its indicators, then each indicator with its ĐVT.
  const headerRow = rows.length;
  const sectionRow: CellSpec[] = fixed.map((f) => text(f.header, HEADER));
  const indicatorRow: CellSpec[] = fixed.map(() => text('', HEADER_SMALL));
  fixed.forEach((_, c) => merges.push({ top: headerRow, left: c, bottom: headerRow + 1, right: c }));
  for (const s of stats) {
    sectionRow.push(text('', HEADER));
    indicatorRow.push(text(`${s.row.indicator.name}\n(${s.row.indicator.unit})`, HEADER_SMALL));
  }
  // A section cut by a page break is labelled again on the next page.
  const parts = groups.flatMap(([from, to]) => split(from, to, breaks).map((part, k) => ({ part, continued: k > 0 })));
  for (const {
    part: [from, to],
    continued,
  } of parts) {
    const s = stats[from - first];
    if (s.row.indicator.group)
      sectionRow[from] = text(`${roman(s.section)}. ${s.row.indicator.group}${continued ? t.continued : ''}`, HEADER);
    if (to > from) merges.push({ top: headerRow, left: from, bottom: headerRow, right: to });
  }
  rows.push(sectionRow, indicatorRow);

  const flags = issuesByCell(result.issues);
  const plain = stats.map((s) => plainStyle(s.format));
  const required = stats.filter((s) => !s.row.indicator.optional);
  const firstUnitRow = rows.length;
  units.forEach((unit, u) => {
    const report = unit.info?.report;
    const link = report
      ? sourceLink(options, { file: report.source.file, sheet: report.source.sheet, address: 'A1' })
      : undefined;
    const cells: CellSpec[] = [
      num(u + 1, '0', BODY_CENTER),
      unit.info
        ? { ...text(unit.name, link ? LINK : TEXT), ...(link ? { link } : {}) }
        : text(unit.name, NOT_SENT_NAME),
      ...(withCode ? [text(unit.code ?? '', TEXT_CENTER)] : []),
      text(unit.kind ? t.kinds[unit.kind] : '', TEXT_CENTER),
    ];
    if (!unit.info) {
      cells.push(text(t.notSentRow, NOT_SENT));
      rows.push(cells);
      return;
    }
    const reported = required.filter((s) => typeof s.row.values[unit.name]?.value === 'number').length;
    cells.push(text(`${reported}/${required.length}`, TEXT_CENTER));
    stats.forEach((s, i) =>
      cells.push(unitCell(s.row.values[unit.name], flags.get(s.row.indicator.id)?.get(unit.name), s.format, plain[i])),
    );
    rows.push(cells);
  });
  const lastUnitRow = rows.length - 1;

  const totals: CellSpec[] = [
    text('', TOTAL_LABEL),
    text(t.totalRow, TOTAL_LABEL),
    ...fixed.slice(2).map(() => text('', TOTAL_LABEL)),
  ];
  for (const s of stats) totals.push(totalCell(s, t));
  rows.push(totals);
  rows.push([]);
  pushLegend(rows, merges, t, 3, [t.legendNotes], [t.legendEmpty]);

  const dataBars: DataBarSpec[] = units.some((u) => u.info)
    ? stats.map((s, i) => ({
        range: { top: firstUnitRow, left: first + i, bottom: lastUnitRow, right: first + i },
        color: DATA_BAR,
        ...(s.rate ? { max: 100 } : {}),
      }))
    : [];
  return {
    name: t.unitsSheet,
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights(
      rows.length,
      headerRow,
      sectionRow,
      parts.map((p) => p.part),
      stats,
      units,
      firstUnitRow,
    ).map((h, r) =>
      r === noteRow
        ? heightOfLines(
            proseLines(
              t.unitsNote,
              widths.slice(0, noteSpan).reduce((a, b) => a + b, 0),
            ),
          )
        : h,
    ),
    freeze: { rows: headerRow + 2, cols: 2 },
    autoFilter: { row: headerRow + 1, fromCol: 0, toCol: widths.length - 1, toRow: lastUnitRow },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      repeatRows: [headerRow, headerRow + 1],
      repeatCols: [0, 1],
      pageNumbers: t.page,
      margins: MARGINS,
      colBreaks: breaks,
    },
    dataBars,
    tabColor: '#2E75B6',
  };
}

/** Heights measured only where text can wrap: the header rows and the unit names (not 160,000 figure cells). */
function heights(
  count: number,
  headerRow: number,
  sectionRow: CellSpec[],
  groups: [number, number][],
  stats: IndicatorStats[],
  units: UnitEntry[],
  firstUnitRow: number,
): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(count).fill(null);
  const names = stats.map((s) => proseLines(s.row.indicator.name, (INDICATOR_WIDTH - 1) * SMALL_FONT_GAIN) + 1);
  const sectionLines = groups.map(([from, to]) =>
    proseLines(String(sectionRow[from].value ?? ''), (to - from + 1) * INDICATOR_WIDTH - 1),
  );
  out[headerRow] = heightOfLines(Math.max(1, ...sectionLines));
  out[headerRow + 1] = Math.max(2, ...names) * SMALL_LINE_POINTS + 4;
  units.forEach((u, i) => {
    if (u.name.length > 25) out[firstUnitRow + i] = heightOfLines(proseLines(u.name, 25));
  });
  return out;
}
