import type { Issue, SummaryRow } from '../model';
import { measureKind } from '../catalog';
import { MEASURE_SOURCE_TEXTS } from '../issues';
import { fmtEn, fmtVi, makeIssue, unitValues, type CheckContext } from './context';
import { mad, median, modifiedZ } from './statistics';

/** Fewer peers than this say nothing reliable about an unusual unit. */
const MIN_PEERS = 5;
/** A thousand-fold slip needs fewer: the figure and two peers that agree with each other. */
const MIN_SCALE_POINTS = 3;
/** Peers agree when they lie within this factor of each other. */
const PEERS_AGREE = 30;
/** "About 1000×": a thousand-separator or đồng/triệu đồng slip lands far beyond this factor. */
const SCALE_FACTOR = 300;
const Z_LIMIT = 3.5;
/** An outlier must also differ in practice: 3× the typical unit, or 25 points for a percentage. */
const PRACTICAL_FACTOR = 3;
const PRACTICAL_POINTS = 25;

type Point = { unit: string; value: number; adjusted: number };

/**
 * scale_suspect and outlier: each unit's figure, divided by its size where the catalog says (per inhabitant, per
 * household), against its peers' median. Checks never change figures.
 */
export function checkPeers({ summary }: CheckContext): Issue[] {
  const byId = new Map(summary.rows.map((row) => [row.indicator.id, row]));
  const issues: Issue[] = [];
  for (const row of summary.rows) {
    const size = row.indicator.sizeBy ? byId.get(row.indicator.sizeBy) : undefined;
    const points = adjustedPoints(row, size);
    if (points.length < MIN_SCALE_POINTS) continue;
    const percent = measureKind(row.indicator.unit) === 'percent';
    if (points.length < MIN_PEERS) {
      if (!percent) issues.push(...fewPeersScale(row, points, size !== undefined));
      continue;
    }
    issues.push(...(percent ? percentOutliers(row, points) : countAnomalies(row, points, size !== undefined)));
  }
  return issues;
}

function adjustedPoints(row: SummaryRow, size: SummaryRow | undefined): Point[] {
  const points: Point[] = [];
  for (const [unit, unitValue] of unitValues(row)) {
    const value = unitValue.value;
    if (typeof value !== 'number') continue;
    if (!size) {
      points.push({ unit, value, adjusted: value });
      continue;
    }
    const s = size.values[unit]?.value;
    if (typeof s === 'number' && s > 0) points.push({ unit, value, adjusted: value / s });
  }
  return points;
}

