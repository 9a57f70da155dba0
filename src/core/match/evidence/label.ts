import type { Evidence } from '../../model';
import { isFoldedSyllable, normalizeText } from '../../text';
import { guardFacts, vetoReason, type GuardFacts, type Veto } from '../lexicon';
import { analyseLabel, type LabelKey } from '../label-key';
import { notIndicatorReason } from '../not-indicator';
import type { Form, TextIndex } from '../text-index';
import { similarityWeight, WEIGHTS } from '../weights';

/*
 * The label scorer: what a row's wording says about each indicator of the catalog, with no other context. Its
 * answer depends on the text alone, so it is computed once per distinct label and shared by every unit.
 */

/** An indicator the label may be, with the label's weight for it and that weight in words. */
export type LabelOption = { id: string; weight: number; score: number; form: Form; evidence: Evidence };

/** An indicator the label resembles but a guard rules out ("Số trạm BTS 5G" is not "Số trạm BTS"). */
export type VetoedOption = { id: string; score: number; form: Form; veto: Veto };

export type LabelReading =
  | { kind: 'ignored'; vi: string; en: string }
  | {
      kind: 'read';
      label: LabelKey;
      /** Best form per indicator, heaviest first; an exact wording is alone. */
      options: LabelOption[];
      vetoed: VetoedOption[];
      /** Numbered like a section and written in capitals: a heading unless something matches it well. */
      headingLike: boolean;
      /** Two indicators each hold every word of the label ("Số hồ sơ tiếp nhận": online or by post). */
      bothCover?: [LabelOption, LabelOption];
    };

/** Words that make a label a part or a variant of an indicator, not the indicator itself with a qualifier. */
const PART_WORDS =
  /\b(moi|trong do|rieng|chi|tang|giam|con lai|chua|khong|ngoai|binh quan|ke hoach|du kien|muc tieu|nu|nam|tre em)\b/;

/** How much less similar a second wording holding every word of the label may be and still make it ambiguous. */
const COVER_CLOSENESS = 0.12;

/** The lead a wording keeps over another that also holds every word of the label: less than a likely match needs. */
const AMBIGUOUS_LEAD = 1;

const score2 = (value: number): string => value.toFixed(2).replace('.', ',');
const scoreEn = (value: number): string => value.toFixed(2);

function exactEvidence(form: Form): Evidence {
  const weight = WEIGHTS.exact;
  if (form.origin === 'name')
    return { kind: 'label', weight, vi: 'khớp chính xác tên chỉ tiêu', en: 'the indicator’s name exactly' };
  if (form.origin === 'alias')
    return { kind: 'label', weight, vi: `khớp bí danh «${form.text}»`, en: `the alias "${form.text}" exactly` };
  return {
    kind: 'label',
    weight,
    vi: `khớp cách ghi «${form.text}» của danh mục mặc định`,
    en: `the built-in catalog’s wording "${form.text}" exactly`,
  };
}

function similarEvidence(form: Form, score: number, covers: boolean): Evidence {
  const builtin = form.origin === 'builtin' ? ' (danh mục mặc định)' : '';
  const builtinEn = form.origin === 'builtin' ? ' (built-in catalog)' : '';
  const weight = similarityWeight(score) + (covers ? WEIGHTS.fullCoverage : 0);
  return {
    kind: 'label',
    weight,
    vi: `giống ${score2(score)} với «${form.text}»${builtin}${covers ? ', mọi từ của nhãn đều thuộc chỉ tiêu này' : ''}`,
    en: `${scoreEn(score)} similar to "${form.text}"${builtinEn}${covers ? ', every word of the label belongs to this indicator' : ''}`,
  };
}

type Scored = { form: Form; score: number; coverage: number; contained: boolean; veto: Veto | null };

/**
 * Creates the label scorer of an index: text → what the wording says, cached per text and per key. With
 * `headings: false` a label that names a section ("Thanh tra, kiểm tra") is read as an indicator all the same.
 * @example createLabelScorer(index)('1.2. Số trạm BTS (trạm)').options[0].id // "bts_stations"
 */
