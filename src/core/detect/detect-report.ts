import type { DetectResult, Grid, Said, UnitReport } from '../model';
import { DETECT_TEXTS } from './messages';
import { inferNumberStyle } from '../numbers';
import { looseKey } from './fold';
import { findHeader } from './header';
import { isFigure, layoutFromHeader, layoutWithoutHeader } from './layout';
import { parsePeriod } from './period';
import { isRevision, issueDate, periodFromLines, provinceOf, signerLines, titleLines } from './report-lines';
import { readSheetText, type SheetText } from './sheet-text';
import { recogniseUnit } from './recognise-unit';
import {
  GUIDE,
  isGuideTitle,
  isPlaceholderLine,
  isSummaryTitle,
  notReportByName,
  rosterReason,
  summaryReason,
  unitsListReason,
} from './sheet-kinds';
import { extractRows, followingTables, ROW_CAP, tableAbove, type ColumnPeriod } from './table-rows';
import { tableNoteMeasure } from './table-note';
import { findTemplateMark } from './template-mark';
import { eraOfPeriodKey, type PeriodEra, type UnitDirectory } from '../units';

export type DetectOptions = {
  /** Official unit names (a units list); reports are named with exactly these spellings. */
  expectedUnits?: string[];
  /** The units of the province from the gazetteer (or a list with codes): takes the place of `expectedUnits`. */
  units?: UnitDirectory;
  /** The era being consolidated, when known: decides between a district and a commune that share a name. */
  era?: PeriodEra | null;
  /** The period being consolidated, when known: the result column of a report whose title names no period is chosen for it. */
  period?: string | null;
  /** The sheet is a department's blank form being read as a catalog: a table without one figure is what is expected. */
  blankForm?: boolean;
};

/** Rows searched for the header; real title blocks take 5 to 15. */
const HEADER_SCAN_ROWS = 40;
/** Rows searched for a staff roster's header ("Họ và tên"): it opens the sheet. */
const ROSTER_SCAN_ROWS = 12;
/** Columns read at all: a unit report is a few columns wide; a 16,000-column sheet is never walked. */
const MAX_COLS = 40;

type Source = { file: string; sheet: string };

/**
 * Reads one worksheet as one unit's report: unit, period, header, label / result / measure columns and rows;
 * sheets that are not reports (instructions, unit lists, empty, prose, far too large) → not_report with a reason.
 * @example detectReport(grid, { expectedUnits: ['Huyện Bù Đốp'] }) // { kind: 'report', report: { unit: 'Huyện Bù Đốp', ... } }
 */
