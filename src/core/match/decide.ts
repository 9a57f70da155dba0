import type { IndicatorCandidate, Evidence, MatchResult, Tier } from '../model';
import type { LabelReading } from './evidence/label';
import { confidenceOf, TIERS } from './weights';

/*
 * The decision: a row's options, each a sum of evidence, become one result. Sure and likely matches need a lead over
 * every other indicator still free; below that, or below the likely weight, a person decides.
 */

/** One indicator a row may be, with every piece of evidence for and against it. */
export type RowOption = { id: string; weight: number; evidence: Evidence[] };

const score2 = (value: number): string => value.toFixed(2).replace('.', ',');
const rounded = (value: number): number => Math.round(value * 1000) / 1000;

/** Sums a list of evidence. */
export function sumOf(evidence: Evidence[]): number {
  let sum = 0;
  for (const piece of evidence) sum += piece.weight;
  return sum;
}

/** The tier a weight and its lead reach, or null when neither. */
export function tierOf(weight: number, lead: number): Tier | null {
  if (weight >= TIERS.sure && lead >= TIERS.sureMargin) return 'sure';
  if (weight >= TIERS.likely && lead >= TIERS.likelyMargin) return 'likely';
  return null;
}

/** The evidence in words: the label's piece, then each other piece marked for (+) or against (−). */
export function explain(evidence: Evidence[]): { vi: string; en: string } {
  const [label, ...rest] = evidence;
  const mark = (e: Evidence) => (e.weight >= 0 ? '+ ' : '− ');
  return {
    vi: [label?.vi ?? '', ...rest.map((e) => mark(e) + e.vi)].filter(Boolean).join('; '),
    en: [label?.en ?? '', ...rest.map((e) => mark(e) + e.en)].filter(Boolean).join('; '),
  };
}

/** The label's similarity to its closest wording of each indicator: the candidates a person is offered. */
function candidatesOf(reading: LabelReading, options: RowOption[], count: number): IndicatorCandidate[] {
  if (reading.kind !== 'read') return [];
  const similarity = new Map<string, number>();
  for (const o of reading.options) similarity.set(o.id, o.score);
  return options.slice(0, count).map((o) => ({ id: o.id, score: rounded(similarity.get(o.id) ?? 0) }));
}

export function matched(reading: LabelReading, options: RowOption[], chosen: RowOption, tier: Tier): MatchResult {
  const words = explain(chosen.evidence);
  const rest = options.filter((o) => o !== chosen);
  return {
    kind: 'matched',
    id: chosen.id,
    tier,
    confidence: confidenceOf(chosen.weight),
    reason: words.vi,
    reasonEn: words.en,
    evidence: chosen.evidence,
    candidates: candidatesOf(reading, [chosen, ...rest], 3),
  };
}

/**
 * Why no indicator was chosen, in the words a clerk reads: close to one but vetoed, ambiguous between two, or not
 * similar enough; `note` adds what the report's other rows decided (an indicator already taken).
 */
export function unmatched(reading: LabelReading, options: RowOption[], note?: { vi: string; en: string }): MatchResult {
  if (reading.kind === 'ignored') return { kind: 'ignored', reason: reading.vi, reasonEn: reading.en };
  if (reading.headingLike && !(options[0] && options[0].weight >= TIERS.likely)) {
    return { kind: 'ignored', reason: 'tiêu đề phần', reasonEn: 'a section heading' };
  }
  const [first, second] = options;
  const formOf = (id: string) => reading.options.find((o) => o.id === id);
  const topVetoed = reading.vetoed[0];
  const firstScore = first ? (formOf(first.id)?.score ?? 0) : 0;
  let vi: string;
  let en: string;
  // The two the label hesitates between, when it hesitates; else the closest wordings (see below).
  let pair: string[] | null = null;
  if (topVetoed && topVetoed.score >= 0.8 && topVetoed.score > firstScore && !(first && first.weight >= TIERS.likely)) {
    vi = `gần «${topVetoed.form.text}» nhưng ${topVetoed.veto.vi}`;
    en = `close to "${topVetoed.form.text}" but ${topVetoed.veto.en}`;
  } else if (reading.bothCover && first && reading.bothCover.some((o) => o.id === first.id)) {
    const [a, b] = reading.bothCover;
    pair = [a.id, b.id];
    vi = `mơ hồ: mọi từ của nhãn đều có trong «${a.form.text}» và «${b.form.text}»`;
    en = `ambiguous: every word of the label is in "${a.form.text}" and in "${b.form.text}"`;
  } else if (first && second && first.weight >= TIERS.likely && first.weight - second.weight < TIERS.likelyMargin) {
    const [a, b] = [formOf(first.id), formOf(second.id)];
    pair = [first.id, second.id];
    vi = `mơ hồ giữa «${a?.form.text ?? first.id}» (${score2(a?.score ?? 0)}) và «${b?.form.text ?? second.id}» (${score2(b?.score ?? 0)})`;
    en = `ambiguous between "${a?.form.text ?? first.id}" (${(a?.score ?? 0).toFixed(2)}) and "${b?.form.text ?? second.id}" (${(b?.score ?? 0).toFixed(2)})`;
  } else if (first) {
    const a = formOf(first.id);
    vi = `chưa đủ giống: cao nhất ${score2(a?.score ?? 0)} với «${a?.form.text ?? first.id}»`;
    en = `not similar enough: at best ${(a?.score ?? 0).toFixed(2)} with "${a?.form.text ?? first.id}"`;
  } else {
    vi = 'không giống chỉ tiêu nào trong danh mục';
    en = 'like no indicator of the catalog';
  }
  const context = first ? first.evidence.slice(1) : [];
  if (context.length > 0) {
    const words = explain([{ kind: 'label', weight: 0, vi: '', en: '' }, ...context]);
    vi += ` (${words.vi.replace(/^; /, '')})`;
    en += ` (${words.en.replace(/^; /, '')})`;
  }
  if (note) {
    vi += `; ${note.vi}`;
    en += `; ${note.en}`;
  }
  // A person is offered the indicators the wording is closest to, vetoed ones included ("gần ... nhưng ...").
  const closest = new Map<string, number>();
  for (const o of options) closest.set(o.id, formOf(o.id)?.score ?? 0);
  for (const v of reading.vetoed) if (!closest.has(v.id)) closest.set(v.id, v.score);
  const ranked = pair
    ? pair.map((id) => [id, closest.get(id) ?? 0] as const)
    : [...closest].sort((a, b) => b[1] - a[1]);
  return {
    kind: 'unmatched',
    reason: vi,
    reasonEn: en,
    evidence: first ? first.evidence : [],
    candidates: ranked.slice(0, 2).map(([id, score]) => ({ id, score: rounded(score) })),
  };
}
