import type { Aggregate, Catalog, CatalogNeed, Grid, Indicator, Rule, UnitReport } from '../model';
import { detectReport } from '../detect';
import { looseKey } from '../detect/fold';
import { readSheetText } from '../detect/sheet-text';
import { measureKind } from '../catalog/measure-kind';
import { convertMeasure, sameMeasure } from '../numbers';
import { stripNumbering } from '../text';
import { chooseAggregate, type AggregateChoice, type Draft } from './aggregate-rule';
import { formIndicators, type FormIndicator } from './form-structure';
import { indicatorIds } from './indicator-ids';
import { linkToBuiltIn, type BuiltInLink } from './link-builtin';
import { aggregateNeed, measureNeed } from './needs';

export type TemplateCatalog =
  | {
      ok: true;
      catalog: Catalog;
      /** Indicators linked to the built-in catalog (their ranges and rules came along). */
      linked: number;
      /** Rules other than a plain sum, and why each was chosen, for the person to see. */
      aggregates: { id: string; name: string; aggregate: Aggregate; from: AggregateChoice['from'] }[];
    }
  | { ok: false; reason: string; reasonEn: string };

/**
 * Reads a department's blank form (the template it sends every unit) into a catalog, with the same detection as a
 * unit's report: one indicator a row — a stable id, the name as written, the measure, the section, the parent of a
 * "Trong đó" part, the form's order and numbering — and the aggregate rule its measure implies. An indicator the
 * built-in catalog also has is linked to it, so its ranges and rules come along. What the form does not say is
 * listed in `needs`, never guessed.
 * @example catalogFromTemplate(grid) // { ok: true, catalog: { indicators: [...], needs: [...] }, linked: 12, ... }
 */
export function catalogFromTemplate(grid: Grid): TemplateCatalog {
  const detected = detectReport(grid, { blankForm: true });
  if (detected.kind === 'not_report') {
    return {
      ok: false,
      reason: `Không đọc được mẫu «${grid.name}»: ${detected.reason}`,
      reasonEn: `The form "${grid.name}" could not be read: ${detected.reason}`,
    };
  }
  const report = detected.report;
  const rows = formIndicators(report);
  if (rows.length === 0)
    return {
      ok: false,
      reason: `Mẫu «${grid.name}» không có dòng chỉ tiêu nào`,
      reasonEn: `The form "${grid.name}" has no indicator rows`,
    };

  const own: (BuiltInLink | null)[] = [];
  rows.forEach((row) => own.push(linkOf(row, rows, own)));
  const links = oneToOne(own);
  const measures = rows.map((row, i) => (row.measure === '' && links[i] ? links[i].indicator.unit : row.measure));
  const ids = indicatorIds(
    rows.map((row, i) => ({
      name: row.name,
      parent: row.parent,
      builtIn: links[i]?.indicator.id,
      fixed: uniqueFixed(rows, i),
    })),
  );
  const byBuiltIn = new Map(links.flatMap((link, i) => (link ? [[link.indicator.id, ids[i]] as const] : [])));
  const idOf = (builtInId: string) => byBuiltIn.get(builtInId);
  const drafts: Draft[] = rows.map((row, i) => ({
    id: ids[i],
    name: row.name,
    measure: measures[i],
    parent: row.parent,
    link: links[i]?.indicator ?? null,
  }));

  const choices = rows.map((_, i) => chooseAggregate(i, drafts, idOf));
  const indicators = rows.map((row, i) => toIndicator(row, drafts, i, choices[i].aggregate, idOf));
  const aggregates = indicators.flatMap((ind, i) =>
    choices[i].aggregate === 'sum'
      ? []
      : [{ id: ind.id, name: ind.name, aggregate: choices[i].aggregate, from: choices[i].from }],
  );

  const needs: CatalogNeed[] = indicators.filter((_, i) => choices[i].from === 'undecided').map(aggregateNeed);
  const unmeasured = indicators.filter((ind) => ind.unit === '');
  if (unmeasured.length > 0) needs.push(measureNeed(unmeasured));

  const catalog: Catalog = { indicators, source: `${grid.source.file}#${grid.source.sheet}` };
  const title = formTitle(grid, report);
  if (title) catalog.title = title;
  if (needs.length > 0) catalog.needs = needs;
  return { ok: true, catalog, linked: links.filter(Boolean).length, aggregates };
}

