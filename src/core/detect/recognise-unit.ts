import {
  directoryOfList,
  findUnitName,
  nearestUnits,
  UNIT_KINDS,
  type DirectoryUnit,
  type NameHit,
  type PeriodEra,
  type ReadingMode,
  type UnitDirectory,
} from '../units';
import type { UnitCandidate, UnitEvidenceSource } from '../model';
import {
  bareUnitName,
  parseAnnexUnit,
  parseUnitFromName,
  parseUnitPhrase,
  placeOfDateLine,
  type UnitName,
} from './unit-name';

export type UnitRecognition = {
  /** Official spelling when the list matched, else the clean display name; null when nothing was found. */
  unit: string | null;
  from: UnitEvidenceSource;
  /** The text the name came from. */
  text: string;
  /** Whether an expected list was given and the name matched one unit of it. */
  matched: boolean;
  confidence: number;
  /** The unit's official code, when the list has codes. */
  code?: string;
  /**
   * With a list: 'official' (one unit of it), 'ambiguous' (a name several of its units share, left for a person),
   * 'unknown' (a unit none of its names is).
   */
  status?: 'official' | 'ambiguous' | 'unknown';
  /** Ambiguous: the units it may be; unknown: the nearest names of the list. */
  candidates?: UnitCandidate[];
};

export type UnitClues = { titleLines: string[]; signatureLines?: string[]; sheetName: string; fileName: string };

// The official list is indexed once per list, not once per sheet: 3,321 sheets against 3,321 names stay linear.
const listDirectories = new WeakMap<string[], UnitDirectory>();

function directoryOf(expected: string[] | UnitDirectory): UnitDirectory | null {
  if (!Array.isArray(expected)) return expected;
  if (expected.length === 0) return null;
  let dir = listDirectories.get(expected);
  if (!dir) listDirectories.set(expected, (dir = directoryOfList(expected)));
  return dir;
}

const candidate = (u: DirectoryUnit): UnitCandidate => ({
  name: u.name,
  ...(u.code ? { code: u.code } : {}),
  ...(u.era ? { era: u.era } : {}),
});

/**
 * Matches a recognised unit name to the official list: the kind written decides between kinds, diacritics between
 * names that share their letters; a name several units share → null.
 * @example matchUnitName('UBND HUYỆN BÙ ĐỐP', ['Huyện Bù Đốp', 'Huyện Lộc Ninh']) // { name: 'Huyện Bù Đốp', confidence: 1 }
 */
export function matchUnitName(
  name: string,
  expected: string[] | UnitDirectory,
): { name: string; confidence: number; code?: string } | null {
  const dir = directoryOf(expected);
  if (!dir) return null;
  const hit = findUnitName(name, dir, 'heading') ?? findUnitName(name, dir, 'name');
  if (!hit || hit.units.length !== 1) return null;
  const unit = hit.units[0];
  return { name: unit.name, confidence: confidenceOf(hit, unit), ...(unit.code ? { code: unit.code } : {}) };
}

function confidenceOf(hit: NameHit, unit: DirectoryUnit): number {
  const base = !hit.typed ? 0.85 : unit.kind === null ? 0.9 : 1;
  return hit.exact ? base : Math.round(base * 95) / 100;
}

/** `texts`: what names the unit, each with the whole line it was cut from (a date line for its place); read lazily. */
type Source = {
  from: Exclude<UnitEvidenceSource, 'none'>;
  texts: () => { text: string; line: string }[];
  mode: ReadingMode;
};

const asIs = (text: string) => ({ text, line: text });

/** Where offices write who reports, most trusted first; each read only when the ones before named nobody. */
function sourcesOf(input: UnitClues): Source[] {
  let titles: string[] | undefined;
  const titleLines = () =>
    (titles ??= input.titleLines
      .flatMap((l) => l.split('\n'))
      .map((l) => l.trim())
      .filter(Boolean));
  const signature = () => (input.signatureLines ?? []).map((l) => l.trim()).filter(Boolean);
  const places = () =>
    [...titleLines(), ...signature()].flatMap((line) => {
      const place = placeOfDateLine(line);
      return place === null ? [] : [{ text: place, line }];
    });
  return [
    { from: 'title', texts: () => titleLines().map(asIs), mode: 'heading' },
    { from: 'annex', texts: () => titleLines().map(asIs), mode: 'annex' },
    { from: 'signature', texts: () => signature().map(asIs), mode: 'heading' },
    { from: 'date', texts: places, mode: 'place' },
    { from: 'sheet', texts: () => [asIs(input.sheetName)], mode: 'name' },
    { from: 'file', texts: () => [asIs(input.fileName)], mode: 'name' },
  ];
}

const levelOf = (u: DirectoryUnit) => (u.kind ? UNIT_KINDS[u.kind].level : 0);

/** Every unit the texts of one source name; across lines, the finest level wins (a commune under its district). */
function readSource(source: Source, dir: UnitDirectory): { hit: NameHit; text: string } | null {
  const hits = source.texts().flatMap(({ text, line }) => {
    const hit = findUnitName(text, dir, source.mode, line);
    return hit ? [{ hit, text: line }] : [];
  });
  if (hits.length <= 1) return hits[0] ?? null;
  const finest = Math.max(...hits.map((h) => Math.max(...h.hit.units.map(levelOf))));
  const kept = hits.filter((h) => h.hit.units.some((u) => levelOf(u) === finest));
  const units = [...new Set(kept.flatMap((h) => h.hit.units.filter((u) => levelOf(u) === finest)))];
  return { hit: { ...kept[0].hit, units, exact: kept.every((h) => h.hit.exact) }, text: kept[0].text };
}

