import { memoizeText } from './memo';
import { removeDiacritics } from './fold';

/**
 * Head words of measures seen in ICT reports (folded). A trailing bracket counts as a measure only when it starts
 * with one of these, so "(BTS)" or "(IOC)" in a name stay part of it.
 */
const MEASURE_HEADS = new Set([
  'tram',
  'thue bao',
  'tb',
  'diem',
  'diem cau',
  'ho so',
  'dich vu',
  'thu tuc',
  'dong',
  'nghin dong',
  'ngan dong',
  'trieu dong',
  'ty dong',
  'ti dong',
  'trd',
  'tr d',
  'tr dong',
  'trieu',
  'ty',
  'ti',
  'nghin',
  'ngan',
  'vnd',
  'usd',
  'nguoi',
  'luot',
  'cuoc',
  'hop thu',
  'chung thu',
  'chu ky',
  'co quan',
  'don vi',
  'xa',
  'phuong',
  'ho',
  'km',
  'm',
  'camera',
  'may',
  'ban tin',
  'tin',
  'bai',
  'tin bai',
  'cai',
  'chiec',
  'doanh nghiep',
  'thiet bi',
  'bo',
  'ha',
  'gio',
  'ty le',
  'phan tram',
  'lan',
  'van ban',
  'tai khoan',
  'website',
  'trang',
  'he thong',
  'phan mem',
  'co so',
  'dai',
  'cum loa',
  'mbps',
  'gbps',
  'gb',
  'tb',
  'hop',
  'cuon',
  'so',
  'ban',
  'to',
  'ky',
  'thang',
  'nam',
  'ngay',
  'dot',
  'lop',
  'hoc vien',
  'buu gui',
  'buu pham',
  'san pham',
  'ung dung',
  'nen tang',
  'thon',
  'ap',
  'to chuc',
  'ca nhan',
  'vu',
  'km2',
  'm2',
  'goi',
  'kenh',
  'dau so',
  'so thue bao',
  'cong',
  'chuong trinh',
  'nhiem vu',
  'cuoc goi',
  'tin nhan',
  'ho gia dinh',
  'hgd',
  'truong',
  'tuyen',
  'soi',
  'ban ghi',
]);

/** A measure folded for comparison: "TB / 100 dân" → "tb/100 dan". Cached: every figure row asks. */
export const foldMeasure: (text: string) => string = memoizeText((text) =>
  removeDiacritics(text.toLowerCase())
    .replace(/(\d)\.(\d)/g, '$1$2')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim(),
);

/** True when a short text reads as a measure: "%", "trạm", "TB/100 dân", "triệu đồng". @example isMeasureText('thuê bao/100 dân') // true */
export function isMeasureText(text: string): boolean {
  const folded = foldMeasure(text);
  if (folded === '' || folded.length > 40) return false;
  if (folded === '%' || /^%\s/.test(folded)) return true;
  return folded.split('/').every((part, i) => {
    const words = part.split(' ').filter((w) => w !== '');
    // "/100 dân", "/1.000 người": a per-N denominator names what it counts freely.
    if (i > 0 && /^\d+$/.test(words[0] ?? '')) return words.length >= 2 && words.length <= 4;
    if (words.length === 0 || words.length > 5) return false;
    return MEASURE_HEADS.has(words[0]) || (words.length > 1 && MEASURE_HEADS.has(`${words[0]} ${words[1]}`));
  });
}

// "(ĐVT: hồ sơ)", "- ĐVT: thuê bao", ", đơn vị tính: điểm", "ĐVT: trạm" at the end of a label.
const EXPLICIT =
  /(?:^|[\s,;:(\-–—])\(?\s*(?:đvt|dvt|đơn vị tính|don vi tinh|đơn vị|don vi)\s*[:.-]\s*([^()]*?)\s*\)?\s*[.;,]?\s*$/iu;
const BRACKET = /\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*[.;,:]?\s*$/u;

function trimLabel(text: string): string {
  return text.replace(/[\s,;:\-–—]+$/u, '').trim();
}

/**
 * Separates a trailing measure from a label: "(trạm)", "(%)", "- ĐVT: thuê bao", "(ĐVT: hồ sơ)".
 * @example stripMeasureSuffix('Số trạm BTS (trạm)') // { label: "Số trạm BTS", measure: "trạm" }
 * @example stripMeasureSuffix('Số trạm thu phát sóng (BTS)') // { label: "Số trạm thu phát sóng (BTS)" }
 */
export function stripMeasureSuffix(label: string): { label: string; measure?: string } {
  const text = label.trim();
  const explicit = EXPLICIT.exec(text);
  if (explicit && explicit[1] !== '' && explicit.index > 0) {
    return { label: trimLabel(text.slice(0, explicit.index)), measure: explicit[1].trim() };
  }
  const bracket = BRACKET.exec(text);
  if (bracket && bracket.index > 0 && isMeasureText(bracket[1])) {
    return { label: trimLabel(text.slice(0, bracket.index)), measure: bracket[1].trim() };
  }
  return { label: text };
}
