/** The units as the per-unit sheet lists them: in official order, with their code and kind, those that sent nothing included. */
import type { Summary, UnitInfo } from '../model';
import { parseUnitPhrase, type UnitKind } from '../detect';

export type UnitEntry = {
  name: string;
  code?: string;
  kind: UnitKind | null;
  /** The unit's report; null for an expected unit that sent nothing. */
  info: UnitInfo | null;
};

/**
 * Official order: the order of the units' official codes when every unit has one, else the order of the expected
 * units list, else the order the reports were read in. Units outside the list (a name the reader could not place)
 * come last, so nobody is hidden.
 * @example unitsInOrder(summary).map((u) => u.name) // ["Huyện Bù Đốp", "Huyện Lộc Ninh", "Huyện Phú Riềng"]
 */
export function unitsInOrder(summary: Summary): UnitEntry[] {
  const read = new Map(summary.units.map((u) => [u.name, u]));
  const names = new Set([...(summary.expectedUnits ?? []), ...summary.missingUnits, ...summary.units.map((u) => u.name)]);
  const entries = [...names].map((name) => entry(name, read.get(name) ?? null));
  if (entries.length > 0 && entries.every((e) => e.code)) entries.sort((a, b) => compareCodes(a.code as string, b.code as string));
  return entries;
}

function entry(name: string, info: UnitInfo | null): UnitEntry {
  const kind = parseUnitPhrase(name)?.kind ?? null;
  return info?.code ? { name, code: info.code, kind, info } : { name, kind, info };
}

/** Codes are digit strings of one length ("25519"); compared as numbers when they are, else as text. */
function compareCodes(a: string, b: string): number {
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a.localeCompare(b);
}