/** Keeps the units of the era the report's period falls in, when that leaves any. */
function ofEra(units: DirectoryUnit[], era: PeriodEra | null | undefined): DirectoryUnit[] {
  if (era !== 'before' && era !== 'since') return units;
  const kept = units.filter((u) => u.era === undefined || u.era === era);
  return kept.length > 0 ? kept : units;
}

/**
 * Recognises the reporting unit: the title block first (its heading, then an annex line naming whose report it
 * is), then the signature block, the place of the date line, the sheet name, the file name. With a list (or the
 * gazetteer's directory) the first source naming exactly one of its units wins; a source that names several is
 * narrowed by the later ones or flagged; `era` (of the report's period) prefers the units of its era.
 * @example recogniseUnit({ titleLines: ['UBND TỈNH BÌNH PHƯỚC', 'UBND HUYỆN BÙ ĐỐP'], sheetName: 'Sheet1', fileName: 'bc.xlsx' }).unit // "Huyện Bù Đốp"
 */
export function recogniseUnit(
  input: UnitClues,
  expected: string[] | UnitDirectory = [],
  era?: PeriodEra | null,
): UnitRecognition {
  const dir = directoryOf(expected);
  if (!dir) return recogniseWithoutList(input);
  let ruledOut: UnitName[] | undefined;
  let pending: { units: DirectoryUnit[]; from: Source['from']; text: string; written: string } | null = null;
  for (const source of sourcesOf(input)) {
    const read = readSource(source, dir);
    if (!read) continue;
    // "UBND HUYỆN LỘC NINH" rules out "Phường Lộc Ninh" for a file named loc-ninh.xlsx: the kind written decides.
    const written = source.from === 'title' ? [] : (ruledOut ??= kindsWritten(input));
    let units = ofEra(read.hit.units, era).filter(
      (u) => !written.some((w) => w.key === u.key && u.kind !== null && w.kind !== u.kind),
    );
    if (units.length === 0) continue;
    if (pending) {
      const narrowed = units.filter((u) => pending?.units.includes(u));
      if (narrowed.length === 0) continue;
      units = narrowed;
    }
    if (units.length === 1) {
      const unit = units[0];
      const confidence = confidenceOf(read.hit, unit);
      return {
        unit: unit.name,
        from: source.from,
        text: read.text,
        matched: true,
        confidence,
        status: 'official',
        ...(unit.code ? { code: unit.code } : {}),
      };
    }
    pending ??= { units, from: source.from, text: read.text, written: read.hit.written };
  }
  if (pending) {
    // Shown as the name they share ("Tân Tiến"), never as one of them.
    const propers = new Set(pending.units.map((u) => u.proper));
    const shown = propers.size === 1 ? pending.units[0].proper : pending.written;
    return {
      unit: shown,
      from: pending.from,
      text: pending.text,
      matched: false,
      confidence: 0.5,
      status: 'ambiguous',
      candidates: pending.units.map(candidate),
    };
  }
  const guess = recogniseWithoutList(input);
  if (guess.unit === null) return guess;
  const parsed = parseUnitPhrase(guess.unit) ?? bareUnitName(guess.unit);
  const nearest = parsed ? nearestUnits(parsed.name, parsed.kind, dir) : [];
  return { ...guess, status: 'unknown', candidates: nearest.map(candidate) };
}

/** The names the heading and the signature write with their kind ("UBND HUYỆN LỘC NINH"): what a bare name may not contradict. */
function kindsWritten(input: UnitClues): UnitName[] {
  const lines = [...input.titleLines.flatMap((l) => l.split('\n')), ...(input.signatureLines ?? [])];
  return lines.map((l) => parseUnitPhrase(l.trim())).filter((u): u is UnitName => u !== null && u.kind !== null);
}

/** Without a list: the first source that names a unit at all, read by its wording alone. */
function recogniseWithoutList(input: UnitClues): UnitRecognition {
  const titles = input.titleLines
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  const level = (u: UnitName) => (u.kind ? UNIT_KINDS[u.kind].level : 0);
  const headed = titles
    .map((text) => ({ text, unit: parseUnitPhrase(text) }))
    .filter((t): t is { text: string; unit: UnitName } => t.unit !== null)
    // Finest level first (a commune under its district), then in reading order.
    .sort((a, b) => level(b.unit) - level(a.unit));
  const readers: [Exclude<UnitEvidenceSource, 'none'>, () => { text: string; unit: UnitName | null }[]][] = [
    ['title', () => headed],
    ['annex', () => titles.map((text) => ({ text, unit: parseAnnexUnit(text) }))],
    ['signature', () => (input.signatureLines ?? []).map((l) => ({ text: l.trim(), unit: parseUnitPhrase(l.trim()) }))],
    ['sheet', () => [{ text: input.sheetName, unit: parseUnitFromName(input.sheetName) }]],
    ['file', () => [{ text: input.fileName, unit: parseUnitFromName(input.fileName) }]],
    ['date', () => titles.map((text) => ({ text, unit: bareOf(placeOfDateLine(text)) }))],
  ];
  for (const [from, read] of readers) {
    const found = read().find((r) => r.unit !== null && (from !== 'signature' || r.unit.kind !== null));
    if (found?.unit)
      return {
        unit: found.unit.display,
        from,
        text: found.text,
        matched: false,
        confidence: found.unit.kind ? 0.8 : 0.6,
      };
  }
  return { unit: null, from: 'none', text: '', matched: false, confidence: 0 };
}

function bareOf(place: string | null): UnitName | null {
  return place === null ? null : bareUnitName(place);
}
