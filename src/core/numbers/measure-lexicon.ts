/**
 * What measures (ĐVT) count, as data: the written forms offices use for each thing counted, folded (lower case, no
 * diacritics, đ → d). A measure is read by its longest leading form ("tram bts" → stations). Kept apart from the
 * code that reads it so an entry is added with its test, not as a special case.
 */

/** A thing a measure counts. `decisive`: two different decisive things are a real mismatch (persons ≠ households). */
export type MeasureGroup = { id: string; kind: 'money' | 'percent' | 'count'; decisive: boolean; forms: string[] };

export const MEASURE_GROUPS: readonly MeasureGroup[] = [
  { id: 'money', kind: 'money', decisive: true, forms: ['dong', 'vnd', 'vn dong', 'd', 'viet nam dong'] },
  { id: 'percent', kind: 'percent', decisive: true, forms: ['%', 'ty le', 'ti le', 'ty le %', 'phan tram'] },
  {
    id: 'persons',
    kind: 'count',
    decisive: true,
    forms: [
      'nguoi',
      'nguoi dan',
      'nhan khau',
      'khau',
      'dan',
      'ca nhan',
      'can bo',
      'cong chuc',
      'vien chuc',
      'hoc vien',
      'lao dong',
      'nguoi dung',
    ],
  },
  { id: 'person_times', kind: 'count', decisive: false, forms: ['luot nguoi', 'luot', 'luot truy cap', 'nguoi luot'] },
  {
    id: 'households',
    kind: 'count',
    decisive: true,
    forms: ['ho', 'ho gia dinh', 'hgd', 'ho dan', 'gia dinh', 'ho dan cu'],
  },
  {
    id: 'subscribers',
    kind: 'count',
    decisive: true,
    forms: ['thue bao', 'tb', 'so thue bao', 'thue bao di dong', 'may dien thoai'],
  },
  { id: 'devices', kind: 'count', decisive: false, forms: ['may', 'may tinh', 'thiet bi', 'bo may tinh'] },
  {
    id: 'stations',
    kind: 'count',
    decisive: true,
    forms: ['tram', 'tram bts', 'tram phat song', 'tram thu phat song', 'tram thu phat song di dong'],
  },
  {
    id: 'points',
    kind: 'count',
    decisive: false,
    forms: ['diem', 'diem cau', 'diem phuc vu', 'diem buu dien', 'diem truy cap'],
  },
  {
    id: 'dossiers',
    kind: 'count',
    decisive: true,
    forms: ['ho so', 'bo ho so', 'hs', 'ho so tthc', 'ho so thu tuc hanh chinh'],
  },
  {
    id: 'procedures',
    kind: 'count',
    decisive: false,
    forms: ['thu tuc', 'tthc', 'thu tuc hanh chinh', 'dich vu', 'dvc', 'dvctt', 'dich vu cong'],
  },
  {
    id: 'occasions',
    kind: 'count',
    decisive: false,
    forms: [
      'cuoc',
      'dot',
      'lan',
      'buoi',
      'phien',
      'hoi nghi',
      'cuoc hop',
      'lop',
      'khoa',
      'khoa hoc',
      'cuoc thanh tra',
      'cuoc kiem tra',
      'chuong trinh',
    ],
  },
  { id: 'documents', kind: 'count', decisive: true, forms: ['van ban', 'vb', 'cong van'] },
  { id: 'news', kind: 'count', decisive: false, forms: ['tin', 'bai', 'tin bai', 'ban tin', 'bai viet'] },
  { id: 'mailboxes', kind: 'count', decisive: true, forms: ['hop thu', 'hop thu dien tu', 'email', 'hop thu cong vu'] },
  { id: 'accounts', kind: 'count', decisive: false, forms: ['tai khoan'] },
  { id: 'certificates', kind: 'count', decisive: true, forms: ['chung thu', 'chung thu so', 'chu ky so', 'cts'] },
  {
    id: 'communes',
    kind: 'count',
    decisive: true,
    forms: ['xa', 'phuong', 'xa phuong', 'thi tran', 'don vi hanh chinh'],
  },
  {
    id: 'villages',
    kind: 'count',
    decisive: true,
    forms: ['thon', 'ap', 'ban', 'to dan pho', 'khu pho', 'thon ban', 'thon to dan pho'],
  },
  { id: 'agencies', kind: 'count', decisive: false, forms: ['co quan', 'don vi', 'to chuc', 'co quan don vi'] },
  { id: 'enterprises', kind: 'count', decisive: true, forms: ['doanh nghiep', 'dn'] },
  { id: 'cameras', kind: 'count', decisive: true, forms: ['camera', 'mat camera', 'camera giam sat'] },
  {
    id: 'websites',
    kind: 'count',
    decisive: false,
    forms: ['trang', 'website', 'trang thong tin dien tu', 'cong thong tin'],
  },
  { id: 'systems', kind: 'count', decisive: false, forms: ['he thong', 'phan mem', 'ung dung', 'nen tang'] },
  { id: 'teams', kind: 'count', decisive: false, forms: ['to', 'doi', 'to cong nghe so'] },
  { id: 'radio', kind: 'count', decisive: false, forms: ['dai', 'dai truyen thanh', 'cum loa', 'loa'] },
  { id: 'postal_items', kind: 'count', decisive: false, forms: ['buu gui', 'buu pham', 'kien'] },
  { id: 'decisions', kind: 'count', decisive: false, forms: ['quyet dinh'] },
  { id: 'length', kind: 'count', decisive: true, forms: ['km', 'm', 'met'] },
  /** Generic classifiers: a piece of anything, never evidence for or against a thing. */
  { id: 'pieces', kind: 'count', decisive: false, forms: ['cai', 'chiec', 'bo', 'con'] },
];

/** Pairs of decisive groups that offices use for each other: neither the same nor a mismatch. */
export const NEAR_GROUPS: readonly [string, string][] = [
  ['persons', 'person_times'],
  ['dossiers', 'procedures'],
  ['subscribers', 'devices'],
];

/** Magnitude words and abbreviations before what a measure counts (folded), with their power of ten. */
export const MAGNITUDE_WORDS: readonly [string, number][] = [
  ['nghin', 3],
  ['ngan', 3],
  ['ng', 3],
  ['trieu', 6],
  ['tr', 6],
  ['ty', 9],
  ['ti', 9],
];

/** Denominators of a rate ("/100 dân", "/tháng"): a slash before anything else reads as "or" ("tin/bài"). */
export const PER_GROUPS: readonly { id: string; forms: string[] }[] = [
  { id: 'persons', forms: ['dan', 'nguoi', 'nguoi dan', 'dan so', 'nhan khau'] },
  { id: 'households', forms: ['ho', 'ho gia dinh', 'hgd', 'ho dan'] },
  { id: 'subscribers', forms: ['thue bao', 'tb'] },
  { id: 'month', forms: ['thang'] },
  { id: 'year', forms: ['nam'] },
  { id: 'day', forms: ['ngay'] },
  { id: 'area', forms: ['km2', 'km 2'] },
];
