/** The body of a table of indicators: a row per section (I. Dân số – quy mô) above its indicators, numbered on. */
import type { CellSpec } from '../model';
import { roman, text } from './cells';
import type { IndicatorStats } from './indicator-stats';
import { GROUP, GROUP_CENTER } from './styles';

/**
 * Appends the section and indicator rows of `stats` to `rows`, sections `width` columns wide; `row` makes the
 * cells of the indicator numbered `index`, to sit at row `at`.
 * @example pushIndicatorRows(rows, stats, 13, (s, index) => [num(index, '0'), text(s.row.indicator.name)])
 */
export function pushIndicatorRows(
  rows: (CellSpec | null)[][],
  stats: IndicatorStats[],
  width: number,
  row: (s: IndicatorStats, index: number, at: number) => (CellSpec | null)[],
): void {
  let section = -1;
  stats.forEach((s, i) => {
    if (s.section !== section) {
      section = s.section;
      const group = s.row.indicator.group;
      if (group)
        rows.push([
          text(roman(section), GROUP_CENTER),
          text(group, GROUP),
          ...Array.from({ length: width - 2 }, () => text('', GROUP)),
        ]);
    }
    rows.push(row(s, i + 1, rows.length));
  });
}