/**
 * The row's built-in indicator; a short part ("- Toàn trình") is also read with its whole, as consolidate reads it:
 * the whole's built-in name when it has one ("Tổng số dịch vụ công trực tuyến toàn trình"), else its wording.
 */
function linkOf(row: FormIndicator, rows: FormIndicator[], links: (BuiltInLink | null)[]): BuiltInLink | null {
  const own = linkToBuiltIn(row.name, row.measure);
  if (own || row.parent === undefined) return own;
  const parent = rows[row.parent];
  const whole = links[row.parent];
  const together = linkToBuiltIn(`${whole?.indicator.name ?? parent.name} ${row.name}`, row.measure || parent.measure);
  return together && together.indicator.id !== whole?.indicator.id ? together : null;
}

/** The id a row carries, when no other row carries it too (a row copied with its id keeps none). */
function uniqueFixed(rows: FormIndicator[], i: number): string | undefined {
  const id = rows[i].templateId;
  return id !== undefined && rows.filter((r) => r.templateId === id).length === 1 ? id : undefined;
}

/** One form row per built-in indicator: of two rows linked to the same one, the surer (or the first) keeps it. */
function oneToOne(links: (BuiltInLink | null)[]): (BuiltInLink | null)[] {
  const best = new Map<string, number>();
  links.forEach((link, i) => {
    if (!link) return;
    const held = best.get(link.indicator.id);
    if (held === undefined || link.confidence > (links[held]?.confidence ?? 0)) best.set(link.indicator.id, i);
  });
  return links.map((link, i) => (link && best.get(link.indicator.id) === i ? link : null));
}

function toIndicator(
  row: FormIndicator,
  drafts: Draft[],
  index: number,
  aggregate: Aggregate,
  idOf: (id: string) => string | undefined,
): Indicator {
  const draft = drafts[index];
  const ids = drafts.map((d) => d.id);
  const indicator: Indicator = { id: ids[index], name: row.name, unit: draft.measure };
  if (row.group) indicator.group = row.group;
  if (row.number) indicator.number = row.number;
  if (row.parent !== undefined) indicator.parent = ids[row.parent];
  indicator.order = index + 1;
  if (aggregate !== 'sum') indicator.aggregate = aggregate;
  const kind = draft.measure === '' ? null : measureKind(draft.measure);
  const link = draft.link;
  // Units return the form's own wording: kept as an alias when it says more than the name ("..., trong đó:").
  const written = stripNumbering(row.label);
  const aliases = looseKey(written) !== looseKey(row.name) ? [written] : [];
  if (link) {
    indicator.builtIn = link.id;
    if (link.nameEn) indicator.nameEn = link.nameEn;
    // The built-in bounds are in its own measure: a form counting in "nghìn người" gets them converted, and a whole
    // count of people is no whole number of thousands.
    const same = draft.measure === link.unit || sameMeasure(draft.measure, link.unit);
    const bound = (n: number | undefined) =>
      n === undefined ? undefined : same ? n : (convertMeasure(n, link.unit, draft.measure) ?? undefined);
    const [min, max] = [bound(link.min), bound(link.max)];
    if (min !== undefined) indicator.min = min;
    if (max !== undefined) indicator.max = max;
    if (link.integer && same) indicator.integer = true;
    const sizeBy = link.sizeBy ? idOf(link.sizeBy) : undefined;
    if (sizeBy && sizeBy !== indicator.id) indicator.sizeBy = sizeBy;
    // The built-in wordings help reports a unit writes its own way; the form's own name is already the name.
    const key = looseKey(row.name);
    aliases.push(
      ...[link.name, ...(link.aliases ?? [])].filter((a, i, all) => looseKey(a) !== key && all.indexOf(a) === i),
    );
  } else if (kind === 'percent') {
    indicator.min = 0;
    indicator.max = 100;
  } else if (kind === 'count' || kind === 'money') {
    indicator.min = 0;
  }
  if (aliases.length > 0) indicator.aliases = aliases;
  const rules = dedupeRules([...translatedRules(link?.rules, idOf, indicator.id), ...partRule(row, drafts, index)]);
  if (rules.length > 0) indicator.rules = rules;
  return indicator;
}

