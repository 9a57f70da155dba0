/**
 * "Theo đơn vị" with units as columns, the layout of a province of a few districts: indicators as rows grouped by
 * section, the province total, then one column per unit in official order. Flagged cells are coloured by severity
 * with a note saying what is wrong.
 */
import type { ConsolidationResult, DataBarSpec, SheetSpec } from '../model';
import { num, text } from './cells';
import { issuesByCell } from './figures';
import type { IndicatorStats } from './indicator-stats';
import { proseLines, rowHeights } from './row-heights';
import type { RenderOptions } from './options';
import { BODY_CENTER, BODY_ITALIC_CENTER, DATA_BAR, HEADER, TEXT, TEXT_CENTER, TEXT_ITALIC } from './styles';
import { BODY_POINTS, fitScale, MARGINS } from './page-fit';
import type { RenderTexts } from './texts';
import { titleBlock } from './title';
import { pushLegend } from './legend';
import { pushIndicatorRows } from './indicator-rows';
import { plainStyle, totalCell, unitCell } from './unit-cells';
import { sentCount, withCode, type UnitEntry } from './unit-order';

const FIXED_COLS = 4;
/** Titles are centred over the columns a screen shows first, not over every unit column. */
const TITLE_SPAN = 9;
/** The smallest print size (points) the sheet may be shrunk to on one page width; below it, pages go across. */
const MIN_PRINT_POINTS = 9;

export function renderUnitColumnsSheet(
  result: ConsolidationResult,
  stats: IndicatorStats[],
  entries: UnitEntry[],
  options: RenderOptions,
  t: RenderTexts,
): SheetSpec {
  const { summary } = result;
  const units = entries.filter((u) => u.info).map((u) => u.name);
  const width = FIXED_COLS + units.length;
  const flags = issuesByCell(result.issues);
  const { sent, expected } = sentCount(summary);

  const title = titleBlock(summary, options, t, t.unitsTitle, Math.min(Math.max(width, 4), TITLE_SPAN));
  const { rows, merges } = title;
  const missing = summary.missingUnits.length
    ? `. ${t.notSent}: ${summary.missingUnits.map((u) => withCode(summary, u)).join(', ')}`
    : '';
  merges.push({
    top: rows.length,
    left: 0,
    bottom: rows.length,
    right: Math.min(Math.max(width - 1, 3), TITLE_SPAN - 1),
  });
  rows.push([text(`${t.sent(sent, expected)}${missing}`, { bold: true, hAlign: 'left', wrap: true })]);
  rows.push([]);

  const headerRow = rows.length;
  rows.push([
    text(t.stt, HEADER),
    text(t.indicator, HEADER),
    text(t.measure, HEADER),
    text(t.total, HEADER),
    ...units.map((u) => text(withCode(summary, u, '\n'), HEADER)),
  ]);

  const dataBars: DataBarSpec[] = [];
  pushIndicatorRows(rows, stats, width, (s, index, at) => {
    const plain = plainStyle(s.format);
    const byUnit = flags.get(s.row.indicator.id);
    if (units.length)
      dataBars.push({
        range: { top: at, left: FIXED_COLS, bottom: at, right: width - 1 },
        color: DATA_BAR,
        ...(s.rate ? { max: 100 } : {}),
      });
    return [
      num(index, '0', BODY_CENTER),
      text(s.row.indicator.name, TEXT),
      text(s.row.indicator.unit, TEXT_CENTER),
      totalCell(s, t),
      ...units.map((u) => unitCell(s.row.values[u], byUnit?.get(u), s.format, plain)),
    ];
  });

  const required = stats.filter((s) => !s.row.indicator.optional);
  rows.push([
    null,
    text(t.completeness, TEXT_ITALIC),
    null,
    null,
    ...units.map((u) =>
      text(
        `${required.filter((s) => typeof s.row.values[u]?.value === 'number').length}/${required.length}`,
        BODY_ITALIC_CENTER,
      ),
    ),
  ]);
  rows.push([]);
  pushLegend(rows, merges, t, 3, [t.legendNotes], [t.legendEmpty]);

  const columnWidths = [5, 30, 9.5, 12, ...units.map(() => 11)];
  // Only the header wraps in the unit columns (figures never do): the other rows are measured on their first columns.
  const measured = rows.map((row, r) => (r === headerRow ? row : row.slice(0, FIXED_COLS)));
  // One page wide while that keeps the print readable; else pages across, the indicator columns repeated.
  const fits = fitScale(columnWidths, 'landscape') * BODY_POINTS >= MIN_PRINT_POINTS;
  return {
    name: t.unitsSheet,
    rows,
    merges,
    columnWidths,
    rowHeights: rowHeights({ name: t.unitsSheet, rows: measured, merges, columnWidths }, proseLines),
    freeze: { rows: headerRow + 1, cols: FIXED_COLS },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      repeatRows: [headerRow, headerRow],
      pageNumbers: t.page,
      margins: MARGINS,
      ...(fits ? { fitToWidth: true } : { repeatCols: [0, FIXED_COLS - 1] as [number, number] }),
    },
    dataBars,
    tabColor: '#2E75B6',
  };
}
