/** Which way "Theo đơn vị" lists the units. */
import type { UnitsLayout } from './options';

/** Up to this many units fit as columns beside the indicators (a province of districts); more go as rows. */
export const COLUMNS_MAX_UNITS = 15;

/**
 * The layout asked for, or the one the number of units calls for.
 * @example unitsLayout('auto', 11) // 'columns'
 * @example unitsLayout(undefined, 120) // 'rows'
 */
export function unitsLayout(asked: UnitsLayout | undefined, units: number): 'rows' | 'columns' {
  if (asked === 'rows' || asked === 'columns') return asked;
  return units <= COLUMNS_MAX_UNITS ? 'columns' : 'rows';
}
