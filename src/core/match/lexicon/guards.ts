import type { LabelKey, LabelKind } from '../label-key-type';

/*
 * Guards veto a label–form pair whatever the token score: in these reports one word or one digit turns an
 * indicator into another ("mức độ 3" / "mức độ 4", "tiếp nhận" / "trả kết quả", "Tỷ lệ ..." / "Số ...").
 */

/**
 * Word pairs that name different indicators; a label naming one side never matches a form naming the other. Where a
 * pair splits a whole into its parts (`parts`), a label naming one side is a part of an indicator that names neither:
 * "Mật độ thuê bao di động" is not the density of all telephones, "DVCTT một phần" not all online services.
 */
export const OPPOSITES: { name: string; nameEn: string; a: RegExp; b: RegExp; parts?: true }[] = [
  {
    name: 'tiếp nhận / trả kết quả',
    nameEn: 'received / returned',
    a: /\btiep nhan\b|\bnhan qua\b|\bho so nhan\b/,
    b: /\btra ket qua\b|\btra qua\b|\bchuyen tra\b|\bho so tra\b/,
  },
  // A generation, a BTS station or coverage is mobile by nature.
  {
    name: 'di động / cố định',
    nameEn: 'mobile / fixed',
    a: /\bdi dong\b|\b[2-5]g\b|\btram bts\b|\bphu song\b/,
    b: /\bco dinh\b/,
    parts: true,
  },
  {
    name: 'điện thoại / Internet',
    nameEn: 'telephone / Internet',
    a: /\bdien thoai\b/,
    b: /\binternet\b|\bbang rong\b/,
  },
  {
    name: 'một phần / toàn trình',
    nameEn: 'partly / fully online',
    a: /\bmot phan\b|\bmuc do 3\b/,
    b: /\btoan trinh\b|\bmuc do 4\b/,
    parts: true,
  },
  {
    name: 'văn bản đi / đến',
    nameEn: 'documents sent / received',
    a: /\bvan ban (?:\S+ )?di\b/,
    b: /\bvan ban (?:\S+ )?den\b/,
  },
  {
    name: 'trực tuyến / bưu chính công ích',
    nameEn: 'online / public postal service',
    a: /\btruc tuyen\b|\bcong dich vu cong\b|\bmoi truong mang\b/,
    b: /\bbuu chinh cong ich\b|\bbuu dien\b/,
  },
  {
    name: 'trực tuyến / trực tiếp',
    nameEn: 'online / in person',
    a: /\btruc tuyen\b|\bcong dich vu cong\b|\bmoi truong mang\b/,
    b: /\btruc tiep\b/,
  },
  { name: 'có dây / thông minh', nameEn: 'wired / smart', a: /\bco day\b/, b: /\bthong minh\b|\bip\b|\bkhong day\b/ },
  {
    name: 'trực tuyến / không giấy',
    nameEn: 'online / paperless',
    a: /\btruc tuyen\b|\btruyen hinh\b/,
    b: /\bkhong giay\b/,
  },
  {
    name: 'số tiền / số quyết định',
    nameEn: 'amount of money / number of decisions',
    a: /\btien\b/,
    b: /\bquyet dinh\b/,
  },
  {
    name: 'bưu chính / viễn thông',
    nameEn: 'postal / telecommunications',
    a: /\bbuu chinh\b|\bbuu dien\b|\bbuu cuc\b/,
    b: /\bvien thong\b/,
  },
  {
    name: 'truyền thanh / trang thông tin điện tử',
    nameEn: 'radio / website',
    a: /\btruyen thanh\b|\bphat thanh\b|\bloa\b/,
    b: /\b(?:cong|trang) thong tin dien tu\b|\bwebsite\b/,
  },
  { name: 'tổ / thành viên', nameEn: 'teams / members', a: /^(?:so )?to\b/, b: /\bthanh vien\b/ },
  { name: 'điện tử / giấy', nameEn: 'electronic / paper', a: /\bdien tu\b/, b: /\b(?:giay|ban giay)\b/ },
  { name: 'miễn phí / thu phí', nameEn: 'free / paid', a: /\bmien phi\b/, b: /\bthu phi\b|\bco phi\b/ },
];

/**
 * Words that add a meaning no form without them has: another sector, a change instead of a stock, a plan,
 * an average. A label with one of these matches only forms that say it too.
 */
