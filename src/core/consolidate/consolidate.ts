import type { ConsolidationResult, Grid, Issue, ReportRow, SkippedSheet, Summary, UnitInfo, UnitReport } from '../model';
import { detectReport } from '../detect';
import { createMatcher } from '../match';
import { measureKind, mergeReports, type MatchedReport } from '../merge';
import { checkSummary } from '../check';
import { makeIssue } from '../check/context';
import type { ConsolidateOptions } from './options';
import { commonPeriod } from './period';

/**
 * The whole engine: grids in, the provincial summary and its issues out. Pure: the same grids give the same result.
 * @example consolidate(grids, { catalog: defaultCatalog, expectedUnits }).summary.rows[0].total
 */
export function consolidate(grids: Grid[], options: ConsolidateOptions): ConsolidationResult {
  const progress = options.onProgress ?? (() => undefined);
  const { units, skipped, unitIssues } = detectUnits(grids, options, progress);
  const matcher = createMatcher(options.catalog);
  const matched: MatchedReport[] = units.map((unit) => ({
    unit,
    rows: unit.report.rows.map((row) => ({ row, match: matcher.match(labelForMatching(row)) })),
  }));
  progress(1, 'match');
  const merged = mergeReports(matched, options.catalog);
  progress(1, 'merge');
  const seen = new Set(units.map((u) => u.name));
  const summary: Summary = {
    catalog: options.catalog,
    period: options.period ?? commonPeriod(units.map((u) => u.period)),
    units,
    missingUnits: (options.expectedUnits ?? []).filter((name) => !seen.has(name)),
    rows: merged.rows,
    unmatched: merged.unmatched,
    mapping: merged.mapping,
    ...(options.previous ? { previous: options.previous } : {}),
  };
  const issues = [...unitIssues, ...checkSummary({ summary, measureConflicts: merged.measureConflicts, period: summary.period })];
  progress(1, 'check');
  return { summary, issues, skipped };
}

type DetectedUnits = { units: UnitInfo[]; skipped: SkippedSheet[]; unitIssues: Issue[] };

/** One unit per report sheet; a second sheet for the same unit is never silently merged into the first. */
function detectUnits(grids: Grid[], options: ConsolidateOptions, progress: NonNullable<ConsolidateOptions['onProgress']>): DetectedUnits {
  const units: UnitInfo[] = [];
  const skipped: SkippedSheet[] = [];
  const unitIssues: Issue[] = [];
  const byName = new Map<string, UnitInfo>();
  grids.forEach((grid, i) => {
    const result = detectReport(grid, { expectedUnits: options.expectedUnits });
    const source = `${grid.source.file}#${grid.source.sheet}`;
    if (result.kind === 'not_report') {
      skipped.push({ source, reason: result.reason });
    } else {
      const report = result.report;
      const name = report.unit ?? fallbackUnitName(report);
      const first = byName.get(name);
      if (first) {
        skipped.push({ source, reason: `trùng đơn vị «${name}» với ${first.source}` });
        unitIssues.push(makeIssue('duplicate_conflict', {
          unit: name,
          cell: { file: grid.source.file, sheet: grid.source.sheet, address: 'A1' },
          vi: `Có hai trang tính cùng là báo cáo của ${name}: ${first.source} và ${source}. Tổng hợp chỉ dùng ${first.source}; hãy bỏ bản thừa hoặc sửa tên đơn vị.`,
          en: `Two sheets are reports of ${name}: ${first.source} and ${source}. Only ${first.source} was used.`,
        }));
      } else {
        const unit: UnitInfo = { name, source, period: report.period, report };
        byName.set(name, unit);
        units.push(unit);
      }
    }
    if (i % 16 === 15) progress((i + 1) / grids.length, 'detect');
  });
  progress(1, 'detect');
  return { units, skipped, unitIssues };
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