function dedupeRules(rules: Rule[]): Rule[] {
  const seen = new Set<string>();
  return rules.filter((rule) => {
    const key = JSON.stringify(rule);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** The built-in rules whose indicators are all on the form, in the form's ids. */
function translatedRules(rules: Rule[] | undefined, idOf: (id: string) => string | undefined, self: string): Rule[] {
  return (rules ?? []).flatMap((rule): Rule[] => {
    if ('lte' in rule) {
      const to = idOf(rule.lte);
      return to && to !== self ? [{ lte: to }] : [];
    }
    const parts = rule.sumOfLte.map(idOf);
    return parts.every((p): p is string => p !== undefined && p !== self) ? [{ sumOfLte: parts }] : [];
  });
}

/** A counted part ("Trong đó: thuê bao 4G") is at most its whole, when both count the same thing. */
function partRule(row: FormIndicator, drafts: Draft[], index: number): Rule[] {
  const draft = drafts[index];
  const whole = row.parent !== undefined ? drafts[row.parent] : undefined;
  if (!whole || draft.measure === '' || whole.measure === '') return [];
  const kind = measureKind(draft.measure);
  return (kind === 'count' || kind === 'money') && sameMeasure(whole.measure, draft.measure) ? [{ lte: whole.id }] : [];
}

/**
 * The report's title on the form, without its period and the lines every form has (national motto, unit, number,
 * date): "BÁO CÁO" and the line after it, or the first line naming a report.
 */
function formTitle(grid: Grid, report: UnitReport): string | undefined {
  const end = report.layout.headerRow ?? 0;
  const sheet = readSheetText(grid, end, 40);
  const lines: string[] = [];
  for (let r = 0; r < sheet.rows; r++)
    for (let c = 0; c < sheet.cols; c++) if (!sheet.owner(r, c)) lines.push(...sheet.text(r, c).split('\n'));
  const kept = lines.map((l) => l.trim()).filter((l) => l !== '' && !BOILERPLATE.test(looseKey(l)));
  const lone = kept.findIndex((l) => /^(bao cao|bieu mau|bieu)$/.test(looseKey(l)));
  const chosen =
    lone >= 0 && kept[lone + 1]
      ? kept[lone + 1]
      : kept.find((l) => /\b(bao cao|ket qua|so lieu|tinh hinh|thong ke)\b/.test(looseKey(l)));
  if (!chosen) return undefined;
  const title = chosen
    .replace(PERIOD_TAIL, '')
    .replace(/[\s,:;–-]+$/u, '')
    .trim();
  return title === '' ? undefined : title;
}

const BOILERPLATE =
  /^(cong hoa|doc lap|ubnd|uy ban|don vi|so \d|so\s*$|kinh gui|noi nhan|bieu so \d|bieu mau so|ngay|thang|nam|dvt|don vi tinh)|\bngay\b.*\bthang\b.*\bnam\b/;
const PERIOD_TAIL =
  /\s*[(,–-]?\s*\b(?:6|06|9|09|sáu|chín)\s+tháng\b.*$|\s*[(,–-]?\s*\bquý\b.*$|\s*[(,–-]?\s*\b(?:kỳ|năm)\s+(?:20|19|báo cáo)[\d.…]*.*$/iu;
