/** How the summary's figures are shown on every sheet: number formats, sections, flags per cell, change. */
import type { Issue, Severity, SummaryRow } from '../model';
import { SEVERITY_ORDER } from '../issues';
import { measureKind } from '../catalog';
import { unitValues } from '../merge';
import { FORMAT } from './styles';

/** Counts without decimals; rates with one; other figures with up to two. */
export function numberFormatFor(row: SummaryRow): string {
  if (isRate(row)) return FORMAT.percent;
  if (row.indicator.integer) return FORMAT.count;
  if (row.total !== null && !Number.isInteger(row.total)) return FORMAT.decimal;
  const entries = unitValues(row);
  for (let i = 0; i < entries.length; i++) {
    const v = entries[i][1].value;
    if (v !== null && !Number.isInteger(v)) return FORMAT.decimal;
  }
  return FORMAT.count;
}

/** A percentage: its bars are full at 100, its change is in points. */
export const isRate = (row: SummaryRow): boolean => measureKind(row.indicator.unit) === 'percent';

export type Section = { group: string; rows: SummaryRow[] };

/**
 * Rows of one group together, groups in the order the catalog first names them, indicators in catalog order.
 * @example sections(rows).map((s) => s.group) // ["Bưu chính", "Viễn thông", ...]
 */
export function sections(rows: SummaryRow[]): Section[] {
  const byGroup = new Map<string, SummaryRow[]>();
  for (const row of rows) {
    const group = row.indicator.group ?? '';
    const list = byGroup.get(group);
    if (list) list.push(row);
    else byGroup.set(group, [row]);
  }
  return [...byGroup].map(([group, list]) => ({ group, rows: list }));
}

/** Change against the previous period: relative (percent) for counts, in points for rates. */
export type Change = { kind: 'percent' | 'points'; value: number };

/**
 * @example changeOf(110, 100, false) // { kind: 'percent', value: 10 }
 * @example changeOf(62.5, 60, true) // { kind: 'points', value: 2.5 }
 */
export function changeOf(now: number | null, before: number | null | undefined, rate: boolean): Change | null {
  if (now === null || before === null || before === undefined) return null;
  if (rate) return { kind: 'points', value: Math.round((now - before) * 10) / 10 };
  if (before === 0) return null;
  return { kind: 'percent', value: Math.round(((now - before) / Math.abs(before)) * 1000) / 10 };
}

/** Issues of each unit's cell: indicator id → unit → issues (no key string built per cell of a wide sheet). */
export type IssuesByCell = Map<string, Map<string, Issue[]>>;

export function issuesByCell(issues: Issue[]): IssuesByCell {
  const map: IssuesByCell = new Map();
  for (const issue of issues) {
    if (!issue.unit || !issue.indicator) continue;
    let byUnit = map.get(issue.indicator);
    if (!byUnit) map.set(issue.indicator, (byUnit = new Map<string, Issue[]>()));
    const list = byUnit.get(issue.unit);
    if (list) list.push(issue);
    else byUnit.set(issue.unit, [issue]);
  }
  return map;
}

export function worseOf(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_ORDER[b] < SEVERITY_ORDER[a] ? b : a;
}

export function worstSeverity(issues: Issue[]): Severity | null {
  return issues.reduce<Severity | null>(
    (worst, i) => (worst === null || SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[worst] ? i.severity : worst),
    null,
  );
}
