import type { Evidence, Indicator, MatchResult, ReportRow, UnitReport } from '../model';
import { measureKind } from '../catalog/measure-kind';
import { parseFigure } from '../numbers';
import { stripMeasureSuffix } from '../text';
import { assignRows, type Edge } from './assign';
import { matched, sumOf, tierOf, unmatched, type RowOption } from './decide';
import { measureEvidence } from './evidence/measure';
import { orderEvidence, usableAnchors, type Anchor } from './evidence/order';
import { createQualifierTest, parentRowOf, subRowWords } from './evidence/parent';
import { addToConsensus, peersEvidence, sizeEvidence, type Consensus, type SizeTable } from './evidence/peers';
import { sectionEvidence } from './evidence/section';
import type { LabelReading } from './evidence/label';
import type { Matching } from './prepare';
import { formIds } from './template-id';
import { TIERS, WEIGHTS } from './weights';

/*
 * The matching stage: every row of every report, with its context, against the catalog. Each row's options are
 * the label's evidence plus the row's own (measure, section); a report is decided as a whole (one row per
 * indicator); then what the reports say together — the template's order, the other units' wordings and figures —
 * is added for the rows still undecided, and their reports are decided again.
 */

/** Options a row keeps from its label: more never change a decision. */
const OPTIONS_PER_ROW = 6;

type RowWork = {
  row: ReportRow;
  reading: LabelReading;
  /** Label and row evidence per indicator, before the reports are read together. */
  options: RowOption[];
  /** The wording key other reports are compared on. */
  key: string | null;
  /** The report's number style, to read the figure when the size evidence asks for it. */
  style: 'vi' | 'en';
};

type ReportWork = { report: UnitReport; rows: RowWork[] };

/**
 * "Hộ gia đình có cáp quang" with "%" in the ĐVT column is a rate: the label is read with the measure the way
 * offices that write it in the label do ("... (%)"), so rates and counts of the same words stay apart.
 */
function labelForMatching(row: ReportRow): string {
  if (!row.measure || /\)\s*$/.test(row.label)) return row.label;
  const kind = measureKind(row.measure);
  return kind === 'percent' || kind === 'density' ? `${row.label} (${row.measure})` : row.label;
}

/** The measure the unit wrote for a row: its ĐVT cell, else a suffix of its label. */
function writtenMeasure(row: ReportRow): string | undefined {
  return row.measure?.trim() || stripMeasureSuffix(row.label).measure;
}

function figureValue(row: ReportRow, style: 'vi' | 'en'): number | null {
  if (typeof row.raw === 'number') return row.raw;
  if (typeof row.raw !== 'string' || row.raw.trim() === '') return null;
  const figure = parseFigure(row.raw, { numberFormat: row.numberFormat, style });
  return figure.kind === 'number' ? figure.value : null;
}

/** The row's own evidence for one indicator: its measure and its section. */
function rowEvidence(
  matching: Matching,
  row: ReportRow,
  indicator: Indicator,
  sections: Map<string, Set<string>>,
): Evidence[] {
  const pieces: Evidence[] = [];
  const measure = measureEvidence(writtenMeasure(row), indicator);
  if (measure) pieces.push(measure);
  const section = sectionEvidence(row.section, indicator, matching.groups, sections);
  if (section) pieces.push(section);
  return pieces;
}

/** One run's shared answers: rows that read alike (wording, measure, section) share their options and results. */
type RunCache = {
  sections: Map<string, Set<string>>;
  rows: Map<string, { measure: string; section: string; blank: boolean; read: RowReading }[]>;
  results: WeakMap<RowOption[], Map<string, MatchResult>>;
  /** The usual case: a row matched surely to its first option. */
  sure: WeakMap<RowOption[], MatchResult>;
  forms: Map<string, RowOption[]>;
};

const NO_OPTIONS: RowOption[] = [];

function evidenceOf(
  matching: Matching,
  reading: LabelReading & { kind: 'read' },
  row: ReportRow,
  sections: Map<string, Set<string>>,
  extra: Evidence[],
): RowOption[] {
  const options: RowOption[] = [];
  for (const option of reading.options.slice(0, OPTIONS_PER_ROW)) {
    const indicator = matching.byId.get(option.id);
    if (!indicator) continue;
    const evidence = [option.evidence, ...extra, ...rowEvidence(matching, row, indicator, sections)];
    options.push({ id: option.id, weight: sumOf(evidence), evidence });
  }
  return options.sort((a, b) => b.weight - a.weight);
}

