/*
 * Abbreviations units write in ICT reports, on folded tokens. Matching-specific (could move to text/ once it has
 * expandAbbreviations): the expansion only has to make a label and a catalog form share tokens.
 * Ambiguous short forms ("TT" thông tin / trung tâm, "BC" báo cáo / bưu chính, "DT" điện thoại / điện tử) are
 * left alone on purpose: a wrong expansion would make a wrong match.
 */
const EXPANSIONS: Record<string, string> = {
  // two-token forms first: "TT&TT" folds to "tt tt"
  'tt tt': 'thong tin truyen thong',
  'tt va tt': 'thong tin truyen thong',
  'cntt vt': 'cong nghe thong tin vien thong',
  'e mail': 'thu dien tu',
  'wi fi': 'wifi',
  'dv bcci': 'dich vu buu chinh cong ich',
  'tr d': 'trieu dong',
  // "BTS" alone means the station: "Trạm BTS", "Số BTS", "BTS" are one thing
  'tram bts': 'tram bts',
  bts: 'tram bts',
  tttt: 'thong tin truyen thong',
  cntt: 'cong nghe thong tin',
  dvctt: 'dich vu cong truc tuyen',
  dvc: 'dich vu cong',
  dv: 'dich vu',
  tthc: 'thu tuc hanh chinh',
  bcci: 'buu chinh cong ich',
  dvbcci: 'dich vu buu chinh cong ich',
  bcvt: 'buu chinh vien thong',
  tb: 'thue bao',
  tbdd: 'thue bao di dong',
  dtdd: 'dien thoai di dong',
  dttm: 'dien thoai thong minh',
  smartphone: 'dien thoai thong minh',
  cds: 'chuyen doi so',
  ubnd: 'uy ban nhan dan',
  qg: 'quoc gia',
  cnscd: 'cong nghe so cong dong',
  cns: 'cong nghe so',
  ttdt: 'thong tin dien tu',
  'tt dt': 'thong tin dien tu',
  hs: 'ho so',
  sl: 'so luong',
  kq: 'ket qua',
  vb: 'van ban',
  vbdt: 'van ban dien tu',
  csdl: 'co so du lieu',
  hntt: 'hoi nghi truc tuyen',
  hnth: 'hoi nghi truyen hinh',
  hnthtt: 'hoi nghi truyen hinh truc tuyen',
  tmdt: 'thuong mai dien tu',
  hgd: 'ho gia dinh',
  ttcs: 'thong tin co so',
  md: 'muc do',
  tslcd: 'truyen so lieu chuyen dung',
  tsl: 'truyen so lieu',
  vphc: 'vi pham hanh chinh',
  cbcc: 'can bo cong chuc',
  cbccvc: 'can bo cong chuc vien chuc',
  cts: 'chung thu so',
  cks: 'chu ky so',
  cq: 'co quan',
  cqnn: 'co quan nha nuoc',
  dn: 'doanh nghiep',
  email: 'thu dien tu',
  online: 'truc tuyen',
  ftth: 'cap quang',
  trd: 'trieu dong',
  tl: 'ty le',
  bdvhx: 'buu dien van hoa xa',
};

const PAIRS = new Map<string, string>();
const SINGLES = new Map<string, string>();
for (const [form, expansion] of Object.entries(EXPANSIONS)) (form.includes(' ') ? PAIRS : SINGLES).set(form, expansion);
/** First words of the multi-word forms: only a token starting one needs the two- and three-word lookups. */
const PAIR_HEADS = new Set([...PAIRS.keys()].map((form) => form.split(' ')[0]));

/** "md3" → "md 3": letters glued to a level digit, but never "4g"/"3g" where the digit comes first. */
function splitGluedLevel(token: string, into: string[]): void {
  const last = token.charCodeAt(token.length - 1);
  const glued = last >= 48 && last <= 57 ? /^([a-z]+)(\d+)$/.exec(token) : null;
  if (glued && SINGLES.has(glued[1])) into.push(glued[1], glued[2]);
  else into.push(token);
}

/**
 * Expands report abbreviations in a folded key.
 * @example expandAbbreviations('so tb di dong') // "so thue bao di dong"
 * @example expandAbbreviations('dvc md3') // "dich vu cong muc do 3"
 */
export function expandAbbreviations(folded: string): string {
  const tokens: string[] = [];
  for (const token of folded.split(' ')) if (token) splitGluedLevel(token, tokens);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PAIR_HEADS.has(tokens[i])) {
      out.push(SINGLES.get(tokens[i]) ?? tokens[i]);
      continue;
    }
    const three = PAIRS.get(tokens.slice(i, i + 3).join(' '));
    if (three && i + 2 < tokens.length) {
      out.push(three);
      i += 2;
      continue;
    }
    const pair = i + 1 < tokens.length ? PAIRS.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (pair) {
      out.push(pair);
      i += 1;
      continue;
    }
    out.push(SINGLES.get(tokens[i]) ?? tokens[i]);
  }
  return out.join(' ');
}
