import type { SummaryRow, UnitValue } from '../model';

const entriesOf = new WeakMap<SummaryRow, [string, UnitValue][]>();

/**
 * A summary row's unit values as [unit, value] pairs, in the order the units were merged. Totals and every check
 * walk every row: listing the keys of a 3,321-unit record each time costs more than keeping the list once.
 * @example unitValues(row).filter(([, v]) => v.value !== null).length // units with a figure
 */
export function unitValues(row: SummaryRow): [string, UnitValue][] {
  let entries = entriesOf.get(row);
  if (!entries) entriesOf.set(row, (entries = Object.entries(row.values)));
  return entries;
}

/** Records the pairs merge built while filling `row.values` (same pairs, same order). */
export function rememberUnitValues(row: SummaryRow, entries: [string, UnitValue][]): void {
  entriesOf.set(row, entries);
}
