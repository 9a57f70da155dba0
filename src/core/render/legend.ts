/** The colour legend under a summary table: one boxed line per severity, merged wide enough for its words. */
import type { CellSpec, SheetSpec } from '../model';
import { text } from './cells';
import { SEVERITY_FILL } from './styles';
import type { RenderTexts } from './texts';

/**
 * Appends the legend (and `notes`, in italics) to `rows`, each coloured box merged over columns 1 to `right`.
 * @example pushLegend(rows, merges, t, 3, [t.legendNotes])
 */
export function pushLegend(
  rows: (CellSpec | null)[][],
  merges: NonNullable<SheetSpec['merges']>,
  t: RenderTexts,
  right: number,
  notes: string[],
  boxes: string[] = [],
): void {
  rows.push([null, text(t.legend, { bold: true })]);
  const colours = [
    { label: t.legendError, fill: SEVERITY_FILL.error },
    { label: t.legendWarning, fill: SEVERITY_FILL.warning },
    { label: t.legendInfo, fill: SEVERITY_FILL.info },
    ...boxes.map((label) => ({ label, fill: undefined })),
  ];
  for (const { label, fill } of colours) {
    const style = fill ? { fill, border: true } : { border: true };
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right });
    rows.push([null, text(label, style), ...Array.from({ length: right - 1 }, () => text('', style))]);
  }
  for (const note of notes) rows.push([null, text(note, { italic: true })]);
}