/** What a row's own text says (its label, measure, section), read once per distinct row of the run. */
type RowReading = { reading: LabelReading; options: RowOption[]; key: string | null };

function readRow(matching: Matching, row: ReportRow, cache: RunCache): RowReading {
  // By label, then the few contexts each label is written in: no key string built per row.
  const measure = row.measure ?? '';
  const section = row.section ?? '';
  const blank = row.raw === null;
  let alike = cache.rows.get(row.label);
  if (!alike) cache.rows.set(row.label, (alike = []));
  for (const seen of alike)
    if (seen.measure === measure && seen.section === section && seen.blank === blank) return seen.read;
  const read = readRowText(matching, row, cache);
  alike.push({ measure, section, blank, read });
  return read;
}

function readRowText(matching: Matching, row: ReportRow, cache: RunCache): RowReading {
  const label = labelForMatching(row);
  let reading = matching.readLabel(label);
  // "Thanh tra, kiểm tra" with a figure and a measure is the indicator, not the section of that name.
  if (reading.kind === 'ignored' && reading.vi === 'tiêu đề phần' && row.measure && row.raw !== null)
    reading = matching.readAsIndicator(label);
  const options = reading.kind === 'read' ? evidenceOf(matching, reading, row, cache.sections, []) : NO_OPTIONS;
  return { reading, options, key: reading.kind === 'read' ? `${reading.label.key}|${reading.label.kind ?? ''}` : null };
}

/** Reads each row of a report: its label (or, for a qualifier sub-row, its parent's indicator plus its words). */
function readReport(
  matching: Matching,
  report: UnitReport,
  isQualifier: (label: string) => boolean,
  cache: RunCache,
): ReportWork {
  const rows: RowWork[] = [];
  const style = report.layout.numberStyle;
  // A form generated from this catalog names each row's indicator by id: sure, whatever its wording says.
  const formId = formIds(matching.catalog, report);
  report.rows.forEach((row, i) => {
    let { reading, options, key } = readRow(matching, row, cache);
    const id = formId?.(row) ?? null;
    if (id !== null) {
      rows.push({ row, reading, options: formOption(id, cache), key, style });
      return;
    }
    if (reading.kind === 'read' && !(options[0]?.weight >= TIERS.likely) && isQualifier(subRowWords(row.label))) {
      const parentAt = parentRowOf(report.rows, i);
      const parent = parentAt === null ? undefined : rows[parentAt];
      const parentId = parent && parent.options[0]?.weight >= TIERS.likely ? parent.options[0].id : null;
      if (parent && parentId) {
        const asPart = matching.readLabel(
          `${matching.byId.get(parentId)?.name ?? parent.row.label} ${subRowWords(row.label)}`,
        );
        const note: Evidence = {
          kind: 'parent',
          weight: 0,
          vi: `đọc cùng dòng trên «${parent.row.label}»`,
          en: `read with the row above, "${parent.row.label}"`,
        };
        const partOptions =
          asPart.kind === 'read' ? evidenceOf(matching, asPart, row, cache.sections, [note]) : NO_OPTIONS;
        if (partOptions[0] && partOptions[0].id !== parentId && partOptions[0].weight >= TIERS.likely) {
          reading = asPart;
          options = partOptions;
          key = asPart.kind === 'read' ? `${asPart.label.key}|${asPart.label.kind ?? ''}` : null;
        }
      }
    }
    rows.push({ row, reading, options, key, style });
  });
  return { report, rows };
}

/**
 * Decides one report: sure rows first (two sure rows of one indicator are a real duplicate, kept for the check
 * stage), then the other rows, one per free indicator, so the summed weight is greatest.
 */
