import type { Catalog, Indicator } from '../model';
import { indicatorKind } from '../catalog/measure-kind';
import { guardFacts, type FormFacts, type GuardFacts } from './lexicon';
import { analyseLabel, foldMeasure } from './label-key';
import { editDistance, typoAllowance } from './similarity';

/*
 * The catalog's wordings, indexed for the label scorer: each indicator's name and aliases (and the built-in
 * catalog's wordings of the indicator it is linked to) as token sets, with inverse document frequency over
 * indicators, so a rare word ("BTS", "toàn trình") weighs more than a common one ("số", "dịch vụ").
 */

/** Where a wording comes from: the department's catalog, or the built-in catalog through a link. */
export type FormOrigin = 'name' | 'alias' | 'builtin';

/** One way of writing an indicator. */
export type Form = FormFacts & { indicator: Indicator; text: string; origin: FormOrigin; index: number };

/** A wording lent by the built-in catalog to the user's indicator it was linked to. */
export type LentForm = { indicatorId: string; text: string };

export type Similarity = { score: number; coverage: number; contained: boolean; whole: boolean };

export type TextIndex = {
  catalog: Catalog;
  forms: Form[];
  /** Folded catalog measures, which a bracketed label suffix may name. */
  measures: ReadonlySet<string>;
  /** Forms whose sorted tokens equal these: the exact path. */
  byFingerprint(fingerprint: string): Form[];
  /** Forms sharing a token (or a typo neighbour of one) with the label. */
  candidateForms(tokens: string[]): Set<number>;
  /** Weighted Dice similarity of label tokens and a form's tokens; typos count through edit distance. */
  similarity(tokens: string[], formIndex: number): Similarity;
  /** "thuebao" → "thue bao" when the catalog writes the glued pair apart. */
  unglue(tokens: string[]): string[];
  /** How many indicators use a token (0 = none). */
  indicatorsWith(token: string): number;
  /** Catalog tokens one or two typing slips away from a token the catalog does not use. */
  typoNeighbours(token: string): string[];
};

/** A token matched through a typo counts for this share of its weight. */
const TYPO_CREDIT = 0.8;
/** A catalog form's words must carry most of the label's meaning for containment to count. */
const CONTAINED_SHARE = 0.55;

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

function formsOf(catalog: Catalog, lent: LentForm[], measures: ReadonlySet<string>): Form[] {
  const wholes = wholeIds(catalog);
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const written: { indicator: Indicator; text: string; origin: FormOrigin }[] = [];
  for (const indicator of catalog.indicators) {
    written.push({ indicator, text: indicator.name, origin: 'name' });
    for (const alias of indicator.aliases ?? []) written.push({ indicator, text: alias, origin: 'alias' });
  }
  for (const { indicatorId, text } of lent) {
    const indicator = byId.get(indicatorId);
    if (indicator) written.push({ indicator, text, origin: 'builtin' });
  }
  const forms: Form[] = [];
  for (const { indicator, text, origin } of written) {
    const label = analyseLabel(text, measures);
    if (label.tokens.length === 0) continue;
    forms.push({
      indicator,
      text,
      origin,
      index: forms.length,
      label,
      facts: guardFacts(label.key),
      kind: indicatorKind(indicator),
      isWhole: wholes.has(indicator.id),
    });
  }
  // What an indicator's wordings say together about each opposite pair: a side named by some and contradicted by none.
  const sidesById = new Map<string, GuardFacts['sides']>();
  for (const form of forms) {
    const held = sidesById.get(form.indicator.id);
    if (!held) sidesById.set(form.indicator.id, [...form.facts.sides]);
    else form.facts.sides.forEach((side, i) => (held[i] = mergeSide(held[i], side)));
  }
  for (const form of forms) form.indicatorSides = sidesById.get(form.indicator.id);
  return forms;
}

function mergeSide(a: GuardFacts['sides'][number], b: GuardFacts['sides'][number]): GuardFacts['sides'][number] {
  if (a === '' || a === b) return b === '' ? a : b;
  if (b === '') return a;
  return 'ab';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a catalog's wordings (and the built-in wordings lent to it) for the label scorer.
 * @example buildTextIndex(defaultCatalog).byFingerprint('bts tram')[0].indicator.id // "bts_stations"
 */
export function buildTextIndex(catalog: Catalog, lent: LentForm[] = []): TextIndex {
  const measures = new Set(catalog.indicators.map((indicator) => foldMeasure(indicator.unit)));
  const forms = formsOf(catalog, lent, measures);

  const indicatorsByToken = new Map<string, Set<string>>();
  const formsByToken = new Map<string, number[]>();
  const formsByFingerprint = new Map<string, Form[]>();
  const gluedPairs = new Map<string, [string, string]>();
  for (const form of forms) {
    for (const token of form.label.tokens) {
      let ids = indicatorsByToken.get(token);
      if (!ids) indicatorsByToken.set(token, (ids = new Set()));
      ids.add(form.indicator.id);
      pushTo(formsByToken, token, form.index);
    }
    pushTo(formsByFingerprint, form.label.fingerprint, form);
    const words = form.label.key.split(' ');
    for (let i = 0; i + 1 < words.length; i++) gluedPairs.set(words[i] + words[i + 1], [words[i], words[i + 1]]);
  }
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
          : vocabulary.filter(
              (word) => typoAllowance(word.length) > 0 && editDistance(token, word, allowance) <= allowance,
            );
      neighbourCache.set(token, found);
    }
    return found;
  };

  const unglue = (tokens: string[]): string[] =>
    tokens.flatMap((token) => (indicatorsByToken.has(token) ? [token] : (gluedPairs.get(token) ?? [token])));

  const similarity = (tokens: string[], formIndex: number): Similarity => {
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
    // Every word of the form written out exactly, and the form carrying most of the label's weight; words the
    // catalog never uses ("ở thôn", "trả trước và trả sau") are qualifiers and weigh little here.
    const qualifierWeight = tokens.reduce(
      (sum, t) => sum + (form.label.tokens.includes(t) ? 0 : indicatorsByToken.has(t) ? weight(t) : 1),
      0,
    );
    const whole = open.size === 0;
    const contained =
      whole && matched >= CONTAINED_SHARE * (matched + qualifierWeight) && form.label.tokens.length >= 2;
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
    return {
      score: (2 * matched) / (labelWeight + formWeights[formIndex]),
      coverage: labelWeight === 0 ? 0 : matched / labelWeight,
      contained: contained && typos.length === 0,
      whole: whole && typos.length === 0,
    };
  };

  const candidateForms = (tokens: string[]): Set<number> => {
    const found = new Set<number>();
    for (const token of tokens) {
      const direct = formsByToken.get(token);
      if (direct) for (const index of direct) found.add(index);
      else for (const word of typoNeighbours(token)) for (const index of formsByToken.get(word) ?? []) found.add(index);
    }
    return found;
  };

  return {
    catalog,
    forms,
    measures,
    byFingerprint: (fingerprint) => formsByFingerprint.get(fingerprint) ?? [],
    candidateForms,
    similarity,
    unglue,
    indicatorsWith: (token) => indicatorsByToken.get(token)?.size ?? 0,
    typoNeighbours,
  };
}
