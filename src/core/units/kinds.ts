/**
 * The kinds of Vietnam's reporting units, with every way offices write them: the one table that the gazetteer,
 * unit-name recognition and the units list read.
 */

/** Administrative kind of a reporting unit; the kind word matters ("Xã Tân Phú" ≠ "Phường Tân Phú"). */
export type UnitKind = 'huyen' | 'thi_xa' | 'thanh_pho' | 'quan' | 'xa' | 'phuong' | 'thi_tran' | 'dac_khu';

type KindFacts = {
  /** As an official name writes it: "Thị xã". */
  label: string;
  /** Folded (no diacritics, lower case): "thi xa". */
  folded: string;
  /** One letter in the packed gazetteer module. */
  letter: string;
  /** Short forms in headings, sheet and file names ("TX", "H.", "X."), folded. */
  short: string[];
  /** District level (1) above commune level (2): in a heading naming both, the finer one reports. */
  level: 1 | 2;
};

export const UNIT_KINDS: Record<UnitKind, KindFacts> = {
  huyen: { label: 'Huyện', folded: 'huyen', letter: 'H', short: ['h'], level: 1 },
  thi_xa: { label: 'Thị xã', folded: 'thi xa', letter: 'T', short: ['tx'], level: 1 },
  thanh_pho: { label: 'Thành phố', folded: 'thanh pho', letter: 'C', short: ['tp'], level: 1 },
  quan: { label: 'Quận', folded: 'quan', letter: 'Q', short: ['q'], level: 1 },
  xa: { label: 'Xã', folded: 'xa', letter: 'X', short: ['x'], level: 2 },
  phuong: { label: 'Phường', folded: 'phuong', letter: 'P', short: ['p'], level: 2 },
  thi_tran: { label: 'Thị trấn', folded: 'thi tran', letter: 'N', short: ['tt'], level: 2 },
  dac_khu: { label: 'Đặc khu', folded: 'dac khu', letter: 'D', short: ['dk'], level: 2 },
};

export const KIND_LIST = Object.keys(UNIT_KINDS) as UnitKind[];

const BY_LETTER = new Map(KIND_LIST.map((k) => [UNIT_KINDS[k].letter, k]));
const BY_LABEL = new Map(KIND_LIST.map((k) => [UNIT_KINDS[k].label.toLowerCase(), k]));

export function kindOfLetter(letter: string): UnitKind | undefined {
  return BY_LETTER.get(letter);
}

/**
 * Splits an official name into its kind and proper name; the kind word is matched as written, any case.
 * @example splitOfficialName('Thị xã Phước Long') // { kind: 'thi_xa', proper: 'Phước Long' }
 */
export function splitOfficialName(name: string): { kind: UnitKind; proper: string } | null {
  const m = /^(thị xã|thành phố|thị trấn|đặc khu|huyện|quận|xã|phường)\s+(.+)$/iu.exec(name.normalize('NFC').trim());
  const kind = m ? BY_LABEL.get(m[1].toLowerCase()) : undefined;
  return m && kind ? { kind, proper: m[2].trim() } : null;
}
