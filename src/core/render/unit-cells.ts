/** A unit's figure as both per-unit layouts show it: coloured by its worst flag, with the reasons in a note. */
import type { CellRef, CellSpec, Issue, UnitValue } from '../model';
import { num, text } from './cells';
import { worstSeverity } from './figures';
import type { RenderOptions } from './options';
import {
  BODY,
  BODY_FLAGGED,
  BODY_FLAGGED_ITALIC,
  BODY_ITALIC_CENTER,
  TOTAL,
  TOTAL_FLAGGED,
  internalLink,
} from './styles';
import type { IndicatorStats } from './indicator-stats';
import type { RenderTexts } from './texts';

const NO_ISSUES: Issue[] = [];

/**
 * The cell of one unit's figure. Most cells of a wide sheet are plain figures: the caller passes the row's plain
 * style once (`plain`), and only flagged or unreadable figures build a cell of their own.
 */
export function unitCell(
  value: UnitValue | undefined,
  issues: Issue[] | undefined,
  format: string,
  plain: CellSpec['style'],
): CellSpec {
  if (!issues && value?.figure.kind !== 'unreadable') return { value: value?.value ?? null, style: plain };
  const list = issues ?? NO_ISSUES;
  const severity = worstSeverity(list);
  const note = list.length ? list.map((i) => `• ${i.message}`).join('\n') : undefined;
  // An unreadable figure is shown as written (in italics), so the leader sees what the unit sent.
  const cell =
    value?.figure.kind === 'unreadable'
      ? text(value.figure.raw, severity ? BODY_FLAGGED_ITALIC[severity] : BODY_ITALIC_CENTER)
      : num(value?.value ?? null, format, severity ? BODY_FLAGGED[severity] : BODY);
  return note ? { ...cell, note } : cell;
}

/** The plain style of a row or column of figures. */
export const plainStyle = (format: string): CellSpec['style'] => num(null, format, BODY).style;

/** Where a link to a source cell goes: the front end's own rule, or a sheet of this workbook. */
export function sourceLink(options: RenderOptions, ref: CellRef): string | undefined {
  return options.sourceLink ? options.sourceLink(ref) : internalLink(ref.sheet, ref.address);
}

/** The province figure: coloured like the worst doubtful figure it adds, its note saying how it was computed. */
export function totalCell(s: IndicatorStats, t: RenderTexts): CellSpec {
  const note = [s.row.totalNote, s.flaggedInTotal ? t.flaggedInTotal(s.flaggedInTotal) : ''].filter(Boolean).join('\n');
  const cell = num(s.row.total, s.format, s.totalSeverity ? TOTAL_FLAGGED[s.totalSeverity] : TOTAL);
  return note ? { ...cell, note } : cell;
}
