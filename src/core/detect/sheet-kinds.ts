/**
 * Sheets that sit beside the reports but are none: a guide (with or without an example table), a staff roster, a
 * list of units, a summary of several units (an earlier one, or an empty one), a blank copy of the template. Each
 * rule returns the reason shown in Nguồn, or null. The reasons say what the sheet is, in a clerk's words.
 */
import type { Said } from '../model';
import { memoizeText } from '../text/memo';
import { DETECT_TEXTS } from './messages';
import { looseKey } from './fold';
import type { Header } from './header';
import type { SheetText } from './sheet-text';
import { parseUnitPhrase } from './unit-name';

export const GUIDE = DETECT_TEXTS.guide();
export const UNITS_LIST = DETECT_TEXTS.unitsList();
const ROSTER = DETECT_TEXTS.roster();

/**
 * What the sheet's name alone says: "Hướng dẫn", "HD", "Cách ghi", "Ví dụ"; "DS đơn vị"; "Danh sách cán bộ".
 * @example notReportByName('Cach ghi') // { vi: "Trang hướng dẫn, không phải báo cáo", en: "A guide page, not a report" }
 */
export function notReportByName(name: string): Said | null {
  const key = looseKey(name);
  if (/^(huong dan|hd|readme|ghi chu|chu thich|cach ghi|vi du|mau ghi)\b/.test(key)) return GUIDE;
  if (/^(danh sach|ds|danh muc) (don vi|xa|phuong)\b/.test(key)) return UNITS_LIST;
  if (/^((danh sach|ds) (can bo|cb|nhan su|cong chuc|thanh vien)|can bo)\b/.test(key)) return ROSTER;
  return null;
}

/**
 * A guide's title: a line of the title block that starts "Hướng dẫn ..." (not a reference "Hướng dẫn số 12/HD...",
 * "Hướng dẫn 05/HD-STTTT"),
 * "Cách ghi", or "Ví dụ".
 */
export function isGuideTitle(lines: string[]): boolean {
  return lines.some((line) => /^(huong dan(?! (so|\d))|cach ghi|vi du)\b/.test(looseKey(line)));
}

/** Header words of a staff roster: a name column and at least one personal column. */
const PERSON_NAME = /^(ho va ten|ho ten|ho va ten can bo|ten can bo)$/;
const PERSONAL =
  /^(chuc vu|chuc danh|nam sinh|ngay sinh|so dien thoai|dien thoai|dtdd|email|trinh do|trinh do chuyen mon|gioi tinh|que quan|dan toc|co quan cong tac)$/;

/** A staff roster: within the first rows, one row names "Họ và tên" and a personal column (chức vụ, điện thoại...). */
export function rosterReason(sheet: SheetText, scanRows: number): Said | null {
  for (let r = 0; r < Math.min(sheet.rows, scanRows); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const v = sheet.value(r, c);
      // Only a short text starting "Họ" or "Tên" can name the person column: nothing else is folded (every cell of
      // every sheet passes here, and folding them all would crowd the shared text cache).
      if (typeof v !== 'string' || v.length > 30 || !NAME_START.test(v) || !PERSON_NAME.test(looseKey(v))) continue;
      for (let k = 0; k < sheet.cols; k++) {
        const other = sheet.value(r, k);
        if (k !== c && typeof other === 'string' && other.length <= 40 && PERSONAL.test(looseKey(other))) return ROSTER;
      }
    }
  }
  return null;
}

const NAME_START = /^\s*(h[oọ]|t[eê]n)/i;

// Header cells are asked once per sheet; the same unit names come back in every summary.
const namesUnitColumn = memoizeText(
  (text: string): boolean => parseUnitPhrase(text) !== null || SUB_UNIT.test(looseKey(text)),
);
const SUB_UNIT = /^(thon|to|ban|ap|khu|khu pho|to dan pho|tdp|khom|xom|tt|thi tran|doi)\s+\S+/;
const TOTAL = /^(tong cong|cong|tong so|tong|toan tinh|toan huyen|toan xa|toan phuong|tong toan tinh|province total)$/;

/**
 * A summary of several units: its header has columns naming units ("Huyện Do Linh | Huyện Gio Linh", "Thôn 1 |
 * Thôn 2") and a total ("Tổng cộng", "Cộng"). One unit's report never has its peers as columns.
 * @example summaryReason(header).vi // "Bảng tổng hợp nhiều đơn vị (các cột «Xã A», «Xã B»...), không phải báo cáo của một đơn vị"
 */
export function summaryReason(header: Header, titled: boolean): Said | null {
  const units = header.columns.filter((c) => c.text !== '' && namesUnitColumn(c.text));
  const total = header.columns.some((c) => TOTAL.test(looseKey(c.text)));
  if (units.length < 2) return null;
  // Villages or residential groups as columns with a total are a unit's own breakdown unless the title says summary.
  const peers = units.filter((c) => parseUnitPhrase(c.text) !== null).length;
  if (!(peers >= 2 && (total || units.length >= 3)) && !(titled && total)) return null;
  return DETECT_TEXTS.summaryOfUnits({ columns: units.slice(0, 3).map((c) => c.text), more: units.length > 3 });
}

/** Whether a title block calls the sheet a summary ("TỔNG HỢP SỐ LIỆU CÁC XÃ"). */
export function isSummaryTitle(lines: string[]): boolean {
  return lines.some((line) => /^(bieu )?tong hop\b/.test(looseKey(line)));
}

/**
 * A list of units: the column headed "Tên đơn vị" / "Đơn vị" (or, failing that, the label column) names units in
 * at least 60 % of its cells.
 */
export function unitsListReason(sheet: SheetText, header: Header | null, labels: string[]): Said | null {
  const column = header?.columns.find((c) =>
    /^(ten don vi|don vi|don vi bao cao|ten xa|xa phuong|ten xa phuong)$/.test(looseKey(c.text)),
  );
  if (header && column) {
    const cells: string[] = [];
    for (let r = header.lastRow + 1; r < Math.min(sheet.rows, header.lastRow + 200); r++) {
      const t = sheet.text(r, column.col);
      if (t !== '') cells.push(t);
    }
    if (cells.length >= 2 && isUnitList(cells)) return UNITS_LIST;
  }
  return labels.length >= 3 && isUnitList(labels) ? UNITS_LIST : null;
}

// Every report's labels are asked whether they name a unit; the same labels come back in every sheet.
const namesUnit = memoizeText((label: string) => parseUnitPhrase(label) !== null);

/** At least 60 % of the texts name units (a helper list of communes, not a report); stops once that is out of reach. */
function isUnitList(labels: string[]): boolean {
  const needed = labels.length * 0.6;
  let hits = 0;
  for (let i = 0; i < labels.length; i++) {
    if (namesUnit(labels[i])) hits += 1;
    if (hits >= needed) return true;
    if (hits + (labels.length - i - 1) < needed) return false;
  }
  return hits >= needed;
}

/** A line that only holds the template's placeholder for a name: "UBND XÃ ..........", "............., ngày 20". */
export function isPlaceholderLine(line: string): boolean {
  if (!/\.{3,}|…|_{3,}/.test(line)) return false;
  const rest = looseKey(line.replace(/[.…_]+/g, ' '))
    .replace(
      /\b(ubnd|uy ban nhan dan|xa|phuong|thi tran|huyen|thi xa|thanh pho|tp|tx|dac khu|don vi|tinh|tm|kt|chu tich|ngay|thang|nam|\d+)\b/g,
      ' ',
    )
    .trim();
  return rest === '';
}