export function detectReport(grid: Grid, options: DetectOptions = {}): DetectResult {
  const source: Source = { file: grid.source.file, sheet: grid.source.sheet };
  // A sheet far larger than any report (50,000 pasted rows) says so, whatever else made it no report.
  const size = grid.truncated ? DETECT_TEXTS.largeSuffix(grid.truncated) : { vi: '', en: '' };
  const notReport = (reason: Said, sized = true): DetectResult => ({
    kind: 'not_report',
    source,
    reason: reason.vi + (sized ? size.vi : ''),
    reasonEn: reason.en + (sized ? size.en : ''),
  });

  const byName = notReportByName(grid.name);
  if (byName) return notReport(byName);

  const lastRow = lastContentRow(grid);
  if (lastRow < 0) return notReport(DETECT_TEXTS.empty());
  const notes: Said[] = [];
  if (lastRow >= HEADER_SCAN_ROWS + ROW_CAP) {
    if (grid.truncated) {
      return notReport(DETECT_TEXTS.tooLarge(grid.truncated), false);
    }
  } else if (grid.truncated) {
    notes.push(DETECT_TEXTS.truncated(grid.truncated));
  }

  const sheet = readSheetText(grid, HEADER_SCAN_ROWS + ROW_CAP, MAX_COLS);
  const roster = rosterReason(sheet, ROSTER_SCAN_ROWS);
  if (roster) return notReport(roster);
  const header = findHeader(sheet, HEADER_SCAN_ROWS);
  const titleEnd = header ? header.row : null;
  const title = titleEnd === null ? [] : titleLines(sheet, titleEnd);
  if (isGuideTitle(title.slice(0, 6))) return notReport(DETECT_TEXTS.guideExample());
  const titlePeriod = titleEnd === null ? null : periodFromLines(title);
  // A consolidated summary (ours or a copy of an earlier period's) has a province-total column or its units as
  // columns: reading it as one unit's report would count every unit twice.
  if (header && header.columns.some((c) => /^(toan tinh|tong toan tinh|province total)$/.test(looseKey(c.text)))) {
    return notReport(DETECT_TEXTS.provinceTotal());
  }
  const summary = header ? summaryReason(header, isSummaryTitle(title)) : null;
  if (summary) return notReport(summary);
  const unitsList = header ? unitsListReason(sheet, header, []) : null;
  if (unitsList) return notReport(unitsList);
  // The report's own period decides its result column; without one, the period being consolidated does.
  const columnPeriod = titlePeriod ?? (options.period ? parsePeriod(options.period) : null);
  const columns: ColumnPeriod = { key: columnPeriod?.key ?? null, label: columnPeriod?.label ?? null };
  const laid = header ? layoutFromHeader(sheet, header, columns.key, columns.label) : layoutWithoutHeader(sheet);
  if (laid.kind === 'fail') return notReport(proseOrReason(sheet, laid.reason));
  const layout = laid.layout;
  // A form generated from a catalog: its hidden id column names each row's indicator.
  const mark = findTemplateMark(sheet, HEADER_SCAN_ROWS);
  const idCol = mark ? mark.col : null;

  const first = extractRows(
    grid,
    sheet,
    layout,
    header ? (header.columns[layout.labelCol]?.text ?? null) : null,
    idCol,
    sheet.rows,
    header ? tableNoteMeasure(sheet, header.row, 0) : null,
  );
  const above = header ? tableAbove(grid, sheet, header, columns, idCol) : null;
  const below = followingTables(grid, sheet, first, columns, idCol);
  const extracted = { ...first, rows: [...(above?.rows ?? []), ...first.rows, ...below.rows], end: below.end };
  const sections = [...(above?.sections ?? []), ...first.sections, ...below.sections];
  if (above || below.tables > 0) notes.push(DETECT_TEXTS.tables({ count: 1 + (above ? 1 : 0) + below.tables }));
  const rows = extracted.rows;
  if (rows.length === 0) return notReport(proseOrReason(sheet, DETECT_TEXTS.noRows()));
  if (!header && rows.filter((r) => isFigure(r.raw)).length < 2) return notReport(DETECT_TEXTS.noTable());
  const listed = unitsListReason(
    sheet,
    null,
    rows.map((r) => r.label),
  );
  if (listed) return notReport(listed);
  // A copy of the template nobody filled in: rows and a result column, but not one figure.
  if (header && !options.blankForm && !rows.some((r) => isFigure(r.raw))) {
    return notReport(DETECT_TEXTS.blankForm({ column: layout.valueHeader }));
  }
  if (extracted.capped || lastRow >= sheet.rows) notes.push(DETECT_TEXTS.rowCap({ rows: ROW_CAP }));

  const titleTo = above?.headerRow ?? titleEnd ?? layout.firstRow;
  const lines = titleTo === titleEnd ? title : titleLines(sheet, titleTo);
  const period =
    (titleEnd === null ? periodFromLines(lines) : titlePeriod) ??
    (layout.valueHeader ? parsePeriod(layout.valueHeader) : null) ??
    parsePeriod(grid.name) ??
    parsePeriod(grid.source.file);

  const expected = options.units ?? options.expectedUnits ?? [];
  const hasList = !Array.isArray(expected) || expected.length > 0;
  // The consolidation's era when it is one; else the report's own period says which list its name is from.
  const era =
    options.era === 'before' || options.era === 'since' ? options.era : period ? eraOfPeriodKey(period.key) : null;
  // The template's placeholder ("UBND XÃ .........") names nobody: the unit is looked for elsewhere.
  const named = (texts: string[]) => texts.filter((l) => !isPlaceholderLine(l));
  const clues = {
    titleLines: named(lines),
    signatureLines: named(signerLines(sheet, extracted.end)),
    sheetName: grid.name,
    fileName: grid.source.file,
  };
  const unit = recogniseUnit(clues, expected, era);
  if (unit.unit === null) notes.push(DETECT_TEXTS.noUnit());
  else if (hasList && unit.status === 'unknown') {
    // A heading that names a unit is a report of that unit even if the list is out of date; a sheet or file name that
    // names nobody on the list ("DS thon", "Sheet2") is more likely a helper sheet than a unit nobody expected.
    if (unit.from !== 'title' && unit.from !== 'annex' && unit.from !== 'signature')
      return notReport(DETECT_TEXTS.unitNotOnList({ sheet: grid.name }));
    notes.push(DETECT_TEXTS.unitNotListed({ unit: unit.unit }));
  } else if (unit.status === 'ambiguous') {
    notes.push(DETECT_TEXTS.unitAmbiguous({ unit: unit.unit, names: (unit.candidates ?? []).map((c) => c.name) }));
  }
  if (!period) notes.push(DETECT_TEXTS.noPeriod());

  if (grid.hidden) notes.push(DETECT_TEXTS.hiddenSheet());
  for (const encoding of sheet.encodings) notes.push(DETECT_TEXTS.decoded({ encoding }));
  const hiddenRows = rows.filter((r) => r.hidden);
  if (hiddenRows.length > 0) {
    notes.push(
      DETECT_TEXTS.hiddenRows({
        count: hiddenRows.length,
        cells: hiddenRows.slice(0, 5).map((r) => r.labelCell.address),
        more: hiddenRows.length > 5,
      }),
    );
  }
  const style = inferNumberStyle(rows.map((r) => r.raw).filter((v): v is string => typeof v === 'string'));
  if (style.style === 'en') notes.push(DETECT_TEXTS.englishNumbers());
  notes.push(...layout.notes);
  if (mark) notes.push(DETECT_TEXTS.generatedForm({ version: mark.version }));

  const issuedOn = issueDate(lines);
  const revision = isRevision(lines);
  if (revision) notes.push(DETECT_TEXTS.revision());
  const report: UnitReport = {
    ...(issuedOn ? { issuedOn } : {}),
    ...(revision ? { revision } : {}),
    unit: unit.unit,
    unitEvidence: { from: unit.from, text: unit.text },
    ...(unit.code ? { unitCode: unit.code } : {}),
    ...provinceOf(lines),
    ...(hasList && unit.unit !== null && (unit.status === 'unknown' || unit.status === 'ambiguous')
      ? { unitProblem: { kind: unit.status, candidates: unit.candidates ?? [] } }
      : {}),
    period: period?.label ?? null,
    source,
    layout: {
      headerRow: header ? header.row : null,
      labelCol: layout.labelCol,
      valueCol: layout.valueCol,
      measureCol: layout.measureCol,
      valueHeader: layout.valueHeader,
      numberStyle: style.style,
    },
    rows,
    notes: notes.map((n) => n.vi),
    notesEn: notes.map((n) => n.en),
  };
  if (sections.length > 0) report.sections = sections;
  if (mark) report.templateVersion = mark.version;
  return { kind: 'report', report };
}

/** Last row holding anything, read from the end (cheap on sheets whose used range ends in content). */
function lastContentRow(grid: Grid): number {
  for (let r = grid.values.length - 1; r >= 0; r--) {
    const row = grid.values[r] ?? [];
    const width = Math.min(row.length, MAX_COLS);
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return r;
    }
  }
  return -1;
}

/** A sheet of prose (instructions, a letter) has long texts and no table. */
function proseOrReason(sheet: SheetText, reason: Said): Said {
  let long = 0;
  let cells = 0;
  for (let r = 0; r < Math.min(sheet.rows, 200); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const t = sheet.text(r, c);
      if (t === '') continue;
      cells += 1;
      if (t.length > 60) long += 1;
    }
  }
  const first = looseKey(sheet.text(0, 0) || sheet.text(0, 1));
  if (/^huong dan\b/.test(first)) return GUIDE;
  if (cells > 0 && long >= cells / 3) return DETECT_TEXTS.prose();
  return reason;
}
