import type { Candidate, Catalog, Indicator, MatchResult } from '../model';
import { normalizeText } from '../text';
import { guardFacts, vetoReason, type FormFacts, type GuardFacts } from './lexicon';
import { analyseLabel, foldMeasure, type LabelKey, type LabelKind } from './label-key';
import { notIndicatorReason } from './not-indicator';
import { editDistance, typoAllowance } from './similarity';

export type Matcher = {
  match(label: string): MatchResult;
  /**
   * A short sub-row that only narrows the row above ("- Toàn trình", "Trong đó: mức độ 4"): every word is catalog
   * vocabulary and one of them names few indicators. Such a label is read together with its parent row.
   */
  isQualifier(label: string): boolean;
};

/** A word in this many indicators or fewer tells them apart ("toàn trình", "cố định", "mức độ 4"). */
const DISCRIMINATING_INDICATORS = 3;

/** Below this similarity a label is not matched: a person decides. Measured on test/matching/labels.ts. */
export const MATCH_THRESHOLD = 0.8;
/** A label all of whose words sit in one indicator only, and in no other, needs less: "- Mức độ 3". */
export const FULL_COVERAGE_THRESHOLD = 0.75;
/** When the two best indicators are closer than this, the label is ambiguous and not matched. */
export const AMBIGUITY_MARGIN = 0.06;
/** A token matched through a typo counts for this share of its weight. */
const TYPO_CREDIT = 0.8;

/** One way of writing an indicator: its name or one of its aliases. */
type Form = FormFacts & { indicator: Indicator; text: string; isName: boolean };

/** `coverage`: the share of the label's weight the form explains (1 = every word of the label is in the form). */
type Scored = { form: Form; score: number; coverage: number; contained: boolean; veto: string | null };

/** Words that make a label a part or a variant of an indicator, not the indicator itself with a qualifier. */
const PART_WORDS = /\b(moi|trong do|rieng|chi|tang|giam|con lai|chua|khong|ngoai|binh quan|ke hoach|du kien|muc tieu|nu|nam|tre em)\b/;
/** A catalog form's words must carry most of the label's meaning for containment to count. */
const CONTAINED_SHARE = 0.55;


function indicatorKind(indicator: Indicator): LabelKind {
  if (indicator.unit.trim() === '%') return 'rate';
  const ratio = typeof indicator.aggregate === 'object' && 'ratio' in indicator.aggregate;
  return ratio || indicator.unit.includes('/') ? 'density' : 'count';
}

/** Ids of indicators that are totals of others: the target of an `lte` rule or the owner of a `sumOfLte`. */
function wholeIds(catalog: Catalog): Set<string> {
  const ids = new Set<string>();
  for (const indicator of catalog.indicators) {
    for (const rule of indicator.rules ?? []) {
      if ('lte' in rule) ids.add(rule.lte);
      else ids.add(indicator.id);
    }
  }
  return ids;
}

function formsOf(catalog: Catalog, measures: ReadonlySet<string>): Form[] {
  const wholes = wholeIds(catalog);
  return catalog.indicators.flatMap((indicator) =>
    [indicator.name, ...(indicator.aliases ?? [])].flatMap((text, n) => {
      const label = analyseLabel(text, measures);
      if (label.tokens.length === 0) return [];
      const form: Form = {
        indicator,
        text,
        isName: n === 0,
        label,
        facts: guardFacts(label.key),
        kind: indicatorKind(indicator),
        isWhole: wholes.has(indicator.id),
      };
      return [form];
    }),
  );
}

const score2 = (value: number): string => value.toFixed(2).replace('.', ',');
const rounded = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Builds a matcher over a catalog: labels → indicators with a confidence and a Vietnamese reason.
 * Low or ambiguous scores are never guessed: they come back `unmatched` with the best candidates.
 * @example createMatcher(defaultCatalog).match('1.2. Số trạm BTS (trạm)')
 * // { kind: 'matched', id: 'bts_stations', confidence: 1, reason: 'khớp bí danh «Số trạm BTS»', ... }
 */
