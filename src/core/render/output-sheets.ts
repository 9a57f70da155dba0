import { RENDER_TEXTS } from './texts';

/** The sheets of the result workbook that the front ends read back (a later run, `tonghop learn`). */
export type OutputSheet = 'summarySheet' | 'issuesSheet' | 'mappingSheet' | 'sourcesSheet';

/**
 * A result sheet's names in every language the workbook is written in: a workbook written in English is read back
 * as well as one in Vietnamese.
 * @example outputSheetNamesOf('mappingSheet') // ["Đối chiếu"]
 */
export function outputSheetNamesOf(sheet: OutputSheet): string[] {
  return [...new Set(Object.values(RENDER_TEXTS).map((t) => t[sheet]))];
}

/**
 * The sheet of a workbook (grids, or any named sheets) that render wrote as `sheet`, if any.
 * @example findOutputSheet(grids, 'mappingSheet')?.name // "Đối chiếu"
 */
export function findOutputSheet<T extends { name: string }>(sheets: T[], sheet: OutputSheet): T | undefined {
  const names = new Set(outputSheetNamesOf(sheet));
  return sheets.find((s) => names.has(s.name));
}
