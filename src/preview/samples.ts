import type { CellValue } from '../core/model';
import { sheetFromRows, type MemorySheet } from '../excel/memory/state';

/** One sheet of samples.json (made by scripts/preview-samples.ts). */
export type PreviewSheet = {
  name: string;
  hidden?: boolean;
  values: CellValue[][];
  numberFormats?: (string | null)[][];
  fonts?: (string | null)[][];
};

export const toMemorySheets = (sheets: PreviewSheet[]): MemorySheet[] =>
  sheets.map((s) =>
    sheetFromRows(s.name, s.values, { numberFormats: s.numberFormats, fonts: s.fonts, hidden: s.hidden }),
  );
