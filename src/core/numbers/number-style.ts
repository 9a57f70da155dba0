import type { NumberStyle } from './digits';

type Evidence = { style: NumberStyle; weight: number; sample: string };

/** What one number token says about the style, if anything. */
function evidenceOf(token: string): Evidence | null {
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(token)) return { style: 'vi', weight: 3, sample: token };
  if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(token)) return { style: 'en', weight: 3, sample: token };
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(token)) return { style: 'vi', weight: 3, sample: token };
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(token)) return { style: 'en', weight: 3, sample: token };
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(token)) return { style: 'vi', weight: 1, sample: token };
  if (/^[1-9]\d{0,2},\d{3}$/.test(token)) return { style: 'en', weight: 1, sample: token };
  // A decimal mark with other than three digits after it: "16,2" (vi), "16.25" (en).
  if (/^\d+,(?:\d{1,2}|\d{4,})$/.test(token)) return { style: 'vi', weight: 1, sample: token };
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(token)) return { style: 'en', weight: 1, sample: token };
  return null;
}

/**
 * Infers how a sheet writes numbers in text from its text figures; "vi" unless English evidence outweighs it.
 * @example inferNumberStyle(['1,234.5', '12,345']) // { style: "en", evidence: "en 4 («1,234.5», «12,345») / vi 0" }
 */
export function inferNumberStyle(texts: readonly string[]): { style: NumberStyle; evidence: string } {
  const score: Record<NumberStyle, number> = { vi: 0, en: 0 };
  const samples: Record<NumberStyle, string[]> = { vi: [], en: [] };
  for (const text of texts) {
    // Every kind of evidence is a separator between digits: texts without one are passed over without a search.
    if (!SEPARATOR.test(text)) continue;
    for (const token of text.match(/\d[\d.,]*\d/g) ?? []) {
      const e = evidenceOf(token);
      if (!e) continue;
      score[e.style] += e.weight;
      if (samples[e.style].length < 3) samples[e.style].push(`«${e.sample}»`);
    }
  }
  const style: NumberStyle = score.en > score.vi ? 'en' : 'vi';
  const describe = (s: NumberStyle) => `${s} ${score[s]}${samples[s].length ? ` (${samples[s].join(', ')})` : ''}`;
  return {
    style,
    // Written out only when someone reads it: every sheet asks for the style, few for the reasons.
    get evidence() {
      return score.en === 0 && score.vi === 0
        ? 'không có số viết bằng chữ: mặc định vi'
        : `${describe(style)} / ${describe(style === 'vi' ? 'en' : 'vi')}`;
    },
  };
}

const SEPARATOR = /\d[.,]\d/;
