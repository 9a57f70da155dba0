import type { BuiltinLink, Catalog, Indicator, Rule } from '../model';
import { indicatorKind } from '../catalog/measure-kind';
import { plainMatcher, type Matcher } from './label-matcher';
import { compareMeasure } from './evidence/measure';
import type { LentForm } from './text-index';

/*
 * What the built-in catalog knows, lent to a department's own: each department indicator that is surely a built-in
 * one (same meaning, same kind of figure, a measure that agrees) borrows its wordings for matching and the checks
 * the department did not write (ranges, whole numbers, rules). It never overrides what the department wrote: a
 * borrowed wording that the department's catalog reads as another of its indicators is dropped, and a field the
 * department set is kept.
 */

function sureMatch(matcher: Matcher, text: string): string | null {
  const result = matcher.match(text);
  return result.kind === 'matched' && result.tier === 'sure' ? result.id : null;
}

/** Same kind of figure, and a measure that is not another thing ("hộ" is not "người"). */
function compatible(mine: Indicator, theirs: Indicator): boolean {
  if (indicatorKind(mine) !== indicatorKind(theirs)) return false;
  const measures = compareMeasure(mine.unit, theirs.unit);
  return measures === 'same' || measures === 'unknown';
}

/**
 * Links a department's indicators to the built-in ones they are: the department's name (or an alias) reads surely as
 * the built-in indicator, and the built-in name reads as the department's.
 * @example linkToBuiltin({ indicators: [{ id: 'CT05', name: 'Số trạm BTS', unit: 'trạm' }] }, defaultCatalog)[0].builtinId // "bts_stations"
 */
export function linkToBuiltin(catalog: Catalog, builtin: Catalog): BuiltinLink[] {
  const builtinById = new Map(builtin.indicators.map((i) => [i.id, i]));
  // A catalog made from the built-in one (the default, or a copy that learnt aliases) knows what it knows already.
  if (catalog.indicators.every((i) => builtinById.get(i.id)?.name === i.name)) return [];
  const theirs = plainMatcher(builtin);
  const mine = plainMatcher(catalog);
  const found: BuiltinLink[] = [];
  for (const indicator of catalog.indicators) {
    const builtinId =
      [indicator.name, ...(indicator.aliases ?? [])].map((text) => sureMatch(theirs, text)).find((id) => id !== null) ??
      null;
    const other = builtinId ? builtinById.get(builtinId) : undefined;
    if (!other || !compatible(indicator, other)) continue;
    // Both ways: the built-in name must read as this indicator in the department's catalog too. "Mật độ điện thoại"
    // (all telephones) reads as the built-in mobile density, but "Mật độ thuê bao di động" is not the department's.
    const back = mine.match(other.name);
    if (back.kind !== 'matched' || back.id !== indicator.id) continue;
    found.push({
      id: indicator.id,
      builtinId: other.id,
      builtinName: other.name,
      reason: `«${indicator.name}» là chỉ tiêu «${other.name}» của danh mục mặc định`,
      reasonEn: `"${indicator.name}" is the built-in indicator "${other.nameEn ?? other.name}"`,
    });
  }
  // Two department indicators on one built-in indicator: neither is surely it.
  const claims = new Map<string, number>();
  for (const link of found) claims.set(link.builtinId, (claims.get(link.builtinId) ?? 0) + 1);
  return found.filter((link) => claims.get(link.builtinId) === 1);
}

/** The built-in wordings of each linked indicator that the department's catalog does not read as another of its own. */
export function lentForms(catalog: Catalog, links: BuiltinLink[], builtin: Catalog): LentForm[] {
  if (links.length === 0) return [];
  const builtinById = new Map(builtin.indicators.map((i) => [i.id, i]));
  const mine = plainMatcher(catalog);
  const lent: LentForm[] = [];
  for (const link of links) {
    const other = builtinById.get(link.builtinId);
    if (!other) continue;
    for (const text of [other.name, ...(other.aliases ?? [])]) {
      const read = mine.match(text);
      if (read.kind === 'matched' && read.id !== link.id) continue;
      lent.push({ indicatorId: link.id, text });
    }
  }
  return lent;
}

function translateRule(rule: Rule, toMine: Map<string, string>): Rule | null {
  if ('lte' in rule) {
    const id = toMine.get(rule.lte);
    return id ? { lte: id } : null;
  }
  const parts = rule.sumOfLte.map((id) => toMine.get(id));
  return parts.every((id): id is string => id !== undefined) ? { sumOfLte: parts } : null;
}

/**
 * The department's catalog with the checks its linked indicators borrow: bounds, whole numbers, the size indicator,
 * the English name and the rules whose other indicators are linked too — only where the department set none.
 */
export function withBuiltinChecks(catalog: Catalog, links: BuiltinLink[], builtin: Catalog): Catalog {
  if (links.length === 0) return catalog;
  const builtinById = new Map(builtin.indicators.map((i) => [i.id, i]));
  const toMine = new Map(links.map((l) => [l.builtinId, l.id]));
  const linkOf = new Map(links.map((l) => [l.id, l]));
  return {
    ...catalog,
    indicators: catalog.indicators.map((indicator) => {
      const link = linkOf.get(indicator.id);
      const other = link ? builtinById.get(link.builtinId) : undefined;
      if (!other) return indicator;
      const borrowed: Indicator = { ...indicator };
      if (borrowed.min === undefined && other.min !== undefined) borrowed.min = other.min;
      if (borrowed.max === undefined && other.max !== undefined) borrowed.max = other.max;
      if (borrowed.integer === undefined && other.integer !== undefined) borrowed.integer = other.integer;
      if (borrowed.nameEn === undefined && other.nameEn !== undefined) borrowed.nameEn = other.nameEn;
      if (borrowed.sizeBy === undefined && other.sizeBy !== undefined && toMine.has(other.sizeBy))
        borrowed.sizeBy = toMine.get(other.sizeBy);
      if (borrowed.rules === undefined && other.rules) {
        const rules = other.rules.map((r) => translateRule(r, toMine)).filter((r): r is Rule => r !== null);
        if (rules.length > 0) borrowed.rules = rules;
      }
      return borrowed;
    }),
  };
}
