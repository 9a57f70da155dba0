import { decodeLegacy, removeDiacritics } from '../text';
import { tonedOf, type DirectoryUnit, type UnitDirectory } from './directory';
import { KIND_LIST, UNIT_KINDS, type UnitKind } from './kinds';
import { hasDiacritics, nameKey, tonedKey } from './keys';

/**
 * How a text names a unit:
 * - heading: a line of the title block or the signature ("UBND XÃ TÂN TIẾN", "Đơn vị: H. Lộc Ninh"), or an annex
 *   line ("Kèm theo Báo cáo số 12/BC-UBND của UBND xã Tân Tiến"); the kind must be written;
 * - name: a sheet or file name, with other words around the name ("BC_6T_xa_TanTien_gui_So"); a bare name counts;
 * - place: the place of a date line ("Tân Tiến" of "Tân Tiến, ngày 20 tháng 6 năm 2025"), all of it.
 */
export type ReadingMode = 'heading' | 'annex' | 'name' | 'place';

export type NameHit = {
  /** The units the text may name once the kind written and the diacritics have decided what they can: one, or several. */
  units: DirectoryUnit[];
  /** A kind word or a code was written, not only a bare name. */
  typed: boolean;
  /** The words that named it, as written. */
  written: string;
  /** The written name has the official diacritics (not only the same letters). */
  exact: boolean;
};

type Token = { folded: string; raw: string; dot: boolean };

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** "LocNinh" → Loc Ninh, "TXPhuocLong" → TX Phuoc Long, "Phuong7" → Phuong 7: how sheet and file names glue words. */
function splitGlued(word: string): string[] {
  return word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .split(' ');
}

function tokenize(text: string, glued: boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const pieces = glued ? splitGlued(m[0]) : [m[0]];
    const dot = text.charAt((m.index ?? 0) + m[0].length) === '.';
    pieces.forEach((raw, i) => tokens.push({ raw, folded: nameKey(raw), dot: dot && i === pieces.length - 1 }));
  }
  return tokens;
}

type KindWords = { kind: UnitKind; folded: string[]; toned: string[]; short: boolean };

// Longest first: "thị xã" is read before "xã", so a town is never taken for a commune.
const KIND_WORDS: KindWords[] = KIND_LIST.flatMap((kind) => {
  const { label, short } = UNIT_KINDS[kind];
  const words = label.toLowerCase().split(' ');
  return [
    { kind, folded: words.map(nameKey), toned: words, short: false },
    ...short.map((s) => ({ kind, folded: [s], toned: [s], short: true })),
  ];
}).sort((a, b) => b.folded.length - a.folded.length);

/** A kind word at token i: its kind and how many tokens it takes, or null. */
function kindAt(tokens: Token[], i: number, mode: ReadingMode): { kind: UnitKind; length: number } | null {
  for (const k of KIND_WORDS) {
    if (i + k.folded.length > tokens.length) continue;
    let ok = true;
    for (let j = 0; j < k.folded.length && ok; j++) {
      const t = tokens[i + j];
      // Written with its diacritics or with none at all: "Quản lý" folds like "Quận" but is not one.
      ok =
        t.folded === k.folded[j] && (k.short || t.raw.toLowerCase() === k.toned[j] || t.raw.toLowerCase() === t.folded);
    }
    if (!ok) continue;
    // "H.", "X.", "P.", "Q.": a single letter is a kind in a heading only with its dot.
    if (k.short && k.folded[0].length === 1 && mode !== 'name' && !tokens[i].dot) continue;
    return { kind: k.kind, length: k.folded.length };
  }
  return null;
}

const PREFIXES = [
  ['ubnd'],
  ['uy', 'ban', 'nhan', 'dan'],
  ['tm'],
  ['kt'],
  ['tl'],
  ['tuq'],
  ['ten', 'don', 'vi'],
  ['don', 'vi', 'bao', 'cao'],
  ['don', 'vi'],
];
const ANCHORS = [['cua'], ['tren', 'dia', 'ban'], ['dia', 'ban']];
const CODE_ANCHORS = [['ma', 'don', 'vi'], ['ma', 'dvhc'], ['ma', 'so'], ['ma']];

function wordsAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, j) => tokens[i + j]?.folded === w);
}

/** Skips "UBND", "TM.", "Đơn vị báo cáo:" and the like, in any number. */
function skipPrefixes(tokens: Token[], i: number): number {
  for (let moved = true; moved;) {
    moved = false;
    for (const p of PREFIXES) {
      if (wordsAt(tokens, i, p)) {
        i += p.length;
        moved = true;
        break;
      }
    }
  }
  return i;
}

type Found = { units: DirectoryUnit[]; typed: boolean; from: number; to: number; level: number };

function lookup(tokens: Token[], from: number, words: number, dir: UnitDirectory): DirectoryUnit[] {
  let key = '';
  for (let j = from; j < from + words; j++) key += tokens[j].folded;
  return dir.byKey.get(key) ?? [];
}

