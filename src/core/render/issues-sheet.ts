import type { CellSpec, ConsolidationResult, Issue, IssueCode, SheetSpec, Severity } from '../model';
import { ISSUE_TEXTS, SEVERITY_TEXTS } from '../issues';
import { num, text } from './cells';
import type { RenderOptions } from './options';
import { BODY, HEADER, LINK, TEXT, TEXT_FLAGGED, internalLink } from './styles';
import type { RenderTexts } from './texts';

const TABLE_COLS = 7;
const COUNTS_COL = TABLE_COLS + 1;

/**
 * One row per issue (sortable with an autofilter) with a working link to its source cell; counts per kind and per
 * unit stand to the right of the table, so sorting the table never moves them.
 */
export function renderIssuesSheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const lang = options.lang ?? 'vi';
  const names = new Map(result.summary.catalog.indicators.map((i) => [i.id, i.name]));
  const link = options.sourceLink ?? ((ref) => internalLink(ref.sheet, ref.address));
  const counts = severityCounts(result.issues);
  const rows: (CellSpec | null)[][] = [
    [text(t.issuesTitle, { bold: true, size: 14 })],
    [
      text(
        `${t.period}: ${result.summary.period ?? t.noPeriod} — ${t.errors}: ${counts.error}, ${t.warnings}: ${counts.warning}, ${t.infos}: ${counts.info}`,
        { italic: true },
      ),
    ],
    [],
    [t.stt, t.severity, t.code, t.unit, t.indicator, t.message, t.cell].map((h) => text(h, HEADER)),
  ];
  const headerRow = 3;
  result.issues.forEach((issue, i) => {
    const target = issue.ref ? link(issue.ref) : undefined;
    rows.push([
      num(i + 1, '0', BODY),
      text(SEVERITY_TEXTS[issue.severity][lang], TEXT_FLAGGED[issue.severity]),
      text(ISSUE_TEXTS[issue.code][lang], TEXT),
      text(issue.unit ?? '', TEXT),
      text(issue.indicator ? (names.get(issue.indicator) ?? issue.indicator) : '', TEXT),
      text(lang === 'en' ? issue.messageEn : issue.message, TEXT),
      target ? { ...text(issue.cell ?? '', LINK), link: target } : text(issue.cell ?? '', TEXT),
    ]);
  });
  if (!result.issues.length) rows.push([null, text(t.noIssues, { italic: true })]);
  placeCounts(rows, headerRow, countsTable(result, t, lang));
  return {
    name: t.issuesSheet,
    rows,
    columnWidths: [6, 11, 24, 24, 36, 80, 34, 2, 30, 10, 10, 10],
    freeze: { rows: headerRow + 1, cols: 0 },
    autoFilter: { row: headerRow, fromCol: 0, toCol: TABLE_COLS - 1 },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
    tabColor: '#C00000',
  };
}

function severityCounts(issues: Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

function countsTable(result: ConsolidationResult, t: RenderTexts, lang: 'vi' | 'en'): (CellSpec | null)[][] {
  const byCode = new Map<IssueCode, number>();
  const byUnit = new Map<string, Record<Severity, number>>();
  for (const issue of result.issues) {
    byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);
    if (!issue.unit) continue;
    const c = byUnit.get(issue.unit) ?? { error: 0, warning: 0, info: 0 };
    c[issue.severity] += 1;
    byUnit.set(issue.unit, c);
  }
  const table: (CellSpec | null)[][] = [[text(t.byCode, HEADER), text(t.count, HEADER)]];
  for (const [code, n] of byCode) table.push([text(ISSUE_TEXTS[code][lang], TEXT), num(n, '0', BODY)]);
  table.push([]);
  table.push([t.byUnit, t.errors, t.warnings, t.infos].map((h) => text(h, HEADER)));
  for (const [unit, c] of byUnit)
    table.push([text(unit, TEXT), num(c.error, '0', BODY), num(c.warning, '0', BODY), num(c.info, '0', BODY)]);
  return table;
}

function placeCounts(rows: (CellSpec | null)[][], headerRow: number, table: (CellSpec | null)[][]): void {
  table.forEach((cells, i) => {
    const r = headerRow + i;
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < COUNTS_COL) row.push(null);
    row.splice(COUNTS_COL, cells.length, ...cells);
  });
}
