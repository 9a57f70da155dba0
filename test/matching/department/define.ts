/*
 * How a department's labelled set is written down: its catalog (a JSON file, as the department keeps it), the
 * section headings its units write above each group of rows, and the rows units write, grouped by the indicator a
 * clerk would put them under. `defineSet` turns that into flat cases, adding the mechanical forms (NFD, no
 * diacritics, capitals, old tone placement with numbering) of some of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../src/core/model';
import { validateCatalog } from '../../../src/core/catalog';
import { oldTonePlacement } from '../../../src/core/text/normalize';
import { withoutDiacritics } from '../../../scripts/lib/sample-kit';

/** One row as a unit writes it, and the indicator a careful clerk would put it under (null: none of this catalog). */
export type DepartmentCase = {
  catalog: string;
  label: string;
  /** The ĐVT cell as the unit wrote it; absent when the sheet has no ĐVT column or the cell is empty. */
  measure?: string;
  /** The heading above the row as written (a section, or a sub-heading like "Số DVCTT, trong đó:"). */
  section?: string;
  /** For a sub-row ("- Di động", "+ Cố định"): the label of the row it narrows, as the unit wrote it. */
  parent?: string;
  expected: string | null;
  note?: string;
};

/** A row written by hand: label, then ĐVT text (omit or undefined for none), then options. */
export type Written = [label: string, measure?: string, options?: RowOptions];
export type RowOptions = {
  /** A sub-row of the row of this indicator ("- Di động" under "Tổng số thuê bao điện thoại"). */
  under?: string;
  /** A sub-heading written above this row, used as its section ("Số dịch vụ công trực tuyến, trong đó:"). */
  heading?: string;
  /** This row's section heading, when the rotation of the group's headings would not fit. */
  section?: string | null;
  note?: string;
};
/** A row that must match nothing: the catalog group it would sit in, label, ĐVT, and why it is not an indicator here. */
export type WrittenNegative = [group: string, label: string, measure: string | undefined, note: string];

/** Typical range of a unit's figure, for the synthetic reports (min, max; a rate in percent). */
export type FigureRange = [number, number];

export type DepartmentSpec = {
  /** File name (without .json) under the catalogs folder; also the set's name. */
  name: string;
  /** Folder of the catalog JSON; the public sets use test/matching/catalogs. */
  folder: string;
  /** Who reports: district-level (before 7/2025) or commune/ward-level units. */
  level: 'district' | 'commune';
  /** Units of the province, as the synthetic reports name them. */
  units: string[];
  period: string;
  /** Catalog group → the headings units write above it (one style per report). */
  sections: Record<string, string[]>;
  figures: Record<string, FigureRange>;
  positives: Record<string, Written[]>;
  negatives: WrittenNegative[];
};

export type DepartmentSet = DepartmentSpec & {
  catalog: Catalog;
  /** The group each indicator sits in, from the catalog. */
  groupOf: Map<string, string>;
  cases: DepartmentCase[];
  /** Every case with the options it was written with and its group, which the synthetic reports are built from. */
  rows: { kase: DepartmentCase; options: RowOptions; group: string; id: string | null }[];
};

/** Reads a catalog JSON as the command line does; a catalog that does not validate is a broken test set. */
export function loadCatalog(folder: string, name: string): Catalog {
  const json: unknown = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8'));
  const checked = validateCatalog(json);
  if (!checked.ok) throw new Error(`${name}.json: ${checked.errors.join('; ')}`);
  return checked.catalog;
}

/** Section heading of the n-th row of a group: the group's headings in turn, and every so often none. */
function rotatingSection(spec: DepartmentSpec, group: string, n: number): string | undefined {
  const headings = spec.sections[group] ?? [];
  const slot = n % (headings.length + 1);
  return slot < headings.length ? headings[slot] : undefined;
}

/**
 * Builds a labelled set from what was written by hand. Throws on an id the catalog does not have, a group with no
 * headings, or the same label written twice for one catalog, so a slip in the data cannot pass silently.
 */