/** The longest name after a kind word at token i, of that kind (or of a list line without kind). */
function typedAt(tokens: Token[], i: number, dir: UnitDirectory, mode: ReadingMode): Found | null {
  const kind = kindAt(tokens, i, mode);
  if (!kind) return null;
  const start = i + kind.length;
  for (let words = Math.min(dir.maxWords + 1, tokens.length - start); words >= 1; words--) {
    const units = lookup(tokens, start, words, dir).filter((u) => u.kind === kind.kind || u.kind === null);
    if (units.length > 0)
      return { units, typed: true, from: start, to: start + words, level: UNIT_KINDS[kind.kind].level };
  }
  return null;
}

// Phrases of report titles, sheet and file names that are never part of a unit's name there ("BC", "báo cáo",
// "6 tháng đầu năm", "năm 2025", "gửi Sở"); "#" stands for a number. Single words stay: "Bảo Thắng" is a name.
const NOISE_PHRASES = [
  ['bao', 'cao'],
  ['baocao'],
  ['bc'],
  ['so', 'lieu'],
  ['ket', 'qua'],
  ['tong', 'hop'],
  ['du', 'lieu'],
  ['danh', 'sach'],
  ['phu', 'luc'],
  ['bieu', 'mau'],
  ['bieu', '#'],
  ['mau', '#'],
  ['gui', 'so'],
  ['sheet'],
  ['ubnd'],
  ['final'],
  ['copy'],
  ['#', 'thang'],
  ['thang', '#'],
  ['thang', 'dau'],
  ['thang', 'cuoi'],
  ['dau', 'nam'],
  ['cuoi', 'nam'],
  ['nam', '#'],
  ['quy', '#'],
  ['quy', 'i'],
  ['quy', 'ii'],
  ['quy', 'iii'],
  ['quy', 'iv'],
  ['#', 't'],
];

/** Which tokens belong to a noise phrase, and so to no bare name. */
function noiseOf(tokens: Token[]): boolean[] {
  const noise = tokens.map((t) => /^\d+$/.test(t.folded));
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of NOISE_PHRASES) {
      const fits = phrase.every((w, j) => {
        const t = tokens[i + j];
        return t !== undefined && (w === '#' ? /^\d+$/.test(t.folded) : t.folded === w);
      });
      if (fits) for (let j = 0; j < phrase.length; j++) noise[i + j] = true;
    }
  }
  return noise;
}

/** A bare name (no kind word before it) starting at token i: the longest window that is a unit's whole name. */
function bareAt(tokens: Token[], i: number, dir: UnitDirectory, whole: boolean, noise: boolean[]): Found | null {
  // "Xa Tan Tien" when the list has only "Phường Tân Tiến": the kind written rules the name out, never the reverse.
  if (i > 0 && (kindAt(tokens, i - 1, 'name') || (i > 1 && kindAt(tokens, i - 2, 'name')?.length === 2))) return null;
  const longest = whole ? tokens.length - i : Math.min(dir.maxWords + 1, tokens.length - i);
  for (let words = longest; words >= (whole ? longest : 1); words--) {
    if (!whole && noise.slice(i, i + words).some(Boolean)) continue;
    // A one-word name ("Láng", "1") is a unit only with its kind written, or as the whole place of a date line.
    const units = lookup(tokens, i, words, dir).filter((u) => whole || /\s/.test(u.proper.trim()));
    if (units.length > 0) return { units, typed: false, from: i, to: i + words, level: 0 };
  }
  return null;
}

/** A code the report gives ("Mã đơn vị: 25123", or a five-digit commune code in a file name). */
function codeAt(tokens: Token[], i: number, dir: UnitDirectory, mode: ReadingMode): Found | null {
  if (dir.codeLength === 0) return null;
  const anchor = CODE_ANCHORS.find((a) => wordsAt(tokens, i, a));
  const at = mode === 'name' && dir.codeLength === 5 ? i : anchor ? i + anchor.length : -1;
  const t = at >= 0 ? tokens[at] : undefined;
  if (!t || t.folded.length !== dir.codeLength || !/^\d+$/.test(t.folded)) return null;
  const unit = dir.byCode.get(t.folded);
  return unit
    ? { units: [unit], typed: true, from: at, to: at + 1, level: unit.kind ? UNIT_KINDS[unit.kind].level : 0 }
    : null;
}