export function createLabelScorer(
  index: TextIndex,
  options: { headings: boolean } = { headings: true },
): (raw: string) => LabelReading {
  const byText = new Map<string, LabelReading>();
  const byKey = new Map<string, LabelReading>();

  const exactOptions = (label: LabelKey, facts: GuardFacts): LabelOption[] | null => {
    const passing = index.byFingerprint(label.fingerprint).filter((form) => vetoReason(label, facts, form) === null);
    const ids = new Set(passing.map((form) => form.indicator.id));
    if (ids.size !== 1) return null;
    // The wording the label was written as, when it was one: else the indicator's own name, else the first.
    const form =
      passing.find((f) => f.label.key === label.key && f.origin !== 'builtin') ??
      passing.find((f) => f.origin === 'name') ??
      passing[0];
    return [{ id: form.indicator.id, weight: WEIGHTS.exact, score: 1, form, evidence: exactEvidence(form) }];
  };

  const rank = (label: LabelKey, facts: GuardFacts) => {
    const tokens = index.unglue(label.tokens);
    const best = new Map<string, Scored>();
    const bestVetoed = new Map<string, Scored>();
    const containing = new Map<string, Scored>();
    const wholeIds = new Set<string>();
    for (const i of index.candidateForms(tokens)) {
      const form = index.forms[i];
      const { score, coverage, contained, whole } = index.similarity(tokens, i);
      const veto = vetoReason(label, facts, form);
      if (whole && veto === null) wholeIds.add(form.indicator.id);
      const table = veto === null ? best : bestVetoed;
      const held = table.get(form.indicator.id);
      const scored = { form, score, coverage, contained, veto };
      if (!held || score > held.score) table.set(form.indicator.id, scored);
      const heldContaining = containing.get(form.indicator.id);
      if (veto === null && contained && (!heldContaining || score > heldContaining.score))
        containing.set(form.indicator.id, scored);
    }
    const byScore = (a: Scored, b: Scored): number => b.score - a.score;
    return {
      passing: [...best.values()].sort(byScore),
      vetoed: [...bestVetoed.values()].sort(byScore),
      containing: [...containing.values()],
      wholeIds,
    };
  };

  /**
   * "Số tổ công nghệ số cộng đồng ở thôn" writes out a whole catalog wording plus a qualifier: evidence for it when
   * exactly one indicator's wording is so contained and the extra words do not make it a part ("mới", "trong đó").
   */
  const containedEvidence = (
    label: LabelKey,
    containing: Scored[],
    wholeIds: Set<string>,
  ): { id: string; evidence: Evidence } | null => {
    if (wholeIds.size !== 1 || containing.length !== 1) return null;
    const hit = containing[0];
    const formTokens = new Set(hit.form.label.tokens);
    const extra = label.tokens.filter((t) => !formTokens.has(t)).join(' ');
    if (PART_WORDS.test(extra)) return null;
    if (
      /\btra (truoc|sau)\b/.test(label.key) &&
      !/\btra truoc\b.*\btra sau\b|\btra sau\b.*\btra truoc\b/.test(label.key)
    )
      return null;
    const weight = Math.max(similarityWeight(hit.score), WEIGHTS.containedFloor);
    return {
      id: hit.form.indicator.id,
      evidence: {
        kind: 'label',
        weight,
        vi: `nhãn chứa đủ «${hit.form.text}»${extra ? `, thêm «${extra}»` : ''}`,
        en: `the label holds all of "${hit.form.text}"${extra ? `, plus "${extra}"` : ''}`,
      },
    };
  };

  /**
   * "So thue bao di dongg": a word that is no syllable and that the catalog does not use, one typing slip from exactly
   * one word it does, is read as
   * that word, so the lexicon sees it ("di động" → "điện thoại di động"). The label's own kind, period and "trong đó"
   * stay as read from the whole text.
   */
  const corrected = (label: LabelKey): { label: LabelKey; fixes: string[] } | null => {
    const fixes: string[] = [];
    const words = label.key.split(' ').map((word) => {
      // Only a word that is no Vietnamese syllable is a slip: "triển" (phát triển) is a word the catalog lacks.
      if (word.length < 4 || /\d/.test(word) || index.indicatorsWith(word) > 0 || isFoldedSyllable(word)) return word;
      const near = index.typoNeighbours(word);
      if (near.length !== 1) return word;
      fixes.push(`${word} → ${near[0]}`);
      return near[0];
    });
    if (fixes.length === 0) return null;
    const again = analyseLabel(words.join(' '), index.measures);
    return {
      label: {
        ...again,
        kind: label.kind,
        period: label.period,
        partOf: label.partOf,
        sectionNumbered: label.sectionNumbered,
      },
      fixes,
    };
  };

  const read = (text: string, original: LabelKey): LabelReading => {
    const fixed = corrected(original);
    const reading = readKey(text, fixed ? fixed.label : original);
    if (!fixed || reading.kind !== 'read') return reading;
    const note = {
      vi: ` (đọc lỗi gõ ${fixed.fixes.join(', ')})`,
      en: ` (typing slip read as ${fixed.fixes.join(', ')})`,
    };
    for (const o of reading.options)
      o.evidence = { ...o.evidence, vi: o.evidence.vi + note.vi, en: o.evidence.en + note.en };
    return reading;
  };

  const readKey = (text: string, label: LabelKey): LabelReading => {
    const facts = guardFacts(label.key);
    const headingLike = label.sectionNumbered && text === text.toUpperCase();
    const exact = exactOptions(label, facts);
    if (exact) return { kind: 'read', label, options: exact, vetoed: [], headingLike };
    const { passing, vetoed, containing, wholeIds } = rank(label, facts);
    const first = passing[0];
    // Another indicator holding every word of the label counts only when its wording is about as close: "Số xã, thị
    // trấn" is the count of communes (0,85) rather than of communes with newspapers (0,62).
    // When the two stand on the two sides of a pair the label does not name ("Tổng số thuê bao Internet": fixed and
    // mobile), the label is wider than both however close each is.
    const labelSides = guardFacts(label.key).sides;
    const apart = (s: Scored) =>
      first.form.indicatorSides?.some(
        (side, i) =>
          labelSides[i] === '' &&
          side !== '' &&
          side !== 'ab' &&
          (s.form.indicatorSides?.[i] ?? '') !== '' &&
          s.form.indicatorSides?.[i] !== 'ab' &&
          s.form.indicatorSides?.[i] !== side,
      ) ?? false;
    // A best wording as wide as the label (naming no side the label leaves open) is the label's own: narrower ones
    // that also hold its words are parts of it, no rivals ("Tổng số hồ sơ tiếp nhận" over "... trực tuyến").
    const narrower = (x: Scored) =>
      x.form.indicatorSides?.some((side, i) => labelSides[i] === '' && side !== '') ?? false;
    const covering =
      first && first.coverage >= 0.99 && narrower(first)
        ? passing.filter(
            (s) => s.coverage >= 0.99 && (s === first || s.score >= first.score - COVER_CLOSENESS || apart(s)),
          )
        : [];
    const options: LabelOption[] = passing.map((s, i) => {
      const evidence = similarEvidence(s.form, s.score, i === 0 && covering.length === 1);
      return { id: s.form.indicator.id, weight: evidence.weight, score: s.score, form: s.form, evidence };
    });
    const contained = containedEvidence(label, containing, wholeIds);
    if (contained) {
      const option = options.find((o) => o.id === contained.id);
      if (option && option.weight < contained.evidence.weight)
        Object.assign(option, { weight: contained.evidence.weight, evidence: contained.evidence });
      options.sort((a, b) => b.weight - a.weight);
    }
    const reading: LabelReading = {
      kind: 'read',
      label,
      options,
      vetoed: vetoed
        .filter((s): s is Scored & { veto: Veto } => s.veto !== null)
        .map((s) => ({ id: s.form.indicator.id, score: s.score, form: s.form, veto: s.veto })),
      headingLike,
    };
    if (covering.length >= 2) {
      const [a, b] = covering.map((s) => options.find((o) => o.id === s.form.indicator.id));
      if (a && b) {
        reading.bothCover = [a, b];
        // Every word of the label is in both: the wording cannot tell them apart, whatever else it scores; only the
        // row's context (its section, its measure, its neighbours) can.
        const capped = Math.min(a.weight, b.weight + AMBIGUOUS_LEAD);
        if (capped < a.weight) {
          a.weight = capped;
          a.evidence = {
            ...a.evidence,
            weight: capped,
            vi: `${a.evidence.vi}; mọi từ của nhãn cũng có trong «${b.form.text}»`,
            en: `${a.evidence.en}; every word of the label is also in "${b.form.text}"`,
          };
        }
        options.sort((x, y) => y.weight - x.weight);
      }
    }
    return reading;
  };

  return (raw: string): LabelReading => {
    const cached = byText.get(raw);
    if (cached) return cached;
    const text = normalizeText(raw);
    let reading: LabelReading;
    const notIndicator = notIndicatorReason(text, options.headings);
    const label = analyseLabel(text, index.measures);
    if (notIndicator) reading = { kind: 'ignored', ...notIndicator };
    else if (label.tokens.length === 0)
      reading = { kind: 'ignored', vi: 'không có nội dung chỉ tiêu', en: 'no indicator words' };
    else {
      const signature = [
        label.key,
        label.kind,
        label.period,
        label.partOf,
        label.sectionNumbered && text === text.toUpperCase(),
      ].join('|');
      reading = byKey.get(signature) ?? read(text, label);
      byKey.set(signature, reading);
      if (
        reading.kind === 'read' &&
        reading.headingLike &&
        label.kind === null &&
        !(reading.options[0]?.weight >= WEIGHTS.exact)
      ) {
        reading = { kind: 'ignored', vi: 'tiêu đề phần', en: 'a section heading' };
      }
    }
    byText.set(raw, reading);
    return reading;
  };
}