export function defineSet(spec: DepartmentSpec): DepartmentSet {
  const catalog = loadCatalog(spec.folder, spec.name);
  const groupOf = new Map(catalog.indicators.map((i) => [i.id, i.group ?? '']));
  const rows: DepartmentSet['rows'] = [];
  let n = 0;
  for (const [id, written] of Object.entries(spec.positives)) {
    const group = groupOf.get(id);
    if (group === undefined) throw new Error(`${spec.name}: no indicator «${id}»`);
    for (const [label, measure, options = {}] of written) {
      const parent = options.under ? spec.positives[options.under]?.[0]?.[0] : undefined;
      if (options.under && !parent)
        throw new Error(`${spec.name}: «${label}» is under «${options.under}», which has no rows`);
      const section =
        options.heading ??
        (options.section === undefined ? rotatingSection(spec, group, n++) : (options.section ?? undefined));
      const kase = caseOf(spec.name, label, measure, section, parent, id, options.note);
      rows.push({ kase, options, group, id });
    }
  }
  for (const [group, label, measure, note] of spec.negatives) {
    if (!spec.sections[group]) throw new Error(`${spec.name}: negative «${label}» in unknown group «${group}»`);
    rows.push({
      kase: caseOf(spec.name, label, measure, rotatingSection(spec, group, n++), undefined, null, note),
      options: {},
      group,
      id: null,
    });
  }
  const variants = mechanicalVariants(rows.map((r) => r.kase));
  rows.push(...variants.map(({ kase, of }) => ({ ...rows[of], kase })));
  const cases = rows.map((r) => r.kase);
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.label)) throw new Error(`${spec.name}: «${c.label}» written twice`);
    seen.add(c.label);
  }
  for (const id of Object.keys(spec.figures))
    if (!groupOf.has(id)) throw new Error(`${spec.name}: figures for unknown «${id}»`);
  return { ...spec, catalog, groupOf, cases, rows };
}

function caseOf(
  catalog: string,
  label: string,
  measure: string | undefined,
  section: string | undefined,
  parent: string | undefined,
  expected: string | null,
  note: string | undefined,
): DepartmentCase {
  const kase: DepartmentCase = { catalog, label, expected };
  if (measure !== undefined) kase.measure = measure;
  if (section !== undefined) kase.section = section;
  if (parent !== undefined) kase.parent = parent;
  if (note !== undefined) kase.note = note;
  return kase;
}

// ─── Mechanical forms: what fonts, keyboards and habits do to a label that was written right. ──────────────────
type Transform = { name: string; label: (s: string, n: number) => string; measure: (s: string) => string };

const TRANSFORMS: Transform[] = [
  { name: 'nfd', label: (s) => s.normalize('NFD'), measure: (s) => s.normalize('NFD') },
  { name: 'no diacritics', label: withoutDiacritics, measure: withoutDiacritics },
  { name: 'capitals', label: (s) => s.toLocaleUpperCase('vi'), measure: (s) => s },
  {
    name: 'old tones, numbered',
    label: (s, n) => `${(n % 7) + 1}.${(n % 3) + 1}. ${oldTonePlacement(s)}`,
    measure: oldTonePlacement,
  },
];

/**
 * One mechanical form of every fourth hand-written case (transforms in turn); its expected id is the original's.
 * `of`: the index of the case it was made from.
 */
function mechanicalVariants(cases: DepartmentCase[]): { kase: DepartmentCase; of: number }[] {
  const out: { kase: DepartmentCase; of: number }[] = [];
  const labels = new Set(cases.map((c) => c.label));
  cases.forEach((c, i) => {
    if (i % 4 !== 1) return;
    const t = TRANSFORMS[((i - 1) / 4) % TRANSFORMS.length];
    const label = t.label(c.label, i);
    if (label === c.label || labels.has(label)) return;
    labels.add(label);
    const variant: DepartmentCase = { ...c, label, note: `${c.note ? `${c.note}; ` : ''}variant: ${t.name}` };
    if (c.measure !== undefined) variant.measure = t.measure(c.measure);
    out.push({ kase: variant, of: i });
  });
  return out;
}
