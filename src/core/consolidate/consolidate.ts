import type { ConsolidationResult, Grid, Issue, SkippedSheet, Summary, UnitInfo, UnitReport } from '../model';
import { commonPeriod, detectReport, periodKey } from '../detect';
import { matchReports, prepareMatching, type Matching } from '../match';
import { mergeReports, type MatchedReport } from '../merge';
import { checkSummary } from '../check';
import { makeIssue } from '../check/context';
import type { ConsolidateOptions } from './options';
import { detectOptionsFor, nameUnits, unitPlanFor } from './units';
import { CONSOLIDATE_TEXTS, skipReason } from './messages';

/**
 * The whole engine: grids in, the provincial summary and its issues out. Pure: the same grids give the same result.
 * @example consolidate(grids, { catalog: defaultCatalog, expectedUnits }).summary.rows[0].total
 */
export function consolidate(grids: Grid[], options: ConsolidateOptions): ConsolidationResult {
  const progress = options.onProgress ?? (() => undefined);
  const matching = prepareMatching(options.catalog);
  const {
    reports: matched,
    skipped,
    unitIssues,
    period,
    expected,
    unitsFrom,
  } = detectUnits(grids, options, matching, progress);
  const units = matched.map((m) => m.unit);
  const merged = mergeReports(matched, matching.catalog);
  progress(1, 'merge');
  const seen = new Set(units.map((u) => u.name));
  const summary: Summary = {
    catalog: matching.catalog,
    builtinLinks: matching.links,
    period,
    units,
    missingUnits: (expected ?? []).filter((u) => !seen.has(u.name)).map((u) => u.name),
    ...(expected ? { expected } : {}),
    ...(unitsFrom ? { unitsFrom } : {}),
    rows: merged.rows,
    unmatched: merged.unmatched,
    mapping: merged.mapping,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const issues = [
    ...unitIssues,
    ...checkSummary({ summary, measureConflicts: merged.measureConflicts, period: summary.period }),
  ];
  progress(1, 'check');
  return { summary, issues, skipped };
}

/** `period`: the period being consolidated (given, or the one most visible reports give), decided once. */
type DetectedUnits = {
  reports: MatchedReport[];
  skipped: SkippedSheet[];
  unitIssues: Issue[];
  period: string | null;
} & Pick<ReturnType<typeof nameUnits>, 'expected' | 'unitsFrom'>;

/**
 * A sheet read as a unit's report; `indicators`: how many of its rows matched (0 for another sector's sheet);
 * `official`: its unit's place in the official order.
 */
type SheetChoice = {
  unit: UnitInfo;
  rows: MatchedReport['rows'];
  indicators: number;
  hidden: boolean;
  order: number;
  official?: number | null;
};

/**
 * One unit per report sheet. When several sheets name the same unit (a resend, last year's copy kept hidden), the
 * visible one of the period being consolidated is used and the others are skipped with an error issue: two sheets
 * are never silently merged into one unit.
 */
function detectUnits(
  grids: Grid[],
  options: ConsolidateOptions,
  matching: Matching,
  progress: NonNullable<ConsolidateOptions['onProgress']>,
): DetectedUnits {
  const skipped: SkippedSheet[] = [];
  const detected: { report: UnitReport; hidden: boolean; order: number; source: string }[] = [];
  const detectOptions = detectOptionsFor(unitPlanFor(options, options.period ?? null), options);
  grids.forEach((grid, order) => {
    const result = detectReport(grid, detectOptions);
    const source = `${grid.source.file}#${grid.source.sheet}`;
    if (result.kind === 'not_report')
      skipped.push({ source, reason: result.reason, ...(result.reasonEn ? { reasonEn: result.reasonEn } : {}) });
    else detected.push({ report: result.report, hidden: grid.hidden === true, order, source });
    if (order % 16 === 15) progress((order + 1) / grids.length, 'detect');
  });
  progress(1, 'detect');
  // Every report's rows are matched together: the other units' wordings and figures are evidence too.
  const decisions = matchReports(
    detected.map((d) => d.report),
    matching,
  );
  progress(1, 'match');
  const candidates: SheetChoice[] = detected.map(({ report, hidden, order, source }, k) => {
    const unit: UnitInfo = { name: report.unit ?? fallbackUnitName(report), source, period: report.period, report };
    const rows = report.rows.map((row, i) => ({ row, match: decisions[k][i] }));
    return { unit, rows, indicators: rows.filter((r) => r.match.kind === 'matched').length, hidden, order };
  });

  const target = options.period ?? commonPeriod(candidates.filter((c) => !c.hidden).map((c) => c.unit.period));
  const targetKey = target ? periodKey(target) : null;
  // The period decides the era, so which list names the units and who must report.
  const named = nameUnits(
    candidates.map((c) => c.unit),
    options,
    target,
  );
  candidates.forEach((c, i) => {
    c.unit = named.units[i];
    c.official = named.order[i];
  });
  const rules = sheetRules(
    (c) => targetKey !== null && c.unit.period !== null && periodKey(c.unit.period) === targetKey,
  );
  const byName = new Map<string, SheetChoice[]>();
  for (const c of candidates) byName.set(c.unit.name, [...(byName.get(c.unit.name) ?? []), c]);

  const chosen: SheetChoice[] = [];
  const unitIssues: Issue[] = [];
  for (const [name, group] of byName) {
    const ranked = [...group].sort((a, b) => rankSheets(rules, a, b));
    const [best, ...rest] = ranked;
    chosen.push(best);
    for (const other of rest) {
      if (other.indicators === 0 && best.indicators > 0) {
        // Another sector's sheet in the unit's workbook (culture, sport): not a second report, nothing to settle.
        skipped.push({ source: other.unit.source, ...skipReason(CONSOLIDATE_TEXTS.otherSector()) });
        continue;
      }
      skipped.push({
        source: other.unit.source,
        ...skipReason(CONSOLIDATE_TEXTS.duplicateUnit({ unit: name, used: best.unit.source })),
      });
      unitIssues.push(
        makeIssue('duplicate_conflict', {
          unit: name,
          cell: { file: other.unit.report.source.file, sheet: other.unit.report.source.sheet, address: 'A1' },
          vi: `Có hai trang tính cùng là báo cáo của ${name}: ${best.unit.source} và ${other.unit.source}${other.hidden ? ' (đang ẩn)' : ''}. Tổng hợp dùng ${best.unit.source} (${whyChosen(rules, best, other)}); hãy bỏ bản thừa hoặc sửa tên đơn vị.`,
          en: `Two sheets are reports of ${name}: ${best.unit.source} and ${other.unit.source}. Only ${best.unit.source} was used.`,
        }),
      );
    }
  }
  // The official order (codes, or the units list's order), then the sheets' order for units on no list.
  chosen.sort((a, b) => (a.official ?? Infinity) - (b.official ?? Infinity) || a.order - b.order);
  return {
    reports: chosen.map((c) => ({ unit: c.unit, rows: c.rows })),
    skipped,
    unitIssues,
    period: target,
    expected: named.expected,
    unitsFrom: named.unitsFrom,
  };
}

/**
 * One reason to prefer a sheet of a unit over another: `prefer` < 0 puts `a` first; `because` says why, in the words
 * of the duplicate_conflict message. The sort and the message read the same list, so they cannot disagree.
 */
type SheetRule = { prefer: (a: SheetChoice, b: SheetChoice) => number; because: (best: SheetChoice) => string };

/** The rules that choose among sheets of one unit, strongest first; `fitsPeriod`: the sheet is of the target period. */
function sheetRules(fitsPeriod: (c: SheetChoice) => boolean): SheetRule[] {
  const first = (yes: (c: SheetChoice) => boolean) => (a: SheetChoice, b: SheetChoice) =>
    Number(yes(b)) - Number(yes(a));
  return [
    { prefer: first(fitsPeriod), because: () => 'đúng kỳ báo cáo' },
    { prefer: first((c) => c.indicators > 0), because: () => 'có chỉ tiêu của danh mục' },
    { prefer: first((c) => !c.hidden), because: () => 'trang không ẩn' },
    { prefer: first((c) => c.unit.report.revision ?? false), because: () => 'bản điều chỉnh, thay thế' },
    {
      prefer: (a, b) => (b.unit.report.issuedOn ?? '').localeCompare(a.unit.report.issuedOn ?? ''),
      because: (best) => `ngày ký sau: ${best.unit.report.issuedOn}`,
    },
    { prefer: (a, b) => a.order - b.order, because: () => 'trang đứng trước' },
  ];
}

function rankSheets(rules: SheetRule[], a: SheetChoice, b: SheetChoice): number {
  for (const rule of rules) {
    const order = rule.prefer(a, b);
    if (order !== 0) return order;
  }
  return 0;
}

/** Why one of two sheets of the same unit was used: the first rule that tells them apart. */
function whyChosen(rules: SheetRule[], best: SheetChoice, other: SheetChoice): string {
  const decisive = rules.find((rule) => rule.prefer(best, other) !== 0) ?? rules[rules.length - 1];
  return decisive.because(best);
}

/** Without a recognisable unit the sheet still counts, named after its file and sheet so a person can fix it. */
function fallbackUnitName(report: UnitReport): string {
  return `${report.source.sheet} (${report.source.file})`;
}