function countAnomalies(row: SummaryRow, points: Point[], perSize: boolean): Issue[] {
  const positive = points.filter((p) => p.adjusted > 0);
  if (positive.length < MIN_PEERS) return [];
  const logs = positive.map((p) => Math.log10(p.adjusted));
  const center = median(logs);
  const deviation = mad(logs, center);
  const typical = 10 ** center;
  const issues: Issue[] = [];
  const basis = perSize ? ' (so theo quy mô dân số/hộ)' : '';
  for (const p of positive) {
    const factor = p.adjusted / typical;
    // Most units are unremarkable: messages are only built for the few that are not.
    const scale = factor >= SCALE_FACTOR || factor <= 1 / SCALE_FACTOR;
    const practical = factor >= PRACTICAL_FACTOR || factor <= 1 / PRACTICAL_FACTOR;
    if (!scale && !practical) continue;
    const where = { unit: p.unit, indicator: row.indicator.id, cell: row.values[p.unit].cell };
    const expected = perSize ? '' : `; thường khoảng ${fmtVi(typical)}`;
    if (scale) {
      issues.push(scaleIssue(row, p, factor, basis, expected, perSize));
    } else if (Math.abs(modifiedZ(Math.log10(p.adjusted), center, deviation)) > Z_LIMIT) {
      issues.push(
        makeIssue('outlier', {
          ...where,
          vi: `«${row.indicator.name}» = ${fmtVi(p.value)} ${row.indicator.unit}, khác thường so với các đơn vị khác (${describeFactor(factor)} mức trung vị${basis}); đề nghị kiểm tra lại.`,
          en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${fmtEn(p.value)} is unusual against its peers (${fmtEn(Number(factor.toPrecision(2)))}× the median); please check.`,
        }),
      );
    }
  }
  return issues;
}

/**
 * With fewer than five units a figure 300× or more away from every other unit, while those agree with each other,
 * is still a scale slip (thousand separator, đồng for triệu đồng): the one rule that needs few peers.
 */
function fewPeersScale(row: SummaryRow, points: Point[], perSize: boolean): Issue[] {
  const positive = points.filter((p) => p.adjusted > 0);
  if (positive.length < MIN_SCALE_POINTS) return [];
  const issues: Issue[] = [];
  for (const p of positive) {
    const others = positive.filter((o) => o !== p).map((o) => o.adjusted);
    if (Math.max(...others) / Math.min(...others) > PEERS_AGREE) continue;
    const typical = 10 ** median(others.map((v) => Math.log10(v)));
    const factor = p.adjusted / typical;
    if (factor < SCALE_FACTOR && factor > 1 / SCALE_FACTOR) continue;
    const basis = perSize ? ' (so theo quy mô dân số/hộ)' : '';
    issues.push(scaleIssue(row, p, factor, basis, perSize ? '' : `; thường khoảng ${fmtVi(typical)}`, perSize));
  }
  return issues;
}

/** The scale_suspect issue, naming where the sheet gave the figure's magnitude when it gave one. */
function scaleIssue(
  row: SummaryRow,
  p: Point,
  factor: number,
  basis: string,
  expected: string,
  perSize: boolean,
): Issue {
  const value = row.values[p.unit];
  const where = { unit: p.unit, indicator: row.indicator.id, cell: value.cell };
  const used = value.scale?.kind === 'read' ? value.scale.used : null;
  const read = used
    ? ` (đọc «${value.figure.raw}» theo ${MEASURE_SOURCE_TEXTS[used.from].vi}${used.text ? ` «${used.text}»` : ''})`
    : '';
  const readEn = used
    ? ` (read "${value.figure.raw}" by ${MEASURE_SOURCE_TEXTS[used.from].en}${used.text ? ` "${used.text}"` : ''})`
    : '';
  return makeIssue('scale_suspect', {
    ...where,
    vi: `«${row.indicator.name}» = ${fmtVi(p.value)} ${row.indicator.unit}${read}, gấp ${describeFactor(factor)} mức của các đơn vị khác${basis}${expected}. Có thể nhầm dấu phân cách hàng nghìn hoặc đơn vị tính (đồng/triệu đồng).`,
    en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${fmtEn(p.value)}${readEn}, about ${factor >= 1 ? fmtEn(Math.round(factor)) + '×' : '1/' + fmtEn(Math.round(1 / factor))} of its peers${perSize ? ' (per inhabitant/household)' : ''}: a thousand-separator or measure slip?`,
  });
}

function percentOutliers(row: SummaryRow, points: Point[]): Issue[] {
  const values = points.map((p) => p.value);
  const center = median(values);
  const deviation = mad(values, center);
  return points.flatMap((p) => {
    if (Math.abs(p.value - center) < PRACTICAL_POINTS || Math.abs(modifiedZ(p.value, center, deviation)) <= Z_LIMIT)
      return [];
    return [
      makeIssue('outlier', {
        unit: p.unit,
        indicator: row.indicator.id,
        cell: row.values[p.unit].cell,
        vi: `«${row.indicator.name}» = ${fmtVi(p.value)}%, khác xa mức trung vị ${fmtVi(center)}% của các đơn vị; đề nghị kiểm tra lại.`,
        en: `"${row.indicator.nameEn ?? row.indicator.name}" = ${fmtEn(p.value)}% is far from the units' median ${fmtEn(center)}%; please check.`,
      }),
    ];
  });
}

function describeFactor(factor: number): string {
  return factor >= 1
    ? `khoảng ${fmtVi(Number(factor.toPrecision(2)))} lần`
    : `chỉ khoảng 1/${fmtVi(Number((1 / factor).toPrecision(2)))}`;
}