function scan(tokens: Token[], dir: UnitDirectory, mode: ReadingMode): Found[] {
  if (mode === 'heading') {
    const start = skipPrefixes(tokens, 0);
    const typed = typedAt(tokens, start, dir, mode) ?? codeAt(tokens, start, dir, mode);
    return typed ? [typed] : [];
  }
  if (mode === 'annex') {
    const found: Found[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const anchor = ANCHORS.find((a) => wordsAt(tokens, i, a));
      const hit = anchor
        ? typedAt(tokens, skipPrefixes(tokens, i + anchor.length), dir, 'heading')
        : codeAt(tokens, i, dir, mode);
      if (hit) found.push(hit);
    }
    return found;
  }
  if (mode === 'place') {
    const start = skipPrefixes(tokens, 0);
    const typed = typedAt(tokens, start, dir, mode);
    if (typed && typed.to === tokens.length) return [typed];
    const bare = tokens.length > 0 ? bareAt(tokens, 0, dir, true, []) : null;
    return bare ? [bare] : [];
  }
  const typed: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = typedAt(tokens, i, dir, mode) ?? codeAt(tokens, i, dir, mode);
    if (hit) {
      typed.push(hit);
      i = hit.to - 1;
    }
  }
  if (typed.length > 0) return typed;
  const bare: Found[] = [];
  const noise = noiseOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const hit = bareAt(tokens, i, dir, false, noise);
    if (hit) {
      bare.push(hit);
      i = hit.to - 1;
    }
  }
  return bare;
}

/** Several readings: the finest level wins (a commune named under its district); what is left is every candidate. */
function settle(found: Found[], tokens: Token[], withDiacritics: boolean): NameHit | null {
  if (found.length === 0) return null;
  const finest = Math.max(...found.map((f) => f.level));
  const kept = found.filter((f) => f.level === finest);
  const units = [...new Set(kept.flatMap((f) => f.units))];
  const written = kept
    .map((f) =>
      tokens
        .slice(f.from, f.to)
        .map((t) => t.raw)
        .join(' '),
    )
    .join(' / ');
  const writtenToned = tonedKey(written);
  // "Tân Thành" and "Tân Thạnh" share their letters: the diacritics written decide, when the text carries some ("XA THANH
  // AN" may be Thanh An or Thạnh An; "XÃ THANH AN" is Thanh An).
  const toned = withDiacritics ? units.filter((u) => tonedOf(u) === writtenToned) : [];
  const decided = units.length > 1 && toned.length > 0 ? toned : units;
  return {
    units: decided,
    typed: kept.some((f) => f.typed),
    written,
    exact: decided.length === 1 && tonedOf(decided[0]) === writtenToned,
  };
}

// What a heading must start with (after "UBND", "TM.", "Đơn vị:"), and an annex line must hold, to name a unit: the
// title lines that do not (the national motto, "BÁO CÁO", the period) are answered without reading their words.
const KIND_START = `(?:${KIND_WORDS.map((k) => k.folded.join(' ') + (k.short && k.folded[0].length === 1 ? '\\s*\\.' : '\\b')).join('|')}|ma\\b)`;
const PREFIX_START = '(?:(?:ubnd|uy ban nhan dan|tm|kt|tl|tuq|ten don vi|don vi bao cao|don vi)\\b[\\s.:]*)*';
const HEADING_START = new RegExp(`^[\\s(\\-–]*${PREFIX_START}${KIND_START}`);
const ANNEX_WORDS = /\b(cua|dia ban|ma)\b/;

function mayName(text: string, mode: ReadingMode): boolean {
  if (mode !== 'heading' && mode !== 'annex') return true;
  const folded = removeDiacritics(text.toLowerCase());
  return mode === 'heading' ? HEADING_START.test(folded) : ANNEX_WORDS.test(folded);
}

/**
 * Finds the unit a text names among the directory's, the way `mode` says the text is read; null when it names
 * none of them. `line`: the whole line the text was cut from (a date line's place), whose diacritics tell whether
 * the writer uses any. Several units when the text cannot tell them apart (a bare name two kinds share, letters that only
 * diacritics separate): the caller flags them, never picks one.
 * @example findUnitName('UBND XÃ TÂN TIẾN', dir, 'heading')?.units[0].name // "Xã Tân Tiến"
 */
export function findUnitName(text: string, dir: UnitDirectory, mode: ReadingMode, line = text): NameHit | null {
  let memo = dir.memo.get(mode) as Map<string, NameHit | null> | undefined;
  if (!memo) dir.memo.set(mode, (memo = new Map<string, NameHit | null>()));
  const key = line === text ? text : `${text}\u0000${hasDiacritics(line)}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const hit = mayName(text, mode) ? read(text, dir, mode, line) : null;
  // Names repeat across sheets (the same title lines, the same file name for several sheets): each read once.
  if (memo.size > 20000) memo.clear();
  memo.set(key, hit);
  return hit;
}

function read(text: string, dir: UnitDirectory, mode: ReadingMode, line: string): NameHit | null {
  const readAs = (t: string) => {
    const clean = t.normalize('NFC');
    const tokens = tokenize(
      mode === 'name' ? clean.replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '') : clean,
      mode === 'name',
    );
    return settle(scan(tokens, dir, mode), tokens, hasDiacritics(line === text ? clean : line));
  };
  // A sheet or file name typed in a legacy font reads as Latin-1 ("X· T©n TiÕn"): decoded only when the text as it
  // stands names no unit, since real names in Latin-1 letters ("Ia Boòng") would be spoilt by a guessed decoding.
  const hit = readAs(text);
  if (hit || mode !== 'name') return hit;
  const decoded = decodeLegacy(text);
  return decoded.encoding !== 'unicode' ? readAs(decoded.text) : null;
}
