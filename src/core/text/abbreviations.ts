/**
 * ICT report abbreviations on folded keys. Each entry maps its written forms (folded token sequences) to one
 * canonical form, so "Cổng DVC QG" and "Cổng Dịch vụ công quốc gia" give the same key.
 */
const ENTRIES: { canonical: string; forms: string[] }[] = [
  { canonical: 'thong tin va truyen thong', forms: ['tttt', 'tt tt', 'tt va tt', 'thong tin truyen thong'] },
  { canonical: 'cong nghe thong tin', forms: ['cntt'] },
  { canonical: 'dich vu cong truc tuyen', forms: ['dvctt', 'dvc tt', 'dvc truc tuyen'] },
  { canonical: 'dich vu cong', forms: ['dvc'] },
  { canonical: 'thu tuc hanh chinh', forms: ['tthc'] },
  { canonical: 'buu chinh cong ich', forms: ['bcci'] },
  { canonical: 'buu chinh vien thong', forms: ['bcvt'] },
  { canonical: 'thue bao', forms: ['tb'] },
  // BTS stays short: long names vary ("trạm thu phát sóng (thông tin) di động"), the short form does not.
  {
    canonical: 'tram bts',
    forms: ['bts', 'tram bts', 'tram thu phat song thong tin di dong', 'tram thu phat song di dong', 'tram thu phat song'],
  },
  { canonical: 'chuyen doi so', forms: ['cds'] },
  { canonical: 'uy ban nhan dan', forms: ['ubnd'] },
  { canonical: 'hoi dong nhan dan', forms: ['hdnd'] },
  { canonical: 'quoc gia', forms: ['qg'] },
  { canonical: 'van hoa thong tin', forms: ['vhtt'] },
  { canonical: 'co quan nha nuoc', forms: ['cqnn'] },
  { canonical: 'co quan hanh chinh nha nuoc', forms: ['cqhcnn'] },
  { canonical: 'ho so', forms: ['hs'] },
  { canonical: 'so luong', forms: ['sl'] },
  { canonical: 'ket qua', forms: ['kq'] },
  { canonical: 'chu ky so', forms: ['cks'] },
  { canonical: 'chung thu so', forms: ['cts'] },
  { canonical: 'an toan thong tin', forms: ['attt'] },
  { canonical: 'co so du lieu', forms: ['csdl'] },
  { canonical: 'he thong thong tin', forms: ['httt'] },
  { canonical: 'khoa hoc va cong nghe', forms: ['khcn', 'kh cn', 'kh va cn', 'khoa hoc cong nghe'] },
  { canonical: 'thong tin dien tu', forms: ['ttdt'] },
  { canonical: 'thuong mai dien tu', forms: ['tmdt'] },
  { canonical: 'doanh nghiep', forms: ['dn'] },
  { canonical: 'don vi tinh', forms: ['dvt'] },
  { canonical: 'can bo cong chuc vien chuc', forms: ['cbccvc', 'cb cc vc'] },
  { canonical: 'trung tam hanh chinh cong', forms: ['tthcc'] },
  { canonical: 'muc do 3', forms: ['md3', 'md 3', 'muc 3'] },
  { canonical: 'muc do 4', forms: ['md4', 'md 4', 'muc 4'] },
  {
    canonical: 'ioc',
    forms: [
      'trung tam giam sat dieu hanh do thi thong minh',
      'trung tam giam sat dieu hanh thong minh',
      'trung tam dieu hanh do thi thong minh',
      'trung tam dieu hanh thong minh',
    ],
  },
];

type Form = { tokens: string[]; canonical: string[] };
// Longest forms first, so "dvc truc tuyen" wins over "dvc".
const FORMS: Form[] = ENTRIES.flatMap((e) =>
  [e.canonical, ...e.forms].map((f) => ({ tokens: f.split(' '), canonical: e.canonical.split(' ') })),
).sort((a, b) => b.tokens.length - a.tokens.length);

function formAt(tokens: string[], at: number): Form | null {
  return FORMS.find((f) => f.tokens.every((t, k) => tokens[at + k] === t)) ?? null;
}

/** Appends a canonical form, skipping what the key already ends with ("trạm BTS" after "trạm thu phát sóng"). */
function appendMerged(out: string[], words: string[]): void {
  for (let overlap = Math.min(out.length, words.length); overlap > 0; overlap--) {
    if (words.slice(0, overlap).every((w, k) => out[out.length - overlap + k] === w)) {
      out.push(...words.slice(overlap));
      return;
    }
  }
  out.push(...words);
}

/**
 * Expands report abbreviations in a folded key to one canonical wording.
 * @example expandAbbreviations('cong dvc qg') // "cong dich vu cong quoc gia"
 * @example expandAbbreviations('so tram thu phat song thong tin di dong bts') // "so tram bts"
 */
export function expandAbbreviations(foldedKey: string): string {
  const tokens = foldedKey.split(' ').filter((t) => t !== '');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const form = formAt(tokens, i);
    if (form) {
      appendMerged(out, form.canonical);
      i += form.tokens.length;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return out.join(' ');
}
