/**
 * What a sheet spec holds besides cells, written through Office.js as optional parts (write-parts.ts): data bars
 * (conditional formats, ExcelApi 1.6), native charts over ranges of the sheet (ExcelApi 1.7), and the print layout
 * of a wide sheet — columns repeated on every page, the page number in the footer, margins and page breaks
 * (ExcelApi 1.9). Each part first removes what it wrote before, so writing it again (a retry, a second run over a
 * summary replaced in place) leaves one copy.
 */
import type { CellRange, ChartSpec, DataBarSpec, SheetSpec } from '../core/model';
import { columnLetters } from '../core/address/address';
import { COST, wireBytes } from './meter';
import type { SheetPart } from './write-parts';

/** Charts the add-in made carry this name prefix: only those are replaced, never a chart a user added. */
export const CHART_PREFIX = 'Tổng hợp · ';

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).untrack();

/** Bars from zero, full at the range's largest figure or at `max` (100 for a rate), flat colour. */
export const dataBarsPart: SheetPart = {
  kind: 'dataBars',
  requires: '1.6',
  applies: ({ spec }) => Boolean(spec.dataBars?.length),
  async write({ ws, spec }, batch) {
    for (const bar of spec.dataBars ?? []) {
      await batch.reserve(2 * COST.object + 4 * COST.subObject + 7 * COST.call + 120);
      addDataBar(ws, bar);
    }
  },
};

function addDataBar(ws: Excel.Worksheet, bar: DataBarSpec): void {
  const range = rangeOf(ws, bar.range);
  range.conditionalFormats.clearAll();
  const dataBar = range.conditionalFormats.add('DataBar').dataBar;
  dataBar.barDirection = 'LeftToRight';
  dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
  dataBar.upperBoundRule =
    bar.max !== undefined ? { type: 'Number', formula: String(bar.max) } : { type: 'HighestValue' };
  dataBar.positiveFormat.fillColor = bar.color;
  dataBar.positiveFormat.gradientFill = false;
}

/** Charts: the add-in's earlier charts on the sheet are deleted (one request to list them), then each is added. */
export const chartsPart: SheetPart = {
  kind: 'charts',
  requires: '1.7',
  applies: ({ spec }) => Boolean(spec.charts?.length),
  async write({ ws, spec }, batch) {
    const existing = ws.charts.load('items/name');
    await batch.flush();
    for (const chart of existing.items) {
      if (chart.name.startsWith(CHART_PREFIX)) chart.delete();
    }
    for (const [i, chart] of (spec.charts ?? []).entries()) {
      await batch.reserve(chartBytes(chart));
      addChart(ws, chart, `${CHART_PREFIX}${i + 1}`);
    }
  },
};

/** A chart is a few dozen calls with short arguments: objects, sub-objects and its texts. */
function chartBytes(chart: ChartSpec): number {
  return (
    (4 + 2 * chart.series.length) * COST.object +
    (12 + 4 * chart.series.length) * COST.subObject +
    30 * COST.call +
    wireBytes([chart.title, chart.valueAxisTitle ?? '', ...chart.series.map((s) => s.name)])
  );
}

/** A clustered bar or column chart whose series and categories are the spec's ranges, placed over its anchor cells. */
function addChart(ws: Excel.Worksheet, spec: ChartSpec, name: string): void {
  const [first] = spec.series;
  if (!first) return;
  const chart = ws.charts.add(
    spec.kind === 'bar' ? 'BarClustered' : 'ColumnClustered',
    rangeOf(ws, first.values),
    'Columns',
  );
  chart.name = name;
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

/** The print layout of a wide sheet: repeated columns, page numbers, margins, page breaks (earlier ones removed). */
export const pagesPart: SheetPart = {
  kind: 'pages',
  requires: '1.9',
  applies: ({ spec }) =>
    Boolean(
      spec.print &&
      (spec.print.repeatCols ||
        spec.print.pageNumbers ||
        spec.print.margins ||
        spec.print.colBreaks?.length ||
        spec.print.rowBreaks?.length),
    ),
  async write({ ws, spec }, batch) {
    const print = spec.print as NonNullable<SheetSpec['print']>;
    const breaks = (print.colBreaks?.length ?? 0) + (print.rowBreaks?.length ?? 0);
    await batch.reserve(
      (6 + 2 * breaks) * COST.subObject +
        (6 + breaks) * COST.call +
        breaks * COST.object +
        wireBytes([print.pageNumbers ?? '']) +
        200,
    );
    const layout = ws.pageLayout;
    if (print.repeatCols)
      layout.setPrintTitleColumns(
        `$${columnLetters(Math.min(...print.repeatCols))}:$${columnLetters(Math.max(...print.repeatCols))}`,
      );
    if (print.pageNumbers)
      layout.headersFooters.defaultForAllPages.centerFooter = `${print.pageNumbers.replace(/&/g, '&&')} &P/&N`;
    if (print.margins)
      layout.setPrintMargins('Inches', {
        ...print.margins,
        header: print.margins.top / 2,
        footer: print.margins.bottom / 2,
      });
    ws.verticalPageBreaks.removePageBreaks();
    ws.horizontalPageBreaks.removePageBreaks();
    for (const col of print.colBreaks ?? []) ws.verticalPageBreaks.add(ws.getRangeByIndexes(0, col, 1, 1).untrack());
    for (const row of print.rowBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1).untrack());
  },
};

/** The parts of the summary's pictures, tried after the niceties. */
export const PICTURES: SheetPart[] = [dataBarsPart, chartsPart, pagesPart];
