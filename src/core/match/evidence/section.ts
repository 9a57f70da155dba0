import type { Catalog, Evidence, Indicator } from '../../model';
import { stripNumbering } from '../../text';
import { foldForMatching } from '../label-key';
import { WEIGHTS } from '../weights';

/*
 * The section heading a row sits under ("II. VIỄN THÔNG") against the indicator's group in the catalog: units fill
 * the department's template, whose sections are its groups.
 */

export type GroupIndex = { groups: { name: string; tokens: Set<string> }[]; tokensOf: (text: string) => Set<string> };

const GENERIC = new Set([
  'va',
  'cac',
  've',
  'linh',
  'vuc',
  'cong',
  'tac',
  'nhom',
  'chi',
  'tieu',
  'phan',
  'muc',
  'ket',
  'qua',
  'so',
  'hoat',
  'dong',
]);

function tokensOf(text: string): Set<string> {
  return new Set(
    foldForMatching(stripNumbering(text))
      .split(' ')
      .filter((t) => t !== '' && !GENERIC.has(t)),
  );
}

export function groupIndex(catalog: Catalog): GroupIndex {
  const names = [...new Set(catalog.indicators.map((i) => i.group).filter((g): g is string => !!g && g.trim() !== ''))];
  return { groups: names.map((name) => ({ name, tokens: tokensOf(name) })), tokensOf };
}

/** Share of the smaller side's words the two share: "Viễn thông" in "Bưu chính, viễn thông" is half a match. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Evidence from the row's section heading for one indicator, or null when the row has no section, the catalog no
 * groups, or the heading names no group clearly.
 * @example sectionEvidence('II. VIỄN THÔNG', bts, groups)?.weight // 1
 */
export function sectionEvidence(
  section: string | undefined,
  indicator: Indicator,
  index: GroupIndex,
  cache: Map<string, Set<string>>,
): Evidence | null {
  if (!section || index.groups.length < 2) return null;
  let words = cache.get(section);
  if (!words) cache.set(section, (words = index.tokensOf(section)));
  if (words.size === 0) return null;
  let best = 0;
  for (const group of index.groups) best = Math.max(best, overlap(words, group.tokens));
  if (best < 0.5) return null;
  const own = indicator.group ? index.groups.find((g) => g.name === indicator.group) : undefined;
  const mine = own ? overlap(words, own.tokens) : 0;
  const shown = section.trim();
  if (own && mine >= best - 1e-9) {
    return {
      kind: 'section',
      weight: WEIGHTS.sectionSame,
      vi: `nằm trong phần «${shown}»`,
      en: `under the section "${shown}"`,
    };
  }
  if (mine < 0.2) {
    return {
      kind: 'section',
      weight: WEIGHTS.sectionOther,
      vi: `nằm trong phần «${shown}», chỉ tiêu thuộc «${indicator.group ?? '—'}»`,
      en: `under the section "${shown}", the indicator is in "${indicator.group ?? '—'}"`,
    };
  }
  return null;
}
