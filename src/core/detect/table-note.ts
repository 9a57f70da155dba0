import { readMeasure } from '../numbers';
import type { SheetText } from './sheet-text';

/** Rows above a table's header searched for its measure note: offices put it on the line just above. */
const NOTE_ROWS = 4;

const NOTE = /^\(?\s*(đvt|dvt|đơn vị tính|don vi tinh|đơn vị|don vi)\s*[:：.]\s*(.+?)\s*\)?\s*$/iu;

/**
 * The measure a note over a table names ("Đơn vị tính: triệu đồng", "(ĐVT: Tỷ đồng)") in the few rows above its
 * header, from row `from` on; null when there is none. "Đơn vị: ..." alone also names the reporting unit
 * ("Đơn vị: UBND xã ..."), so it counts only when it names money.
 * @example tableNoteMeasure(sheet, 6, 0) // "triệu đồng"
 */
export function tableNoteMeasure(sheet: SheetText, headerRow: number, from: number): string | null {
  for (let r = headerRow - 1; r >= Math.max(from, headerRow - NOTE_ROWS); r--) {
    for (let c = 0; c < sheet.cols; c++) {
      const text = sheet.text(r, c);
      if (text === '' || text.length > 60) continue;
      const m = NOTE.exec(text);
      if (!m) continue;
      const reading = readMeasure(m[2]);
      const plainUnit = /^(đơn vị|don vi)$/iu.test(m[1]);
      if (plainUnit ? reading.kind === 'money' : reading.group !== null || reading.bare) return m[2];
    }
  }
  return null;
}
