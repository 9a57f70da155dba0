import { parseCellRef } from '../excel/cell-ref';

/**
 * A cell reference as staff read it in the pane: the sheet and the cell, without the file name, which is the
 * open workbook anyway.
 * @example shortCellRef("Bao-cao.xlsx#Lộc Ninh!B17") // "Lộc Ninh!B17"
 */
export function shortCellRef(cell: string): string {
  const ref = parseCellRef(cell);
  return ref ? `${ref.sheet}!${ref.address}` : cell;
}
