import { splitOfficialName, type UnitKind } from './kinds';
import { nameKey, tonedKey } from './keys';
import type { Era, OfficialUnit } from './gazetteer';

/** One unit that reports may name: from the gazetteer (with its code) or a line of a units list. */
export type DirectoryUnit = {
  /** The name the summary gives the unit: the official name, or the units-list line as written. */
  name: string;
  /** Null for a list line without a kind word ("Lộc Ninh"), which fits every kind written. */
  kind: UnitKind | null;
  /** The name without its kind. */
  proper: string;
  key: string;
  /** tonedKey of the proper name, worked out on first use (tonedOf): most names never need it. */
  toned?: string;
  code?: string;
  era?: Era;
  /** Position in the official order (code order, or the list's order). */
  order: number;
};

/** The units a consolidation expects, indexed for recognition: a name costs one map lookup per word window. */
export type UnitDirectory = {
  units: DirectoryUnit[];
  byKey: Map<string, DirectoryUnit[]>;
  byCode: Map<string, DirectoryUnit>;
  /** Most words a proper name has (bounds the window scan). */
  maxWords: number;
  /** Digits of the codes (3 for districts, 5 for communes, 0 without codes). */
  codeLength: number;
  /** Answers already worked out, per reading mode and text (names repeat across sheets); filled by find.ts. */
  memo: Map<string, Map<string, unknown>>;
};

function entryOf(
  name: string,
  kind: UnitKind | null,
  proper: string,
  order: number,
  extra: { code?: string; era?: Era },
): DirectoryUnit {
  const unit: DirectoryUnit = { name, kind, proper, key: nameKey(proper), order };
  if (extra.code) unit.code = extra.code;
  if (extra.era) unit.era = extra.era;
  return unit;
}

/** The proper name with its diacritics and one tone placement, what tells "Tân Thành" and "Tân Thạnh" apart. */
export function tonedOf(unit: DirectoryUnit): string {
  return (unit.toned ??= tonedKey(unit.proper));
}

function index(units: DirectoryUnit[]): UnitDirectory {
  const byKey = new Map<string, DirectoryUnit[]>();
  const byCode = new Map<string, DirectoryUnit>();
  let maxWords = 1;
  let codeLength = 0;
  for (const u of units) {
    if (u.key === '') continue;
    const same = byKey.get(u.key);
    if (same) same.push(u);
    else byKey.set(u.key, [u]);
    if (u.code) {
      byCode.set(u.code, u);
      codeLength = Math.max(codeLength, u.code.length);
    }
    maxWords = Math.max(maxWords, u.proper.split(/[\s\-–]+/).filter(Boolean).length);
  }
  return { units, byKey, byCode, maxWords, codeLength, memo: new Map() };
}

/**
 * A directory of official units (one province, one or both eras), in the order given.
 * @example directoryOfUnits(provincesOf('before')[0].units).units[0].name // "Quận Ba Đình"
 */
export function directoryOfUnits(units: OfficialUnit[]): UnitDirectory {
  return index(units.map((u, i) => entryOf(u.name, u.kind, u.proper, i, { code: u.code, era: u.era })));
}

/**
 * A directory of a units list (one name a line, as the user keeps it); each line that is an official unit of
 * `official` gets its code. The list's spelling stays the name the summary uses.
 * @example directoryOfList(['Huyện Bù Đốp', 'Lộc Ninh']).units[1].kind // null
 */
export function directoryOfList(names: string[], official: OfficialUnit[] = []): UnitDirectory {
  const officialByKey = new Map<string, OfficialUnit[]>();
  for (const u of official) officialByKey.set(nameKey(u.proper), [...(officialByKey.get(nameKey(u.proper)) ?? []), u]);
  return index(
    names.map((line, i) => {
      const name = line.normalize('NFC').trim();
      const split = splitOfficialName(name);
      const proper = split ? split.proper : name;
      const same = (officialByKey.get(nameKey(proper)) ?? []).filter((u) => !split || u.kind === split.kind);
      const match = same.length === 1 ? same[0] : same.find((u) => u.name === name);
      return entryOf(name, split?.kind ?? null, proper, i, match ? { code: match.code, era: match.era } : {});
    }),
  );
}