export const QUALIFIERS = [
  'phat trien moi',
  'xay moi',
  'xay dung moi',
  'lap dat moi',
  'lap moi',
  'tang them',
  'tang moi',
  'so voi',
  'cung ki',
  'ke hoach',
  'chi tieu giao',
  'chua',
  'ngung',
  'thu hoi',
  'binh quan',
  'trung binh',
  'ngheo',
  'truy cap',
  'van hoa',
  'the thao',
  'du lich',
  'y te',
  'giao duc',
  'nong nghiep',
  'kinh phi',
  'ngan sach',
  'tai chinh',
  'lao dong',
  'moi truong',
  'tai nguyen',
  'quoc phong',
  'ton giao',
  'dan toc',
  'hoc sinh',
  'truong hoc',
  'benh vien',
  // A part of the whole: women, the trained, the newly issued, the international mail, prepaid or postpaid lines.
  'nu',
  'tap huan',
  'quoc te',
  'trong nuoc',
  'tra truoc',
  'tra sau',
  'truc tiep',
  'trinh do',
  'dai hoc',
  // A target, not a result.
  'muc tieu',
  'du kien',
  'phan dau',
  'dinh huong',
  // A state that removes things from the count: broken, cancelled, cut, closed, locked, lost, faulty.
  'bi',
  'hong',
  'huy',
  'cat',
  'dong cua',
  'giai the',
  'tam dung',
  'khoa',
  'mat song',
  'loi',
  'khong',
  'tre han',
  'qua han',
].map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase}\\b`), unless: null as RegExp | null }));

// Newly issued is a part of a stock ("tài khoản VNeID cấp mới trong kỳ"), but the count itself of an indicator of what
// was issued ("Số chứng thư số đã cấp").
QUALIFIERS.push({ phrase: 'cap moi', pattern: /\b(?:duoc )?cap moi\b|\bmoi (?:duoc )?cap\b/, unless: /\bcap\b/ });

// "Bưu điện văn hóa xã" is a kind of postal point, not the culture sector; "môi trường mạng" is online, not the
// environment sector.
const NOT_A_SECTOR = /\bbuu dien van hoa(?: (?:xa|phuong|thi tran))?\b|\bmoi truong mang\b/g;

/** Precomputed guard facts of one key. */
export type GuardFacts = {
  sides: ('a' | 'b' | 'ab' | '')[];
  qualifiers: Set<string>;
};

/** Reads which side of each opposite pair and which qualifiers a key names. */
export function guardFacts(key: string): GuardFacts {
  const sides = OPPOSITES.map(({ a, b }) => {
    const hasA = a.test(key);
    const hasB = b.test(key);
    return hasA && hasB ? 'ab' : hasA ? 'a' : hasB ? 'b' : '';
  });
  const plain = key.replace(NOT_A_SECTOR, ' ');
  const qualifiers = new Set(QUALIFIERS.filter(({ pattern }) => pattern.test(plain)).map(({ phrase }) => phrase));
  return { sides, qualifiers };
}

/** What the guards know of a catalog form, beyond its key. */
export type FormFacts = {
  label: LabelKey;
  facts: GuardFacts;
  /** The indicator's kind from its measure: "%" is a rate, "/100 dân" or a ratio a density, else a count. */
  kind: LabelKind;
  /** The indicator is a total that others are parts of ("trong đó" labels never match it). */
  isWhole: boolean;
  /** The sides its wordings name together, per opposite pair (a side only one wording names counts for all). */
  indicatorSides?: GuardFacts['sides'];
};

/** Why a guard vetoed a label–form pair, for the person who checks. */
export type Veto = { vi: string; en: string };

/**
 * The reason a label may not match a form, or null when no guard vetoes it.
 * @example vetoReason(label('Số trạm BTS 5G'), form('Số trạm BTS'))?.vi // "khác con số/mức độ («5g» / «—»)"
 */
export function vetoReason(label: LabelKey, labelFacts: GuardFacts, form: FormFacts): Veto | null {
  if (label.digits !== form.label.digits) {
    const [mine, theirs] = [label.digits || '—', form.label.digits || '—'];
    return {
      vi: `khác con số/mức độ («${mine}» / «${theirs}»)`,
      en: `another number or level ("${mine}" / "${theirs}")`,
    };
  }
  if (label.period !== null && form.label.period !== null && label.period !== form.label.period) {
    return { vi: 'khác kỳ báo cáo', en: 'another period' };
  }
  // A label that says neither "Tỷ lệ" nor "Mật độ" counts something: it never matches a rate or a density.
  const labelKind = label.kind ?? 'count';
  if (labelKind !== form.kind) {
    return {
      vi: `khác loại số liệu (${KIND_WORDS[labelKind].vi} / ${KIND_WORDS[form.kind].vi})`,
      en: `another kind of figure (${KIND_WORDS[labelKind].en} / ${KIND_WORDS[form.kind].en})`,
    };
  }
  // "Số xã có điểm BĐVHX" counts communes, "Tỷ lệ hộ gia đình có điện thoại thông minh" is a rate of households.
  if (label.headClause && label.head !== null && form.label.head !== null && label.head !== form.label.head) {
    return {
      vi: `đếm «${label.head}», chỉ tiêu đếm «${form.label.head}»`,
      en: `counts "${label.head}", the indicator counts "${form.label.head}"`,
    };
  }
  if (label.partOf && form.isWhole) {
    return {
      vi: 'dòng "trong đó" là một phần, không phải chỉ tiêu tổng',
      en: 'an "of which" row is a part, not the total',
    };
  }
  for (let i = 0; i < OPPOSITES.length; i++) {
    const mine = labelFacts.sides[i];
    // A wording that names neither side stands for its indicator, whose other wordings may name one ("Số thuê bao di
    // động" of an indicator also written "Số thuê bao điện thoại di động" is about telephones, not the Internet).
    const theirs = form.facts.sides[i] || (form.indicatorSides?.[i] ?? '');
    if (mine !== '' && theirs !== '' && mine !== theirs) {
      return { vi: `nghĩa khác nhau (${OPPOSITES[i].name})`, en: `different meaning (${OPPOSITES[i].nameEn})` };
    }
    if (OPPOSITES[i].parts && (mine === 'a' || mine === 'b') && theirs === '') {
      return {
        vi: `chỉ là một phần của chỉ tiêu (${OPPOSITES[i].name})`,
        en: `only a part of the indicator (${OPPOSITES[i].nameEn})`,
      };
    }
  }
  for (const phrase of labelFacts.qualifiers) {
    if (form.facts.qualifiers.has(phrase) || UNLESS.get(phrase)?.test(form.label.key)) continue;
    return { vi: `có thêm «${phrase}»`, en: `adds "${phrase}"` };
  }
  return null;
}

const UNLESS = new Map(QUALIFIERS.filter((q) => q.unless !== null).map((q) => [q.phrase, q.unless as RegExp]));

const KIND_WORDS: Record<LabelKind, Veto> = {
  rate: { vi: 'tỷ lệ', en: 'rate' },
  density: { vi: 'mật độ', en: 'density' },
  count: { vi: 'số lượng', en: 'count' },
};
