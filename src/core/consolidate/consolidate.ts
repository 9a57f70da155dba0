import type { Catalog, ConsolidationResult, Grid, Issue, ReportRow, SkippedSheet, Summary, UnitInfo, UnitReport } from '../model';
import { detectReport } from '../detect';
import { createMatcher, type Matcher } from '../match';
import { measureKind, mergeReports, type MatchedReport } from '../merge';
import { checkSummary } from '../check';
import { makeIssue } from '../check/context';
import type { ConsolidateOptions } from './options';
import { commonPeriod, periodKey } from './period';

/**
 * The whole engine: grids in, the provincial summary and its issues out. Pure: the same grids give the same result.
 * @example consolidate(grids, { catalog: defaultCatalog, expectedUnits }).summary.rows[0].total
 */
export function consolidate(grids: Grid[], options: ConsolidateOptions): ConsolidationResult {
  const progress = options.onProgress ?? (() => undefined);
  const matcher = matcherFor(options.catalog);
  const { reports: matched, skipped, unitIssues, period } = detectUnits(grids, options, matcher, progress);
  const units = matched.map((m) => m.unit);
  progress(1, 'match');
  const merged = mergeReports(matched, options.catalog);
  progress(1, 'merge');
  const seen = new Set(units.map((u) => u.name));
  const summary: Summary = {
    catalog: options.catalog,
    period,
    units,
    missingUnits: (options.expectedUnits ?? []).filter((name) => !seen.has(name)),
    ...(options.expectedUnits?.length ? { expectedUnits: options.expectedUnits } : {}),
    rows: merged.rows,
    unmatched: merged.unmatched,
    mapping: merged.mapping,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const issues = [...unitIssues, ...checkSummary({ summary, measureConflicts: merged.measureConflicts, period: summary.period })];
  progress(1, 'check');
  return { summary, issues, skipped };
}

// Catalogs are never changed in place (addAlias returns a new one), so a catalog's matcher and the label decisions
// it has cached serve every later run over the same catalog: the add-in's dry run, its real run, the next period.
const matchers = new WeakMap<Catalog, Matcher>();

function matcherFor(catalog: Catalog): Matcher {
  let matcher = matchers.get(catalog);
  if (!matcher) matchers.set(catalog, (matcher = createMatcher(catalog)));
  return matcher;
}

/** `period`: the period being consolidated (given, or the one most visible reports give), decided once. */
type DetectedUnits = { reports: MatchedReport[]; skipped: SkippedSheet[]; unitIssues: Issue[]; period: string | null };

/** `indicators`: how many of its rows matched a catalog indicator (0 for another sector's sheet). */
type Candidate = { unit: UnitInfo; rows: MatchedReport['rows']; indicators: number; hidden: boolean; order: number };

/**
 * One unit per report sheet. When several sheets name the same unit (a resend, last year's copy kept hidden), the
 * visible one of the period being consolidated is used and the others are skipped with an error issue: two sheets
 * are never silently merged into one unit.
 */
function detectUnits(grids: Grid[], options: ConsolidateOptions, matcher: Matcher, progress: NonNullable<ConsolidateOptions['onProgress']>): DetectedUnits {
  const skipped: SkippedSheet[] = [];
  const candidates: Candidate[] = [];
  grids.forEach((grid, order) => {
    const result = detectReport(grid, { expectedUnits: options.expectedUnits });
    const source = `${grid.source.file}#${grid.source.sheet}`;
    if (result.kind === 'not_report') skipped.push({ source, reason: result.reason });
    else {
      const report = result.report;
      const unit: UnitInfo = { name: report.unit ?? fallbackUnitName(report), source, period: report.period, report };
      const rows = withParentContext(report.rows.map((row) => ({ row, match: matcher.match(labelForMatching(row)) })), matcher, options.catalog);
      const indicators = rows.filter((r) => r.match.kind === 'matched').length;
      candidates.push({ unit, rows, indicators, hidden: grid.hidden === true, order });
    }
    if (order % 16 === 15) progress((order + 1) / grids.length, 'detect');
  });
  progress(1, 'detect');

  const target = options.period ?? commonPeriod(candidates.filter((c) => !c.hidden).map((c) => c.unit.period));
  const targetKey = target ? periodKey(target) : null;
  const fits = (c: Candidate) => (targetKey !== null && c.unit.period !== null && periodKey(c.unit.period) === targetKey ? 1 : 0);
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) byName.set(c.unit.name, [...(byName.get(c.unit.name) ?? []), c]);

  const chosen: Candidate[] = [];
  const unitIssues: Issue[] = [];
  for (const [name, group] of byName) {
    const ranked = [...group].sort(
      (a, b) =>
        fits(b) - fits(a) ||
        Number(b.indicators > 0) - Number(a.indicators > 0) ||
        Number(a.hidden) - Number(b.hidden) ||
        Number(b.unit.report.revision ?? false) - Number(a.unit.report.revision ?? false) ||
        (b.unit.report.issuedOn ?? '').localeCompare(a.unit.report.issuedOn ?? '') ||
        a.order - b.order,
    );
    const [best, ...rest] = ranked;
    chosen.push(best);
    for (const other of rest) {
      if (other.indicators === 0 && best.indicators > 0) {
        // Another sector's sheet in the unit's workbook (culture, sport): not a second report, nothing to settle.
        skipped.push({ source: other.unit.source, reason: 'không có dòng nào thuộc danh mục chỉ tiêu (biểu của lĩnh vực khác?)' });
        continue;
      }
      skipped.push({ source: other.unit.source, reason: `trùng đơn vị «${name}» với ${best.unit.source}` });
      unitIssues.push(makeIssue('duplicate_conflict', {
        unit: name,
        cell: { file: other.unit.report.source.file, sheet: other.unit.report.source.sheet, address: 'A1' },
        vi: `Có hai trang tính cùng là báo cáo của ${name}: ${best.unit.source} và ${other.unit.source}${other.hidden ? ' (đang ẩn)' : ''}. Tổng hợp dùng ${best.unit.source} (${whyChosen(best, other, fits)}); hãy bỏ bản thừa hoặc sửa tên đơn vị.`,
        en: `Two sheets are reports of ${name}: ${best.unit.source} and ${other.unit.source}. Only ${best.unit.source} was used.`,
      }));
    }
  }
  chosen.sort((a, b) => a.order - b.order);
  return { reports: chosen.map((c) => ({ unit: c.unit, rows: c.rows })), skipped, unitIssues, period: target };
}

