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
  const codes = new Map((summary.expected ?? []).map((u) => [u.name, u.code]));
  const names = new Set([
    ...(summary.expected ?? []).map((u) => u.name),
    ...summary.missingUnits,
    ...summary.units.map((u) => u.name),
  ]);
  const entries = [...names].map((name) => entry(name, read.get(name) ?? null, codes.get(name)));
  if (entries.length > 0 && entries.every((e) => e.code))
    entries.sort((a, b) => compareCodes(a.code as string, b.code as string));
  return entries;
}

function entry(name: string, info: UnitInfo | null, listed: string | undefined): UnitEntry {
  const kind = parseUnitPhrase(name)?.kind ?? null;
  const code = info?.code ?? listed;
  return code ? { name, code, kind, info } : { name, kind, info };
}

/** Codes are digit strings of one length ("25519"); compared as numbers when they are, else as text. */
function compareCodes(a: string, b: string): number {
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? Number(a) - Number(b) : a.localeCompare(b);
}

/**
 * "93/95 đơn vị": the expected units that sent a report, out of all that must (a report of a unit on no list is not
 * one of them); without a list, every unit read.
 */
export function sentCount(summary: Summary): { sent: number; expected: number } {
  const expected = summary.expected?.length ?? summary.units.length + summary.missingUnits.length;
  return { sent: expected - summary.missingUnits.length, expected };
}

// A country-scale summary names 3,321 units on every sheet: their codes are looked up in one map per summary.
const codeMaps = new WeakMap<Summary, Map<string, string>>();

/** "Xã Tân Tiến - 25501": a name with its official code when the list gives one. */
export function withCode(summary: Summary, name: string, sep = ' - '): string {
  let codes = codeMaps.get(summary);
  if (!codes) {
    codes = new Map();
    for (const u of summary.expected ?? []) if (u.code) codes.set(u.name, u.code);
    for (const u of summary.units) if (u.code && !codes.has(u.name)) codes.set(u.name, u.code);
    codeMaps.set(summary, codes);
  }
  const code = codes.get(name);
  return code ? `${name}${sep}${code}` : name;
}
