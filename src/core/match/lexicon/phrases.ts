/*
 * One phrase-rewriting engine for the lexicon's abbreviations and synonyms: each entry maps its written forms (folded
 * token sequences) to one canonical wording, so a label and a catalog wording that mean the same share a key.
 */

/** A lexicon entry: every form is rewritten to `means`. `example` is a pair the entry must make equal (tested). */
export type PhraseEntry = {
  means: string;
  forms: string[];
  /** Never rewrite when the next folded token is one of these ("hộ kinh doanh" is not "hộ gia đình"). */
  notBefore?: string[];
  /** [as a unit writes it, as a catalog writes it]: the test holds their keys equal. */
  example: [string, string];
  /** Why, when the entry is not obvious. */
  note?: string;
};

type Form = { tokens: string[]; means: string[]; notBefore?: Set<string> };

export type PhraseTable = {
  /** Forms by their first token, longest first. */
  byHead: Map<string, Form[]>;
};

/** "md3" → "md 3": letters glued to a level digit ("mđ3"), never "4g"/"3g" where the digit comes first. */
function splitGlued(token: string, heads: { has(head: string): boolean }, into: string[]): void {
  const last = token.charCodeAt(token.length - 1);
  const glued = last >= 48 && last <= 57 ? /^([a-z]+)(\d+)$/.exec(token) : null;
  if (glued && heads.has(glued[1])) into.push(glued[1], glued[2]);
  else into.push(token);
}

/**
 * Indexes entries for rewriting. `canonical` brings a written form to the token spelling keys use ("ky" → "ki"),
 * so entries are written as people spell them.
 */
export function phraseTable(
  entries: readonly PhraseEntry[],
  canonical: (folded: string) => string = (s) => s,
): PhraseTable {
  const byHead = new Map<string, Form[]>();
  for (const entry of entries) {
    // An empty `means` drops the phrase ("(cố định và di động)": both sides named, the total is meant).
    const means = canonical(entry.means)
      .split(' ')
      .filter((t) => t !== '');
    const notBefore = entry.notBefore ? new Set(entry.notBefore.map(canonical)) : undefined;
    // Only the written forms: the canonical wording itself is left as it is, so a longer form can still begin inside it.
    for (const written of new Set(entry.forms.map(canonical).filter((f) => f !== ''))) {
      const tokens = written.split(' ');
      const list = byHead.get(tokens[0]) ?? [];
      list.push({ tokens, means, ...(notBefore ? { notBefore } : {}) });
      byHead.set(tokens[0], list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byHead };
}

function formAt(table: PhraseTable, tokens: string[], at: number): Form | null {
  const list = table.byHead.get(tokens[at]);
  if (!list) return null;
  for (const form of list) {
    if (at + form.tokens.length > tokens.length) continue;
    let same = true;
    for (let k = 1; k < form.tokens.length && same; k++) same = tokens[at + k] === form.tokens[k];
    if (!same) continue;
    const next = tokens[at + form.tokens.length];
    if (form.notBefore && next !== undefined && form.notBefore.has(next)) continue;
    return form;
  }
  return null;
}

/** Appends a canonical wording, skipping what the key already ends with ("trạm BTS" after "trạm thu phát sóng"). */
function appendMerged(out: string[], words: string[]): void {
  for (let overlap = Math.min(out.length, words.length); overlap > 0; overlap--) {
    let same = true;
    for (let k = 0; k < overlap && same; k++) same = out[out.length - overlap + k] === words[k];
    if (same) {
      for (let k = overlap; k < words.length; k++) out.push(words[k]);
      return;
    }
  }
  for (const word of words) out.push(word);
}

/**
 * How many of the words after a form its canonical wording already says: "tài khoản định danh" becomes "tài khoản
 * định danh điện tử", so an "điện tử" written next is not said twice.
 */
function alreadyMeant(form: Form, tokens: string[], from: number): number {
  for (let n = Math.min(form.means.length, tokens.length - from); n > 0; n--) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = tokens[from + k] === form.means[form.means.length - n + k];
    if (same) return n;
  }
  return 0;
}

/**
 * Rewrites every written form of a folded key to its canonical wording, longest form first.
 * @example rewritePhrases(table, 'so tb internet brcd') // "so thue bao internet bang rong co dinh"
 */
export function rewritePhrases(table: PhraseTable, folded: string): string {
  const tokens: string[] = [];
  for (const token of folded.split(' ')) if (token) splitGlued(token, table.byHead, tokens);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length;) {
    const form = formAt(table, tokens, i);
    if (form) {
      appendMerged(out, form.means);
      i += form.tokens.length + alreadyMeant(form, tokens, i + form.tokens.length);
      changed = true;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return changed ? out.join(' ') : tokens.join(' ');
}
