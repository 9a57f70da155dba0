/**
 * What a sheet spec holds besides cells, written through Office.js: data bars (conditional formats, ExcelApi 1.6),
 * native charts over ranges of the sheet (ExcelApi 1.7), and the print layout of a wide sheet — columns repeated on
 * every page, the page number in the footer, margins and page breaks (ExcelApi 1.9, where the host has it).
 * Every call is queued: `queue(bytes)` syncs first when the request would pass the budget.
 */
import type { CellRange, ChartSpec, DataBarSpec, SheetSpec } from '../core/model';
import { columnLetters } from '../core/address/address';
import type { Capabilities } from './types';

export type Queue = (bytes: number) => Promise<void>;

/** Bytes a queued chart costs in a request: a handful of calls with short arguments. */
const CHART_BYTES = 2_000;
const DATA_BAR_BYTES = 400;

export async function writeSheetPictures(ws: Excel.Worksheet, spec: SheetSpec, capabilities: Capabilities, queue: Queue): Promise<void> {
  for (const bar of spec.dataBars ?? []) {
    await queue(DATA_BAR_BYTES);
    addDataBar(ws, bar);
  }
  for (const chart of spec.charts ?? []) {
    await queue(CHART_BYTES + chart.title.length);
    addChart(ws, chart);
  }
  if (capabilities.pageLayout && spec.print) {
    await queue(600 + 40 * ((spec.print.colBreaks?.length ?? 0) + (spec.print.rowBreaks?.length ?? 0)));
    writePrintLayout(ws, spec.print);
  }
}

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range => ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);

/** Bars from zero, full at the range's largest figure or at `max` (100 for a rate), flat colour. */
function addDataBar(ws: Excel.Worksheet, bar: DataBarSpec): void {
  const format = rangeOf(ws, bar.range).conditionalFormats.add('DataBar');
  const dataBar = format.dataBar;
  dataBar.barDirection = 'LeftToRight';
  dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
  dataBar.upperBoundRule = bar.max !== undefined ? { type: 'Number', formula: String(bar.max) } : { type: 'HighestValue' };
  dataBar.positiveFormat.fillColor = bar.color;
  dataBar.positiveFormat.gradientFill = false;
}

/** A clustered bar or column chart whose series and categories are the spec's ranges, placed over its anchor cells. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const [first] = spec.series;
  if (!first) return;
  const chart = ws.charts.add(spec.kind === 'bar' ? 'BarClustered' : 'ColumnClustered', rangeOf(ws, first.values), 'Columns');
  const categories = rangeOf(ws, spec.categories);
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(rangeOf(ws, s.values));
    series.name = s.name;
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(s.color);
  });
  chart.title.text = spec.title;
  chart.title.format.font.size = 11;
  chart.legend.visible = spec.series.length > 1;
  if (spec.series.length > 1) chart.legend.position = 'Bottom';
  chart.dataLabels.showValue = true;
  // Units ranked from the top down, as the table beside the chart lists them.
  if (spec.kind === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  const { top, left, bottom, right } = spec.anchor;
  chart.setPosition(`${columnLetters(left)}${top + 1}`, `${columnLetters(right)}${bottom + 1}`);
}

function writePrintLayout(ws: Excel.Worksheet, print: NonNullable<SheetSpec['print']>): void {
  const layout = ws.pageLayout;
  if (print.repeatCols) layout.setPrintTitleColumns(`$${columnLetters(Math.min(...print.repeatCols))}:$${columnLetters(Math.max(...print.repeatCols))}`);
  if (print.pageNumbers) layout.headersFooters.defaultForAllPages.centerFooter = `${print.pageNumbers.replace(/&/g, '&&')} &P/&N`;
  if (print.margins) layout.setPrintMargins('Inches', { ...print.margins, header: print.margins.top / 2, footer: print.margins.bottom / 2 });
  for (const col of print.colBreaks ?? []) ws.verticalPageBreaks.add(ws.getRangeByIndexes(0, col, 1, 1));
  for (const row of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
}