/**
 * "Tổng số dịch vụ công trực tuyến" followed by "- Toàn trình" and "- Một phần": a sub-row that only narrows its
 * parent is matched as the parent's indicator name + sub-row. Only labels made of discriminating catalog words are read this way, so a
 * "- Nam" under "Dân số" never becomes the population; the guards still veto parts ("trả trước", "4G").
 */
function withParentContext(rows: MatchedReport['rows'], matcher: Matcher, catalog: Catalog): MatchedReport['rows'] {
  let names: Map<string, string> | undefined;
  return rows.map((entry, i) => {
    if (entry.match.kind !== 'unmatched') return entry;
    const child = entry.row.label.replace(/^\s*(?:trong đó|trong do)\s*[:,]?\s*/iu, '').replace(/^[\s\-+*•·–—]+/u, '');
    if (!matcher.isQualifier(child)) return entry;
    const parent = parentOf(rows, i);
    if (!parent || parent.match.kind !== 'matched') return entry;
    // The parent's meaning is the indicator it matched, not its wording ("Tổng số DVC đang cung cấp (*)").
    names ??= new Map(catalog.indicators.map((ind) => [ind.id, ind.name]));
    const match = matcher.match(`${names.get(parent.match.id) ?? parent.row.label} ${child}`);
    if (match.kind !== 'matched' || match.id === parent.match.id) return entry;
    return { row: entry.row, match: { ...match, reason: `đọc cùng dòng trên «${parent.row.label}»: ${match.reason}` } };
  });
}

/** The nearest row above that is not itself a sub-row ("-", "+", "Trong đó"), within a few rows. */
function parentOf(rows: MatchedReport['rows'], i: number): MatchedReport['rows'][number] | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (!/^\s*(?:[-+*•·–—]|trong đó|trong do)/iu.test(rows[k].row.label)) return rows[k];
  }
  return undefined;
}

/** Why one of two sheets of the same unit was used, in the words of the duplicate_conflict message. */
function whyChosen(best: Candidate, other: Candidate, fits: (c: Candidate) => number): string {
  if (fits(best) > fits(other)) return 'đúng kỳ báo cáo';
  if (best.indicators > 0 && other.indicators === 0) return 'có chỉ tiêu của danh mục';
  if (best.hidden !== other.hidden) return 'trang không ẩn';
  if ((best.unit.report.revision ?? false) !== (other.unit.report.revision ?? false)) return 'bản điều chỉnh, thay thế';
  if ((best.unit.report.issuedOn ?? '') !== (other.unit.report.issuedOn ?? '')) return `ngày ký sau: ${best.unit.report.issuedOn}`;
  return 'trang đứng trước';
}

/** Without a recognisable unit the sheet still counts, named after its file and sheet so a person can fix it. */
function fallbackUnitName(report: UnitReport): string {
  return `${report.source.sheet} (${report.source.file})`;
}

/**
 * "Hộ gia đình có cáp quang" with "%" in the ĐVT column is a rate: the matcher sees the measure the way offices that
 * write it in the label do ("... (%)"), so rates and counts of the same words stay apart.
 */
function labelForMatching(row: ReportRow): string {
  if (!row.measure || /\)\s*$/.test(row.label)) return row.label;
  const kind = measureKind(row.measure);
  return kind === 'percent' || kind === 'density' ? `${row.label} (${row.measure})` : row.label;
}