function decideReport(
  work: ReportWork,
  extra: ((row: number, id: string) => Evidence[]) | null,
  cache: RunCache,
): MatchResult[] {
  const options = work.rows.map((r, i) => {
    if (extra === null) return r.options;
    let changed = false;
    const more = r.options.map((o) => {
      const added = extra(i, o.id);
      if (added.length === 0) return o;
      changed = true;
      return { id: o.id, weight: o.weight + sumOf(added), evidence: [...o.evidence, ...added] };
    });
    return changed ? more.sort((a, b) => b.weight - a.weight) : r.options;
  });
  // Rows with the same options and the same choice get the same (never changed) result.
  const matchedOnce = (
    reading: LabelReading,
    list: RowOption[],
    chosen: RowOption,
    tier: 'sure' | 'likely',
  ): MatchResult => {
    if (tier === 'sure' && chosen === list[0]) {
      let result = cache.sure.get(list);
      if (!result) cache.sure.set(list, (result = matched(reading, list, chosen, tier)));
      return result;
    }
    let byChoice = cache.results.get(list);
    if (!byChoice) cache.results.set(list, (byChoice = new Map<string, MatchResult>()));
    const key = `${chosen.id}|${tier}`;
    let result = byChoice.get(key);
    if (!result) byChoice.set(key, (result = matched(reading, list, chosen, tier)));
    return result;
  };
  const results: (MatchResult | null)[] = work.rows.map(() => null);
  const takenBy = new Map<string, number>();
  options.forEach((list, i) => {
    const [first, second] = list;
    if (!first) return;
    // A wording wider than two indicators ("Số hồ sơ tiếp nhận": online and by post) is likelier their total than
    // either: never matched to one of them, whatever its section or place says.
    const reading = work.rows[i].reading;
    if (reading.kind === 'read' && reading.bothCover?.some((o) => o.id === first.id)) {
      results[i] = unmatched(reading, list);
      return;
    }
    if (tierOf(first.weight, first.weight - (second?.weight ?? -Infinity)) === 'sure') {
      results[i] = matchedOnce(work.rows[i].reading, list, first, 'sure');
      if (!takenBy.has(first.id)) takenBy.set(first.id, i);
    }
  });
  const edges: Edge[] = [];
  options.forEach((list, i) => {
    if (results[i]) return;
    for (const o of list)
      if (o.weight >= TIERS.likely && !takenBy.has(o.id))
        edges.push({ row: i, id: o.id, weight: o.weight - TIERS.likely + 1e-3 });
  });
  // Most reports are decided by their sure rows alone: no assignment to solve.
  const assigned = edges.length === 0 ? new Map<number, string>() : assignRows(edges);
  const holder = new Map(takenBy);
  for (const [row, id] of assigned) holder.set(id, row);
  options.forEach((list, i) => {
    if (results[i]) return;
    const reading = work.rows[i].reading;
    const id = assigned.get(i);
    if (id !== undefined) {
      const chosen = list.find((o) => o.id === id) as RowOption;
      // The lead over the indicators still free: one taken by a surer row is no rival.
      const rival = list.find((o) => o.id !== id && (holder.get(o.id) ?? i) === i);
      const tier = tierOf(chosen.weight, chosen.weight - (rival?.weight ?? -Infinity));
      const wider = reading.kind === 'read' && reading.bothCover?.some((o) => o.id === id);
      results[i] = tier && !wider ? matchedOnce(reading, list, chosen, tier) : unmatched(reading, list);
      return;
    }
    const row = work.rows[i].row;
    // A row with no figure and no measure that is no indicator is a heading the detector could not tell
    // ("4. DVCTT toàn trình, một phần" over the service rows): nothing to decide, nothing to flag.
    if (reading.kind === 'read' && isBlank(row) && !(list[0]?.weight >= TIERS.likely)) {
      results[i] = {
        kind: 'ignored',
        reason: 'dòng không có số liệu và không khớp chỉ tiêu nào: coi là tiêu đề',
        reasonEn: 'a row with no figure that matches no indicator: taken as a heading',
      };
      return;
    }
    const best = list[0];
    const owner = best && best.weight >= TIERS.likely ? holder.get(best.id) : undefined;
    results[i] = unmatched(
      reading,
      list,
      owner !== undefined && owner !== i ? takenNote(work.rows[owner].row) : undefined,
    );
  });
  return results as MatchResult[];
}

const FORM_EVIDENCE = {
  kind: 'template',
  weight: WEIGHTS.exact,
  vi: 'mã chỉ tiêu của mẫu báo cáo',
  en: 'the indicator id of the report form',
} as const;

/** The one option of a row whose form names its indicator (shared per id: results are cached per options list). */
function formOption(id: string, cache: RunCache): RowOption[] {
  let options = cache.forms.get(id);
  if (!options) cache.forms.set(id, (options = [{ id, weight: WEIGHTS.exact, evidence: [FORM_EVIDENCE] }]));
  return options;
}

function isBlank(row: ReportRow): boolean {
  return (row.raw === null || (typeof row.raw === 'string' && row.raw.trim() === '')) && !row.measure?.trim();
}

function takenNote(owner: ReportRow): { vi: string; en: string } {
  return {
    vi: `chỉ tiêu này đã là dòng «${owner.label}» (${owner.labelCell.address})`,
    en: `that indicator is already the row "${owner.label}" (${owner.labelCell.address})`,
  };
}

const isOpen = (r: MatchResult): boolean => r.kind === 'unmatched' || (r.kind === 'matched' && r.tier === 'likely');

