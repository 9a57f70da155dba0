import { BEFORE_2025_07, SINCE_2025_07 } from './gazetteer-data';
import { kindOfLetter, UNIT_KINDS, type UnitKind } from './kinds';
import { nameKey } from './keys';
import type { PackedEra } from './packed';

/** Before 1 July 2025 the districts reported to the province; since, the communes, wards and special zones. */
export type Era = 'before' | 'since';

/** One unit of the official list. */
export type OfficialUnit = {
  /** The General Statistics Office's code: 3 digits for a district, 5 for a commune. */
  code: string;
  /** Official name with its kind: "Huyện Bù Đốp". */
  name: string;
  kind: UnitKind;
  /** The name without its kind: "Bù Đốp". */
  proper: string;
  era: Era;
  /** The province's name. */
  province: string;
};

export type Province = {
  code: string;
  /** "Bình Phước", "Hồ Chí Minh". */
  name: string;
  /** "Tỉnh Bình Phước", "Thành phố Hồ Chí Minh". */
  fullName: string;
  era: Era;
  /** Since the reform: the former provinces it was formed from (Đồng Nai ← Bình Phước, Đồng Nai). */
  formedFrom: string[];
  /** In official code order. */
  units: OfficialUnit[];
};

const PACKED: Record<Era, PackedEra> = { before: BEFORE_2025_07, since: SINCE_2025_07 };

/** Where the lists come from, for notes and the about box. */
export const GAZETTEER_SOURCE = {
  before: { validUntil: BEFORE_2025_07.validUntil ?? '2025-06-30', asOf: BEFORE_2025_07.asOf },
  since: { validFrom: SINCE_2025_07.validFrom ?? '2025-07-01', asOf: SINCE_2025_07.asOf },
  credit: 'General Statistics Office of Viet Nam, via thanglequoc/vietnamese-provinces-database (MIT licence)',
} as const;

function unpackProvince(line: string, era: Era, codeLength: number): Province {
  const [code, name, fullName, formedFrom, packedUnits] = line.split('|');
  let previous = 0;
  const units = packedUnits.split(';').map((packed): OfficialUnit => {
    const m = /^(\d*)([A-Z])(.*)$/.exec(packed);
    const kind = m ? kindOfLetter(m[2]) : undefined;
    if (!m || !kind) throw new Error(`gazetteer: bad entry "${packed}"`);
    previous += m[1] === '' ? 1 : Number(m[1]);
    const proper = m[3];
    return {
      code: String(previous).padStart(codeLength, '0'),
      name: `${UNIT_KINDS[kind].label} ${proper}`,
      kind,
      proper,
      era,
      province: name,
    };
  });
  return { code, name, fullName, era, formedFrom: formedFrom ? formedFrom.split(',') : [], units };
}

const unpacked: Partial<Record<Era, Province[]>> = {};

/**
 * Every province of an era, in code order; unpacked on first use (about 4,000 units, a few milliseconds).
 * @example provincesOf('before').length // 63
 */
export function provincesOf(era: Era): Province[] {
  let list = unpacked[era];
  if (!list) {
    const packed = PACKED[era];
    list = packed.provinces.map((line) => unpackProvince(line, era, packed.codeLength));
    unpacked[era] = list;
  }
  return list;
}

// Names people write for a province besides its own ("TP.HCM", "Sài Gòn", "BR-VT", "Thừa Thiên Huế").
const ALIASES: Record<string, string> = {
  hcm: 'hochiminh',
  tphcm: 'hochiminh',
  saigon: 'hochiminh',
  brvt: 'bariavungtau',
  thuathienhue: 'hue',
};

/** A province name as typed, reduced to its key: "Tỉnh Bình Phước", "binh phuoc", "TP. Hồ Chí Minh" → name keys. */
export function provinceKey(text: string): string {
  const key = nameKey(
    text.replace(/^\s*(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/iu, '').replace(/\s+(province|city)\s*$/i, ''),
  );
  const bare = key.replace(/^(tinh|thanhpho|tp)(?=.{3,})/, '');
  return ALIASES[bare] ?? bare;
}

/**
 * The province of an era named by a text, however it is written; null when none is.
 * @example findProvince('tinh binh phuoc', 'before')?.name // "Bình Phước"
 */
export function findProvince(text: string, era: Era): Province | null {
  const key = provinceKey(text);
  if (key === '') return null;
  return provincesOf(era).find((p) => nameKey(p.name) === key) ?? null;
}

/**
 * The new-era province a former province became part of (Bình Phước → Đồng Nai).
 * @example successorOf('Bình Phước')?.name // "Đồng Nai"
 */
export function successorOf(former: string): Province | null {
  const key = provinceKey(former);
  return provincesOf('since').find((p) => p.formedFrom.some((f) => nameKey(f) === key)) ?? null;
}

/** Every province name of both eras, once each, in Vietnamese alphabetical order (for a picker). */
export function provinceNames(): string[] {
  const seen = new Map<string, string>();
  for (const era of ['since', 'before'] as const)
    for (const p of provincesOf(era)) if (!seen.has(nameKey(p.name))) seen.set(nameKey(p.name), p.name);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}
