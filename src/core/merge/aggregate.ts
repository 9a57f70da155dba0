import type { Aggregate, SummaryRow } from '../model';
import { unitValues } from './unit-values';

/**
 * Fills `total` and `totalNote` of every row with its catalog aggregate. Plain aggregates go first because
 * weighted means and ratios are computed from other rows' unit figures.
 * @example computeTotals(rows) // bts.total = sum of units' BTS figures
 */
export function computeTotals(rows: SummaryRow[]): void {
  const byId = new Map(rows.map((row) => [row.indicator.id, row]));
  for (const row of rows) {
    const aggregate: Aggregate = row.indicator.aggregate ?? 'sum';
    if (typeof aggregate === 'string') {
      const figures = presentNumbers(row);
      row.total = plainTotal(aggregate, figures);
      row.totalNote = PLAIN_NOTES[aggregate](figures.length);
    } else if ('weightedBy' in aggregate) {
      const weights = byId.get(aggregate.weightedBy);
      const pairs = presentValues(row).flatMap(([unit, v]) => {
        const w = weights?.values[unit]?.value;
        return typeof w === 'number' && w > 0 ? [[v, w] as const] : [];
      });
      const weightSum = pairs.reduce((s, [, w]) => s + w, 0);
      row.total = weightSum > 0 ? round(pairs.reduce((s, [v, w]) => s + v * w, 0) / weightSum) : null;
      row.totalNote = `Bình quân gia quyền theo «${weights?.indicator.name ?? aggregate.weightedBy}» của ${pairs.length} đơn vị có đủ hai số liệu`;
    } else {
      const [numeratorId, denominatorId] = aggregate.ratio;
      const scale = aggregate.scale ?? 1;
      const numerator = byId.get(numeratorId);
      const denominator = byId.get(denominatorId);
      let n = 0;
      let d = 0;
      let count = 0;
      for (const unit of Object.keys(numerator?.values ?? {})) {
        const nv = numerator?.values[unit]?.value;
        const dv = denominator?.values[unit]?.value;
        if (typeof nv === 'number' && typeof dv === 'number' && dv > 0) {
          n += nv;
          d += dv;
          count += 1;
        }
      }
      row.total = d > 0 ? round((n / d) * scale) : null;
      row.totalNote = `Tính lại từ tổng «${numerator?.indicator.name ?? numeratorId}» / tổng «${denominator?.indicator.name ?? denominatorId}»${scale !== 1 ? ` × ${scale}` : ''} của ${count} đơn vị có đủ hai số liệu`;
    }
  }
}

const PLAIN_NOTES: Record<Exclude<Aggregate, object>, (n: number) => string> = {
  sum: (n) => `Tổng của ${n} đơn vị có số liệu`,
  mean: (n) => `Trung bình cộng của ${n} đơn vị có số liệu`,
  max: (n) => `Giá trị lớn nhất trong ${n} đơn vị`,
  min: (n) => `Giá trị nhỏ nhất trong ${n} đơn vị`,
  none: () => 'Chỉ tiêu này không cộng dồn',
};

/** The row's figures in unit order (no pairs: a plain total needs only the numbers). */
function presentNumbers(row: SummaryRow): number[] {
  const present: number[] = [];
  for (const [, { value }] of unitValues(row)) if (typeof value === 'number') present.push(value);
  return present;
}

function presentValues(row: SummaryRow): [string, number][] {
  const present: [string, number][] = [];
  for (const [unit, { value }] of unitValues(row)) if (typeof value === 'number') present.push([unit, value]);
  return present;
}

function plainTotal(aggregate: Exclude<Aggregate, object>, values: number[]): number | null {
  if (aggregate === 'none' || values.length === 0) return null;
  switch (aggregate) {
    case 'sum':
      return round(values.reduce((s, v) => s + v, 0));
    case 'mean':
      return round(values.reduce((s, v) => s + v, 0) / values.length);
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
  }
}

/** Totals keep at most 4 decimals: enough for rates, and free of binary noise. */
function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