/**
 * What the first decisions of all reports say together, only where an undecided row will ask: the sure wordings
 * of the wordings still open, and the sure figures of the indicators they may be.
 */
function gatherPeers(
  matching: Matching,
  works: ReportWork[],
  first: MatchResult[][],
): { consensus: Consensus; sizes: SizeTable } {
  const openKeys = new Set<string>();
  const openIds = new Set<string>();
  works.forEach((work, w) =>
    work.rows.forEach((row, i) => {
      if (!isOpen(first[w][i])) return;
      if (row.key) openKeys.add(row.key);
      for (const o of row.options) openIds.add(o.id);
    }),
  );
  const counted = new Set([...openIds].filter((id) => measureKind(matching.byId.get(id)?.unit ?? '') === 'count'));
  const consensus: Consensus = new Map();
  const sizes: SizeTable = new Map();
  works.forEach((work, w) => {
    work.rows.forEach((row, i) => {
      const result = first[w][i];
      if (result.kind !== 'matched' || result.tier !== 'sure') return;
      if (row.key && openKeys.has(row.key)) addToConsensus(consensus, row.key, result.id);
      if (!counted.has(result.id)) return;
      const value = figureValue(row.row, row.style);
      if (value === null || !(value > 0)) return;
      let list = sizes.get(result.id);
      if (!list) sizes.set(result.id, (list = []));
      list.push(Math.log10(value));
    });
  });
  for (const list of sizes.values()) list.sort((a, b) => a - b);
  return { consensus, sizes };
}

/** The second reading's evidence for an undecided row: the template's order, the other units. */
function togetherEvidence(
  matching: Matching,
  work: ReportWork,
  first: MatchResult[],
  peers: { consensus: Consensus; sizes: SizeTable },
) {
  const anchors: Anchor[] = [];
  const holders = new Map<string, number>();
  first.forEach((result, i) => {
    if (result.kind !== 'matched') return;
    if (!holders.has(result.id)) holders.set(result.id, i);
    const order = matching.order.get(result.id);
    if (result.tier === 'sure' && order !== undefined)
      anchors.push({ row: i, order, name: matching.byId.get(result.id)?.name ?? result.id });
  });
  const usable = usableAnchors(anchors);
  // Free for row i: held by no row, or by row i itself in the first decision.
  const freeBetween = (i: number) => (from: number, to: number) => {
    let free = 0;
    for (let k = from + 1; k < to; k++) {
      const holder = holders.get(matching.catalog.indicators[k].id);
      if (holder === undefined || holder === i) free += 1;
    }
    return free;
  };
  return (i: number, id: string): Evidence[] => {
    const result = first[i];
    if (result.kind === 'ignored' || (result.kind === 'matched' && result.tier === 'sure')) return [];
    const row = work.rows[i];
    const pieces: Evidence[] = [];
    const order = matching.order.get(id);
    const heldElsewhere = holders.has(id) && holders.get(id) !== i;
    const byOrder = order === undefined ? null : orderEvidence(usable, i, order, freeBetween(i), heldElsewhere);
    if (byOrder) pieces.push(byOrder);
    const byPeers = row.key ? peersEvidence(peers.consensus, row.key, id) : null;
    if (byPeers) pieces.push(byPeers);
    const indicator = matching.byId.get(id);
    const bySize =
      indicator && measureKind(indicator.unit) === 'count'
        ? sizeEvidence(peers.sizes, figureValue(row.row, row.style), indicator)
        : null;
    if (bySize) pieces.push(bySize);
    return pieces;
  };
}

/**
 * Matches every row of every report to the catalog: for each report, one result per row, in order.
 * @example matchReports([report], prepareMatching(catalog))[0][3] // { kind: 'matched', id: 'bts', tier: 'sure', ... }
 */
export function matchReports(reports: readonly UnitReport[], matching: Matching): MatchResult[][] {
  const isQualifier = createQualifierTest(matching.index);
  const cache: RunCache = {
    sections: new Map(),
    rows: new Map(),
    results: new WeakMap(),
    sure: new WeakMap(),
    forms: new Map(),
  };
  const works = reports.map((report) => readReport(matching, report, isQualifier, cache));
  const first = works.map((work) => decideReport(work, null, cache));
  const undecided = first.some((results) => results.some(isOpen));
  if (!undecided) return first;
  const peers = gatherPeers(matching, works, first);
  return works.map((work, w) => {
    const open = first[w].some(isOpen);
    return open ? decideReport(work, togetherEvidence(matching, work, first[w], peers), cache) : first[w];
  });
}
