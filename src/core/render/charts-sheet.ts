/**
 * "Biểu đồ": one native chart per section, of its key indicator, each beside the table it draws, so every bar can
 * be checked against a figure. A province of a few units sees its units ranked; a large one sees how many units fall
 * in each band of values. With a previous period, both periods side by side.
 */
import type { CellSpec, CellStyle, ChartSpec, ConsolidationResult, SheetSpec } from '../model';
import { num, roman, text } from './cells';
import type { IndicatorStats } from './indicator-stats';
import type { RenderOptions } from './options';
import { MARGINS, printableHeight, rowBreaks } from './page-fit';
import { BODY, BODY_CENTER, GROUP, HEADER, TEXT, TEXT_ITALIC } from './styles';
import type { RenderTexts } from './texts';
import { titleBlock } from './title';
import type { UnitEntry } from './unit-order';
import { bandCounts, valueBands } from './value-bands';

/** Up to this many units a chart ranks them one bar each; more get a distribution. */
export const RANKED_MAX_UNITS = 30;
const BANDS = 8;
const CHART_FIRST_COL = 5;
const CHART_COLS = 10;
const MIN_CHART_ROWS = 13;
/** A chart no taller than this many rows keeps its block on one printed page. */
const MAX_CHART_ROWS = 30;
/** Rows a ranked chart needs per bar, so each unit's name can be read beside its bars. */
const ROWS_PER_BAR = 0.8;
const ROW_POINTS = 15;
export const THIS_PERIOD_COLOR = '#2E75B6';
export const PREVIOUS_COLOR = '#A5A5A5';
const HEADING: CellStyle = { ...GROUP, wrap: false };

export function renderChartsSheet(
  result: ConsolidationResult,
  keys: IndicatorStats[],
  units: UnitEntry[],
  options: RenderOptions,
  t: RenderTexts,
): SheetSpec {
  const { summary } = result;
  const reportingUnits = units.filter((u) => u.info);
  const ranked = reportingUnits.length <= RANKED_MAX_UNITS;
  const span = CHART_FIRST_COL + CHART_COLS;
  const { rows, merges } = titleBlock(summary, options, t, t.chartsTitle, span);
  rows.push([text(keys.length ? t.chartsNote(ranked) : t.noCharts, TEXT_ITALIC)]);
  merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: span - 1 });
  rows.push([]);

  const charts: ChartSpec[] = [];
  const blocks: [number, number][] = [];
  for (const key of keys) {
    const top = rows.length;
    const heading = `${key.section ? `${roman(key.section)}. ${key.row.indicator.group} — ` : ''}${key.row.indicator.name} (${key.row.indicator.unit})`;
    rows.push([text(heading, HEADING), ...Array.from({ length: span - 1 }, () => text('', HEADING))]);
    merges.push({ top, left: 0, bottom: top, right: span - 1 });
    const table = ranked
      ? rankedTable(key, reportingUnits, result, t)
      : bandTable(key, reportingUnits, result, t, options.lang ?? 'vi');
    const tableTop = rows.length;
    rows.push(...table.rows);
    const withPrevious = table.rows[0].length > 3;
    const bars = ranked ? (table.rows.length - 1) * (withPrevious ? 2 : 1) : 0;
    const chartRows = Math.max(
      MIN_CHART_ROWS,
      table.rows.length,
      Math.min(MAX_CHART_ROWS, Math.ceil(bars * ROWS_PER_BAR) + 4),
    );
    while (rows.length < tableTop + chartRows) rows.push([]);
    const first = tableTop + 1;
    const last = tableTop + table.rows.length - 1;
    charts.push({
      kind: ranked ? 'bar' : 'column',
      title: ranked ? key.row.indicator.name : t.distributionTitle(key.row.indicator.name),
      categories: { top: first, left: 1, bottom: last, right: 1 },
      series: [
        { name: t.thisPeriod, values: { top: first, left: 2, bottom: last, right: 2 }, color: THIS_PERIOD_COLOR },
        ...(withPrevious
          ? [{ name: t.lastPeriod, values: { top: first, left: 3, bottom: last, right: 3 }, color: PREVIOUS_COLOR }]
          : []),
      ],
      anchor: { top: tableTop, left: CHART_FIRST_COL, bottom: tableTop + chartRows - 1, right: span - 1 },
      numberFormat: ranked ? key.format : '0',
      valueAxisTitle: ranked ? key.row.indicator.unit : t.units,
    });
    blocks.push([top, tableTop + chartRows - 1]);
    rows.push([]);
  }

  const columnWidths = [6, 24, 12, 12, 2, ...Array.from({ length: CHART_COLS }, () => 9.5)];
  const heights = rows.map(() => ROW_POINTS);
  return {
    name: t.chartsSheet,
    rows,
    merges,
    columnWidths,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: true,
      pageNumbers: t.page,
      margins: MARGINS,
      rowBreaks: rowBreaks(heights, blocks, printableHeight('landscape') - 2 * ROW_POINTS),
    },
    charts,
    tabColor: '#70AD47',
  };
}

type Table = { rows: (CellSpec | null)[][] };

/** Units ranked by this period's figure, highest first (ties in official order), with the previous figure when given. */
function rankedTable(key: IndicatorStats, units: UnitEntry[], result: ConsolidationResult, t: RenderTexts): Table {
  const previous = result.summary.previous;
  const id = key.row.indicator.id;
  const figures = units
    .map((u, order) => ({ name: u.name, value: key.row.values[u.name]?.value ?? null, order }))
    .filter((f): f is { name: string; value: number; order: number } => typeof f.value === 'number')
    .sort((a, b) => b.value - a.value || a.order - b.order);
  const header = [t.rank, t.unit, t.thisPeriod, ...(previous ? [t.lastPeriod] : [])].map((h) => text(h, HEADER));
  const rows: (CellSpec | null)[][] = [header];
  figures.forEach((f, i) => {
    const before = previous?.values[f.name]?.[id];
    rows.push([
      num(i + 1, '0', BODY_CENTER),
      text(f.name, TEXT),
      num(f.value, key.format, BODY),
      ...(previous ? [num(typeof before === 'number' ? before : null, key.format, BODY)] : []),
    ]);
  });
  return { rows };
}

/** How many units fall in each band of this period's figures (and the previous period's, in the same bands). */
function bandTable(
  key: IndicatorStats,
  units: UnitEntry[],
  result: ConsolidationResult,
  t: RenderTexts,
  lang: 'vi' | 'en',
): Table {
  const previous = result.summary.previous;
  const id = key.row.indicator.id;
  const now = units.map((u) => key.row.values[u.name]?.value).filter((v): v is number => typeof v === 'number');
  const before = previous
    ? units.map((u) => previous.values[u.name]?.[id]).filter((v): v is number => typeof v === 'number')
    : [];
  const integers = [...now, ...before].every((v) => Number.isInteger(v));
  const bands = valueBands([...now, ...before], BANDS, integers, lang);
  const counts = bandCounts(bands, now);
  const earlier = bandCounts(bands, before);
  const header = [
    null,
    text(`${t.band} (${key.row.indicator.unit})`, HEADER),
    text(t.thisPeriod, HEADER),
    ...(previous ? [text(t.lastPeriod, HEADER)] : []),
  ];
  const rows: (CellSpec | null)[][] = [header];
  bands.forEach((b, i) =>
    rows.push([
      null,
      text(b.label, TEXT),
      num(counts[i], '0', BODY),
      ...(previous ? [num(earlier[i], '0', BODY)] : []),
    ]),
  );
  return { rows };
}
