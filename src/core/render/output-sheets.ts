import { RENDER_TEXTS } from './texts';

/** Every sheet render writes, by its text key. */
export const OUTPUT_SHEETS = [
  'summarySheet',
  'unitsSheet',
  'chartsSheet',
  'issuesSheet',
  'mappingSheet',
  'sourcesSheet',
] as const;

/** A sheet of the result workbook (the front ends read some back: a later run, `tonghop learn`). */
export type OutputSheet = (typeof OUTPUT_SHEETS)[number];

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

/** The names of every sheet render writes, in every language: a front end never reads them as unit reports. */
export function allOutputSheetNames(): string[] {
  return [...new Set(OUTPUT_SHEETS.flatMap(outputSheetNamesOf))];
}
