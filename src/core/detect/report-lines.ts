/**
 * The lines around a report's table: the title block above it (period, issue date, revision, province) and the
 * signature block below it (who issues the report). Plain text in, plain facts out; detect-report.ts decides.
 */
import { parsePeriod, type Period } from './period';
import { looseKey } from './fold';
import type { SheetText } from './sheet-text';
import { parseProvinceLine } from './unit-name';
import { findProvince } from '../units';

/** Every text line of the rows above the table (title block), in reading order. */
export function titleLines(sheet: SheetText, end: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(end, sheet.rows); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const v = sheet.value(r, c);
      if (typeof v === 'string') lines.push(...v.split('\n'));
    }
  }
  return lines;
}

/** The period of a title block: lines that name the report first ("BÁO CÁO Kết quả ..."), then any line. */
export function periodFromLines(lines: string[]): Period | null {
  const naming = lines.filter((l) =>
    /\b(bao cao|ket qua|tinh hinh|so lieu|bieu|thong ke|tong hop)\b/.test(looseKey(l)),
  );
  for (const line of [...naming, ...lines]) {
    const p = parsePeriod(line);
    if (p) return p;
  }
  return null;
}

const REVISION = /\b(dieu chinh|thay the|sua doi|bo sung|cap nhat lai|ban sua|lan 2|lan thu 2)\b/;

/** The title block says the report corrects or replaces an earlier one ("Báo cáo điều chỉnh", "bản thay thế"). */
export function isRevision(lines: string[]): boolean {
  return lines.some((l) => REVISION.test(looseKey(l)));
}

/** "Bù Đốp, ngày 20 tháng 6 năm 2022" (or "20/6/2022" after "ngày") → "2022-06-20". */
export function issueDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /\bngay (\d{1,2})(?: thang |\s+)(\d{1,2})(?: nam |\s+)(\d{4})\b/.exec(looseKey(line));
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12)
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * The province the title block names ("UBND TỈNH ...", or a city run by the centre: "UBND THÀNH PHỐ HẢI PHÒNG", not
 * the district-level "THÀNH PHỐ ĐỒNG XOÀI"), kept so the units step can check it is the one consolidated.
 */
export function provinceOf(lines: string[]): { province?: string } {
  for (const line of lines) {
    const named = parseProvinceLine(line);
    if (!named) continue;
    if (!named.city || isCentralCity(named.name)) return { province: named.name };
  }
  return {};
}

function isCentralCity(name: string): boolean {
  return (['since', 'before'] as const).some((era) => /^thành phố/i.test(findProvince(name, era)?.fullName ?? ''));
}

/**
 * The signing authority under the table ("TM. UBND XÃ CÁI NHUM", "KT. CHỦ TỊCH", or "UBND XÃ CÁI NHUM" above the
 * signer's title): the unit that issues the report. Recipients ("Nơi nhận: - UBND huyện ...") are other bodies
 * and never read here.
 */
export function signerLines(sheet: SheetText, from: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < Math.min(sheet.rows, from + 20); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const text = sheet.text(r, c);
      if (/^noi nhan\b/.test(looseKey(text))) continue;
      for (const line of text.split('\n'))
        if (/^(tm|kt|tl|tuq|ubnd|uy ban nhan dan)\b/.test(looseKey(line)) && !/^\s*[-+•]/.test(line)) lines.push(line);
    }
  }
  return lines;
}