export function createMatcher(catalog: Catalog): Matcher {
  const measures = new Set(catalog.indicators.map((indicator) => foldMeasure(indicator.unit)));
  const forms = formsOf(catalog, measures);

  // Inverse document frequency over indicators: a token in few indicators tells more than "hồ sơ" or "dịch vụ".
  const indicatorsByToken = new Map<string, Set<string>>();
  const formsByToken = new Map<string, number[]>();
  const formsByFingerprint = new Map<string, number[]>();
  const gluedPairs = new Map<string, [string, string]>();
  forms.forEach((form, index) => {
    for (const token of form.label.tokens) {
      if (!indicatorsByToken.has(token)) indicatorsByToken.set(token, new Set());
      indicatorsByToken.get(token)?.add(form.indicator.id);
      const withToken = formsByToken.get(token);
      if (withToken) withToken.push(index);
      else formsByToken.set(token, [index]);
    }
    const same = formsByFingerprint.get(form.label.fingerprint);
    if (same) same.push(index);
    else formsByFingerprint.set(form.label.fingerprint, [index]);
    const words = form.label.key.split(' ');
    for (let i = 0; i + 1 < words.length; i++) gluedPairs.set(words[i] + words[i + 1], [words[i], words[i + 1]]);
  });
  const indicatorCount = Math.max(1, catalog.indicators.length);
  const unknownWeight = Math.log(1 + indicatorCount);
  const weightCache = new Map<string, number>();
  const weight = (token: string): number => {
    let w = weightCache.get(token);
    if (w === undefined) {
      const df = indicatorsByToken.get(token)?.size ?? 0;
      w = df === 0 ? unknownWeight : Math.log(1 + indicatorCount / df);
      weightCache.set(token, w);
    }
    return w;
  };
  const formWeights = forms.map((form) => form.label.tokens.reduce((sum, token) => sum + weight(token), 0));

  const vocabulary = [...indicatorsByToken.keys()];
  const neighbourCache = new Map<string, string[]>();
  /** Catalog tokens one or two typing slips away from an unknown token. */
  const typoNeighbours = (token: string): string[] => {
    let found = neighbourCache.get(token);
    if (found === undefined) {
      const allowance = typoAllowance(token.length);
      found =
        allowance === 0 || /\d/.test(token)
          ? []
          : vocabulary.filter((word) => typoAllowance(word.length) > 0 && editDistance(token, word, allowance) <= allowance);
      neighbourCache.set(token, found);
    }
    return found;
  };

  /** "thuebao" → "thue bao" when the glued pair is written so in the catalog. */
  const unglue = (tokens: string[]): string[] =>
    tokens.flatMap((token) => (indicatorsByToken.has(token) ? [token] : (gluedPairs.get(token) ?? [token])));

  /** Weighted Dice similarity of label tokens and a form's tokens; typos count through edit distance. */
  const similarity = (tokens: string[], formIndex: number): { score: number; coverage: number; contained: boolean; whole: boolean } => {
    const form = forms[formIndex];
    const open = new Set(form.label.tokens);
    let matched = 0;
    let labelWeight = 0;
    const typos: string[] = [];
    for (const token of tokens) {
      if (open.has(token)) {
        open.delete(token);
        matched += weight(token);
        labelWeight += weight(token);
      } else if (!indicatorsByToken.has(token) && typoNeighbours(token).length > 0) typos.push(token);
      else labelWeight += weight(token);
    }
    // Every word of the form written out exactly, and the form carrying most of the label's weight.
    // Every word of the form written out exactly, and the form carrying most of the label's weight; words the
    // catalog never uses ("ở thôn", "trả trước và trả sau") are qualifiers and weigh little here.
    const qualifierWeight = tokens.reduce((sum, t) => sum + (form.label.tokens.includes(t) ? 0 : indicatorsByToken.has(t) ? weight(t) : 1), 0);
    const whole = open.size === 0;
    const contained = whole && matched >= CONTAINED_SHARE * (matched + qualifierWeight) && form.label.tokens.length >= 2;
    for (const token of typos) {
      const allowance = typoAllowance(token.length);
      let best: string | null = null;
      let bestDistance = allowance + 1;
      for (const candidate of open) {
        if (typoAllowance(candidate.length) === 0) continue;
        const distance = editDistance(token, candidate, allowance);
        if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
      }
      if (best === null) labelWeight += weight(token);
      else {
        open.delete(best);
        matched += TYPO_CREDIT * weight(best);
        labelWeight += weight(best);
      }
    }
    return { score: (2 * matched) / (labelWeight + formWeights[formIndex]), coverage: labelWeight === 0 ? 0 : matched / labelWeight, contained: contained && typos.length === 0, whole: whole && typos.length === 0 };
  };

  const candidateForms = (tokens: string[]): Set<number> => {
    const found = new Set<number>();
    for (const token of tokens) {
      const direct = formsByToken.get(token);
      if (direct) direct.forEach((index) => found.add(index));
      else for (const word of typoNeighbours(token)) formsByToken.get(word)?.forEach((index) => found.add(index));
    }
    return found;
  };

  const exactMatch = (label: LabelKey, facts: GuardFacts): MatchResult | null => {
    const passing = (formsByFingerprint.get(label.fingerprint) ?? [])
      .map((index) => forms[index])
      .filter((form) => vetoReason(label, facts, form) === null);
    const ids = new Set(passing.map((form) => form.indicator.id));
    if (ids.size !== 1) return null;
    // The reason names the wording the label was written as: the name, an alias, or (through the lexicon) the name.
    const written = passing.find((f) => f.label.key === label.key) ?? passing.find((f) => f.isName) ?? passing[0];
    const form = written;
    const reason = form.isName ? 'khớp chính xác tên chỉ tiêu' : `khớp bí danh «${form.text}»`;
    return { kind: 'matched', id: form.indicator.id, confidence: 1, reason, candidates: [{ id: form.indicator.id, score: 1 }] };
  };

  /** Best passing and best vetoed form per indicator, best first. */
  const rank = (label: LabelKey, facts: GuardFacts): { passing: Scored[]; vetoed: Scored[]; containing: Scored[]; wholeIds: Set<string> } => {
    const tokens = unglue(label.tokens);
    const best = new Map<string, Scored>();
    const bestVetoed = new Map<string, Scored>();
    // Every indicator with any form written out whole in the label, not only its best-scoring form.
    const containing = new Map<string, Scored>();
    // Indicators with a form written out whole in the label, however much else the label says.
    const wholeIds = new Set<string>();
    for (const index of candidateForms(tokens)) {
      const form = forms[index];
      const { score, coverage, contained, whole } = similarity(tokens, index);
      const veto = vetoReason(label, facts, form);
      if (whole && veto === null) wholeIds.add(form.indicator.id);
      const table = veto === null ? best : bestVetoed;
      const held = table.get(form.indicator.id);
      if (!held || score > held.score) table.set(form.indicator.id, { form, score, coverage, contained, veto });
      const heldContaining = containing.get(form.indicator.id);
      if (veto === null && contained && (!heldContaining || score > heldContaining.score)) {
        containing.set(form.indicator.id, { form, score, coverage, contained, veto });
      }
    }
    const byScore = (a: Scored, b: Scored): number => b.score - a.score;
    return { passing: [...best.values()].sort(byScore), vetoed: [...bestVetoed.values()].sort(byScore), containing: [...containing.values()].sort(byScore), wholeIds };
  };

  const decide = (text: string, label: LabelKey, facts: GuardFacts): MatchResult => {
    const exact = exactMatch(label, facts);
    if (exact) return exact;
    const { passing, vetoed, containing, wholeIds } = rank(label, facts);
    const [first, second] = passing;
    const candidates: Candidate[] = [...passing, ...vetoed]
      .sort((a, b) => b.score - a.score)
      .filter((s, i, all) => all.findIndex((t) => t.form.indicator.id === s.form.indicator.id) === i)
      .slice(0, 2)
      .map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) }));

    const fullyCovered = first !== undefined && first.coverage >= 0.99;
    // A short label every word of which sits in two indicators ("Số hồ sơ tiếp nhận": online or by post?) is ambiguous.
    const alsoCovering = fullyCovered ? passing.slice(1).find((s) => s.coverage >= 0.99) : undefined;
    const threshold = fullyCovered && !alsoCovering ? FULL_COVERAGE_THRESHOLD : MATCH_THRESHOLD;
    if (first && first.score >= threshold) {
      if (alsoCovering && (!second || first.score - second.score >= AMBIGUITY_MARGIN)) {
        return {
          kind: 'unmatched',
          reason: `mơ hồ: mọi từ của nhãn đều có trong «${first.form.text}» và «${alsoCovering.form.text}»`,
          candidates: [first, alsoCovering].map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
        };
      }
      if (second && first.score - second.score < AMBIGUITY_MARGIN) {
        return {
          kind: 'unmatched',
          reason: `mơ hồ giữa «${first.form.text}» (${score2(first.score)}) và «${second.form.text}» (${score2(second.score)})`,
          candidates: [first, second].map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
        };
      }
      return {
        kind: 'matched',
        id: first.form.indicator.id,
        confidence: rounded(first.score),
        reason: `giống ${score2(first.score)} với «${first.form.text}»`,
        candidates: passing.slice(0, 3).map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
      };
    }
    const contained = wholeIds.size === 1 ? containedMatch(label, containing, passing) : null;
    if (contained) return contained;
    if (label.sectionNumbered && text === text.toUpperCase()) return { kind: 'ignored', reason: 'tiêu đề phần' };
    const topVetoed = vetoed[0];
    if (topVetoed && topVetoed.score >= MATCH_THRESHOLD && (!first || topVetoed.score > first.score)) {
      return { kind: 'unmatched', reason: `gần «${topVetoed.form.text}» nhưng ${topVetoed.veto}`, candidates };
    }
    if (first) return { kind: 'unmatched', reason: `chưa đủ giống: cao nhất ${score2(first.score)} với «${first.form.text}»`, candidates };
    return { kind: 'unmatched', reason: 'không giống chỉ tiêu nào trong danh mục', candidates };
  };

  /**
   * "Số tổ công nghệ số cộng đồng ở thôn" writes out a whole catalog form plus a qualifier: a match when exactly one
   * indicator's form is so contained, no guard vetoed it, and the extra words do not make it a part ("mới", "trong
   * đó", "trả trước"...). Measured on the labelled set and the hold-out corpus.
   */
  const containedMatch = (label: LabelKey, containing: Scored[], passing: Scored[]): MatchResult | null => {
    if (containing.length !== 1) return null;
    const hit = containing[0];
    const formTokens = new Set(hit.form.label.tokens);
    const extra = label.tokens.filter((t) => !formTokens.has(t)).join(' ');
    if (PART_WORDS.test(extra) || (/\btra (truoc|sau)\b/.test(label.key) && !/\btra truoc\b.*\btra sau\b|\btra sau\b.*\btra truoc\b/.test(label.key))) return null;
    const confidence = rounded(Math.max(hit.score, MATCH_THRESHOLD));
    return {
      kind: 'matched',
      id: hit.form.indicator.id,
      confidence,
      reason: `nhãn chứa đủ «${hit.form.text}»${extra ? `, thêm «${extra}»` : ''}`,
      candidates: passing.slice(0, 3).map((s) => ({ id: s.form.indicator.id, score: rounded(s.score) })),
    };
  };

  const byText = new Map<string, MatchResult>();
  const byKey = new Map<string, MatchResult>();

  const match = (raw: string): MatchResult => {
    const cached = byText.get(raw);
    if (cached) return cached;
    const text = normalizeText(raw);
    let result: MatchResult;
    const notIndicator = notIndicatorReason(text);
    const label = analyseLabel(text, measures);
    if (notIndicator) result = { kind: 'ignored', reason: notIndicator };
    else if (label.tokens.length === 0) result = { kind: 'ignored', reason: 'không có nội dung chỉ tiêu' };
    else if (label.sectionNumbered && label.kind === null && text === text.toUpperCase() && !exactMatch(label, guardFacts(label.key))) {
      result = { kind: 'ignored', reason: 'tiêu đề phần' };
    } else {
      const signature = [label.key, label.kind, label.period, label.partOf, label.sectionNumbered && text === text.toUpperCase()].join('|');
      const known = byKey.get(signature);
      result = known ?? decide(text, label, guardFacts(label.key));
      if (!known) byKey.set(signature, result);
    }
    byText.set(raw, result);
    return result;
  };

  const qualifiers = new Map<string, boolean>();
  const isQualifier = (raw: string): boolean => {
    let known = qualifiers.get(raw);
    if (known === undefined) qualifiers.set(raw, (known = qualifierWords(raw)));
    return known;
  };
  const qualifierWords = (raw: string): boolean => {
    const label = analyseLabel(normalizeText(raw), measures);
    const tokens = unglue(label.tokens);
    if (tokens.length === 0 || tokens.length > 3) return false;
    const counts = tokens.map((t) => indicatorsByToken.get(t)?.size ?? 0);
    return counts.every((n) => n > 0) && counts.some((n) => n <= DISCRIMINATING_INDICATORS);
  };

  return { match, isQualifier };
}
