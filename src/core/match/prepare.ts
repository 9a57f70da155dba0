import type { BuiltinLink, Catalog, Indicator } from '../model';
import { defaultCatalog } from '../catalog/default-catalog';
import { linkToBuiltin, lentForms, withBuiltinChecks } from './builtin-link';
import { createLabelScorer, type LabelReading } from './evidence/label';
import { groupIndex, type GroupIndex } from './evidence/section';
import { buildTextIndex, type TextIndex } from './text-index';

/** Everything matching knows of one catalog, built once and shared by every run over it. */
export type Matching = {
  /** The department's catalog with the checks borrowed from linked built-in indicators. */
  catalog: Catalog;
  links: BuiltinLink[];
  index: TextIndex;
  readLabel: (label: string) => LabelReading;
  /** The same, for a row whose label names a section but which has a figure and a measure. */
  readAsIndicator: (label: string) => LabelReading;
  groups: GroupIndex;
  byId: Map<string, Indicator>;
  /** Each indicator's place in the template (the catalog's order). */
  order: Map<string, number>;
};

// Catalogs are never changed in place (addAlias returns a new one), so a catalog's matching and the label readings
// it has cached serve every later run over the same catalog: the add-in's dry run, its real run, the next period.
const prepared = new WeakMap<Catalog, Matching>();

/**
 * Prepares matching for a catalog: its link to the built-in catalog, the text index of its wordings (and the
 * borrowed ones), its groups and order.
 * @example prepareMatching(catalog).links // [{ id: 'CT05', builtinId: 'bts_stations', ... }]
 */
export function prepareMatching(catalog: Catalog, builtin: Catalog = defaultCatalog): Matching {
  const known = builtin === defaultCatalog ? prepared.get(catalog) : undefined;
  if (known) return known;
  const links = linkToBuiltin(catalog, builtin);
  const lent = lentForms(catalog, links, builtin);
  const enriched = withBuiltinChecks(catalog, links, builtin);
  const index = buildTextIndex(enriched, lent);
  const matching: Matching = {
    catalog: enriched,
    links,
    index,
    readLabel: createLabelScorer(index),
    readAsIndicator: createLabelScorer(index, { headings: false }),
    groups: groupIndex(enriched),
    byId: new Map(enriched.indicators.map((i) => [i.id, i])),
    order: new Map(enriched.indicators.map((i, k) => [i.id, k])),
  };
  if (builtin === defaultCatalog) prepared.set(catalog, matching);
  return matching;
}
