/*
 * The same labelled rows, grouped as the reports units send: each unit fills the department's template in its order,
 * under its own section headings (one style per report), one row per indicator, leaves a few rows out, adds a few of
 * its own (the near misses) in the section they belong to, sometimes swaps two rows, and writes sub-rows ("- Di động",
 * "- Mức độ 3") under their parent. Deterministic: report k of a set is always the same.
 */
import { hash, rng } from '../../../scripts/lib/sample-kit';
import type { DepartmentSet, RowOptions } from './define';

/** A row as the matching stage receives it: the label and its context in the report. */
export type EvalRow = {
  label: string;
  /** The ĐVT cell. */
  measure?: string;
  /** The heading the row sits under, as written. */
  section?: string;
  /** For a sub-row: the label of the row it narrows. */
  parent?: string;
  /** The figure in the result column. */
  value?: number;
};
/** What a careful clerk would assign (`note`: why the row is there, for the lists; never shown to the matcher). */
export type ExpectedRow = EvalRow & { expected: string | null; note?: string };
export type EvalReport = { catalog: string; unit: string; period: string; rows: ExpectedRow[] };

type SetRow = DepartmentSet['rows'][number];

/** A sub-row family: rows written under the same parent row or the same sub-heading. */
const familyOf = (options: RowOptions): string | undefined =>
  options.under ? `under:${options.under}` : options.heading ? `heading:${options.heading}` : undefined;

/** A figure in the indicator's typical range, or a plausible one for a row of another indicator. */
function figureFor(set: DepartmentSet, row: SetRow, unit: string): number {
  const r = rng(hash(`${unit}|${row.kase.label}`));
  const percent = row.kase.measure === '%' || /^t[yỷỉi] l[eệ]/i.test(row.kase.label);
  const [lo, hi] = (row.id && set.figures[row.id]) || (percent ? [30, 95] : [1, 500]);
  const value = lo + (hi - lo) * r();
  const indicator = row.id ? set.catalog.indicators.find((i) => i.id === row.id) : undefined;
  // Counts and large amounts (money in đồng) are whole; rates and small amounts keep one decimal.
  return indicator?.integer || hi >= 1000 || (!indicator && !percent) ? Math.round(value) : Math.round(value * 10) / 10;
}

/** Whether report k writes this family as sub-rows: about one report in four, each family in different reports. */
function familyActive(families: string[], family: string, k: number): boolean {
  return (k + families.indexOf(family)) % 4 === 0;
}

/** The row report k writes for an indicator: its sub-row form when its family is active there, else a plain row. */
function chooseRow(rows: SetRow[], families: string[], k: number, i: number): SetRow {
  const active = rows.filter((r) => {
    const family = familyOf(r.options);
    return family !== undefined && familyActive(families, family, k);
  });
  const plain = rows.filter((r) => familyOf(r.options) === undefined);
  const pool = active.length > 0 ? active : plain.length > 0 ? plain : rows;
  return pool[(k + i) % pool.length];
}

/**
 * `count` reports of a set, one per unit in turn (units repeat after the last one, for another period).
 * `complete`: every required indicator is reported (clean data); otherwise a unit leaves out a row now and then.
 * @example reportsOf(thaiNguyenXa2026)[0].rows[0] // { label: 'Dân số', measure: 'người', section: 'I. THÔNG TIN CHUNG', ... }
 */
export function reportsOf(set: DepartmentSet, count = 14, { complete = false } = {}): EvalReport[] {
  const families = [
    ...new Set(set.rows.map((r) => familyOf(r.options)).filter((f): f is string => f !== undefined)),
  ].sort();
  const negatives = set.rows.filter((r) => r.id === null);
  const reports: EvalReport[] = [];
  for (let k = 0; k < count; k++) {
    const unit = set.units[k % set.units.length];
    const period = k < set.units.length ? set.period : `${set.period} (kỳ trước)`;
    const style = k % 5;
    const heading = (group: string): string | undefined => {
      const list = set.sections[group] ?? [];
      return style === 4 || list.length === 0 ? undefined : list[style % list.length];
    };
    const chosen = set.catalog.indicators.map((indicator, i) =>
      chooseRow(
        set.rows.filter((r) => r.id === indicator.id),
        families,
        k,
        i,
      ),
    );
    const parents = new Set(chosen.map((r) => r.options.under).filter((id): id is string => id !== undefined));
    const kept = chosen.filter((_, i) => {
      const indicator = set.catalog.indicators[i];
      if (parents.has(indicator.id)) return true;
      if (indicator.optional && (k + i) % 3 === 0) return false;
      return complete || (k * 7 + i * 3) % 19 !== 0;
    });
    const extra = [0, 1, 2].map((j) => negatives[(k * 3 + j) % negatives.length]);
    const ordered = insertExtras(kept, extra);
    if (k % 4 === 2) swapTwo(ordered, parents);
    const rows = ordered.map((row): ExpectedRow => {
      const out: ExpectedRow = { label: row.kase.label, expected: row.id, value: figureFor(set, row, unit) };
      if (row.kase.measure !== undefined) out.measure = row.kase.measure;
      if (row.kase.note !== undefined) out.note = row.kase.note;
      const section = row.options.heading ? row.kase.section : heading(row.group);
      if (section !== undefined) out.section = section;
      if (row.kase.parent !== undefined) out.parent = parentLabel(ordered, row) ?? row.kase.parent;
      return out;
    });
    reports.push({ catalog: set.name, unit, period, rows });
  }
  return reports;
}

/** Each extra row goes after the last row of its group (a unit adds its own rows where they belong). */
function insertExtras(rows: SetRow[], extras: SetRow[]): SetRow[] {
  const out = [...rows];
  for (const extra of extras) {
    let at = out.length;
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i].group === extra.group) {
        at = i + 1;
        break;
      }
    }
    out.splice(at, 0, extra);
  }
  return out;
}

/**
 * Two neighbouring plain rows of one group change places, about a third of the way down; never a parent row, which
 * must stay right above its sub-rows.
 */
function swapTwo(rows: SetRow[], parents: Set<string>): void {
  for (let i = Math.floor(rows.length / 3); i + 1 < rows.length; i++) {
    const [a, b] = [rows[i], rows[i + 1]];
    const plain = (r: SetRow) => r.id !== null && !familyOf(r.options) && !parents.has(r.id);
    if (a.group === b.group && plain(a) && plain(b)) {
      [rows[i], rows[i + 1]] = [b, a];
      return;
    }
  }
}

/** The label of the row a sub-row narrows, as this report wrote it. */
function parentLabel(rows: SetRow[], row: SetRow): string | undefined {
  return rows.find((r) => r.id === row.options.under)?.kase.label;
}
