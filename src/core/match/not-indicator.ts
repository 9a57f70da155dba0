import { foldForMatching, stripLeadingNumbering } from './label-key';

/*
 * Rows of a report sheet that are not indicators: section headings ("I. BƯU CHÍNH"), table headers, notes and
 * the signature block. They are ignored rather than sent to a person as unmatched.
 */

/** Whole labels that are headers, totals or sections of ICT reports (folded, abbreviations expanded). */
const HEADINGS = new Set([
  'stt',
  'tt',
  'cong',
  'tong cong',
  'chi tieu',
  'ten chi tieu',
  'noi dung',
  'noi dung chi tieu',
  'don vi tinh',
  'ket qua',
  'ket qua thuc hien',
  'so lieu',
  'thuc hien',
  'ghi chu',
  'cac chi tieu',
  'chi tieu chu yeu',
  'buu chinh',
  'vien thong',
  'buu chinh vien thong',
  'cong nghe thong tin',
  'ung dung cong nghe thong tin',
  'ha tang',
  'ha tang cong nghe thong tin',
  'ha tang so',
  'chuyen doi so',
  'chinh quyen so',
  'kinh te so',
  'xa hoi so',
  'chinh quyen dien tu',
  'bao chi',
  'xuat ban',
  'bao chi xuat ban',
  'thong tin bao chi xuat ban',
  'thong tin co so',
  'thong tin doi ngoai',
  'phat thanh truyen hinh',
  'an toan thong tin',
  'thanh tra',
  'thanh tra kiem tra',
  'dan so quy mo',
  'quy mo',
  'thong tin chung',
  'tinh hinh chung',
  'thong tin truyen thong',
  'linh vuc thong tin truyen thong',
]);

const SECTION_LEAD = /^(?:linh vuc|ve|cong tac|hoat dong|phan|muc|nhom chi tieu) /;

/** Lines of the note and signature block, and the date line above a signature. */
const NOTE_START =
  /^(?:ghi chu|noi nhan|luu vt|luu van thu|nguoi lap(?: bieu)?|thu truong|ki ten|xac nhan|kinh gui|can cu|chu tich|giam doc|truong phong|pho truong phong)\b/;
const DATE_LINE = /\bngay \d+ thang \d+ nam \d{4}\b/;

const NO_LETTERS = { vi: 'không có chữ', en: 'no letters' };
const NOTE = { vi: 'ghi chú hoặc phần ký tên', en: 'a note or the signature block' };
const HEADING = { vi: 'tiêu đề phần', en: 'a section heading' };

/**
 * Why a label is not an indicator (Vietnamese and English), or null when it may be one.
 * @example notIndicatorReason('I. BƯU CHÍNH')?.vi // "tiêu đề phần"
 * @example notIndicatorReason('Số trạm BTS') // null
 */
export function notIndicatorReason(label: string, headings = true): { vi: string; en: string } | null {
  if (!/\p{L}/u.test(label)) return NO_LETTERS;
  const key = foldForMatching(stripLeadingNumbering(label));
  if (key === '') return NO_LETTERS;
  if (NOTE_START.test(key) || DATE_LINE.test(key)) return NOTE;
  const section = key.replace(SECTION_LEAD, '');
  if (headings && (HEADINGS.has(key) || HEADINGS.has(section))) return HEADING;
  return null;
}
