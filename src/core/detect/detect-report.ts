import { cellAddress } from '../address/address';
import type { CellValue, DetectResult, Grid, ReportRow, ReportSection, Said, UnitReport } from '../model';
import { DETECT_TEXTS } from './messages';
import { inferNumberStyle } from '../numbers';
import { looseKey } from './fold';
import { classifyHeader, findHeader, startsTable, type Header } from './header';
import { cellText, isFigure, isFigureValue, layoutFromHeader, layoutWithoutHeader, valueAt, type TableLayout } from './layout';
import { parsePeriod, type Period } from './period';
import {
  isCapsHeading, isLabelText, isNoteText, isSignatureText, numberingDepth, sttDepth,
} from './row-kinds';
import { readSheetText, type SheetText } from './sheet-text';
import { parseProvinceLine } from './unit-name';
import { recogniseUnit } from './recognise-unit';
import {
  GUIDE, isGuideTitle, isPlaceholderLine, isSummaryTitle, notReportByName, rosterReason, summaryReason, unitsListReason,
} from './sheet-kinds';
import { tableNoteMeasure } from './table-note';
import { findTemplateMark, templateIdAt } from './template-mark';
import { stripMeasureSuffix } from '../text';
import { eraOfPeriodKey, findProvince, type PeriodEra, type UnitDirectory } from '../units';

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
/** Data rows read: real reports have tens to a few hundred. */
const ROW_CAP = 3000;

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
  const notReport = (reason: Said, sized = true): DetectResult =>
    ({ kind: 'not_report', source, reason: reason.vi + (sized ? size.vi : ''), reasonEn: reason.en + (sized ? size.en : '') });

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

  const first = extractRows(grid, sheet, layout, header ? header.columns[layout.labelCol]?.text ?? null : null, idCol, sheet.rows, header ? tableNoteMeasure(sheet, header.row, 0) : null);
  const above = header ? tableAbove(grid, sheet, header, columns, idCol) : null;
  const below = followingTables(grid, sheet, first, columns, idCol);
  const extracted = { ...first, rows: [...(above?.rows ?? []), ...first.rows, ...below.rows], end: below.end };
  const sections = [...(above?.sections ?? []), ...first.sections, ...below.sections];
  if (above || below.tables > 0) notes.push(DETECT_TEXTS.tables({ count: 1 + (above ? 1 : 0) + below.tables }));
  const rows = extracted.rows;
  if (rows.length === 0) return notReport(proseOrReason(sheet, DETECT_TEXTS.noRows()));
  if (!header && rows.filter((r) => isFigure(r.raw)).length < 2) return notReport(DETECT_TEXTS.noTable());
  const listed = unitsListReason(sheet, null, rows.map((r) => r.label));
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
  const era = options.era === 'before' || options.era === 'since' ? options.era : period ? eraOfPeriodKey(period.key) : null;
  // The template's placeholder ("UBND XÃ .........") names nobody: the unit is looked for elsewhere.
  const named = (texts: string[]) => texts.filter((l) => !isPlaceholderLine(l));
  const clues = { titleLines: named(lines), signatureLines: named(signerLines(sheet, extracted.end)), sheetName: grid.name, fileName: grid.source.file };
  const unit = recogniseUnit(clues, expected, era);
  if (unit.unit === null) notes.push(DETECT_TEXTS.noUnit());
  else if (hasList && unit.status === 'unknown') {
    // A heading that names a unit is a report of that unit even if the list is out of date; a sheet or file name that
    // names nobody on the list ("DS thon", "Sheet2") is more likely a helper sheet than a unit nobody expected.
    if (unit.from !== 'title' && unit.from !== 'annex' && unit.from !== 'signature') return notReport(DETECT_TEXTS.unitNotOnList({ sheet: grid.name }));
    notes.push(DETECT_TEXTS.unitNotListed({ unit: unit.unit }));
  } else if (unit.status === 'ambiguous') {
    notes.push(DETECT_TEXTS.unitAmbiguous({ unit: unit.unit, names: (unit.candidates ?? []).map((c) => c.name) }));
  }
  if (!period) notes.push(DETECT_TEXTS.noPeriod());

  if (grid.hidden) notes.push(DETECT_TEXTS.hiddenSheet());
  for (const encoding of sheet.encodings) notes.push(DETECT_TEXTS.decoded({ encoding }));
  const hiddenRows = rows.filter((r) => r.hidden);
  if (hiddenRows.length > 0) {
    notes.push(DETECT_TEXTS.hiddenRows({ count: hiddenRows.length, cells: hiddenRows.slice(0, 5).map((r) => r.labelCell.address), more: hiddenRows.length > 5 }));
  }
  const style = inferNumberStyle(rows.map((r) => r.raw).filter((v): v is string => typeof v === 'string'));
  if (style.style === 'en') notes.push(DETECT_TEXTS.englishNumbers());
  notes.push(...layout.notes);
  if (mark) notes.push(DETECT_TEXTS.generatedForm({ version: mark.version }));

  const issuedOn = issueDate(lines);
  const revision = lines.some((l) => REVISION.test(looseKey(l)));
  if (revision) notes.push(DETECT_TEXTS.revision());
  const report: UnitReport = {
    ...(issuedOn ? { issuedOn } : {}),
    ...(revision ? { revision } : {}),
    unit: unit.unit,
    unitEvidence: { from: unit.from, text: unit.text },
    ...(unit.code ? { unitCode: unit.code } : {}),
    ...provinceOf(lines),
    ...(hasList && unit.unit !== null && (unit.status === 'unknown' || unit.status === 'ambiguous') ? { unitProblem: { kind: unit.status, candidates: unit.candidates ?? [] } } : {}),
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

/**
 * The province the title block names ("UBND TỈNH ...", or a city run by the centre: "UBND THÀNH PHỐ HẢI PHÒNG", not
 * the district-level "THÀNH PHỐ ĐỒNG XOÀI"), kept so the units step can check it is the one consolidated.
 */
function provinceOf(lines: string[]): { province?: string } {
  for (const line of lines) {
    const named = parseProvinceLine(line);
    if (!named) continue;
    if (!named.city || isCentralCity(named.name)) return { province: named.name };
  }
  return {};
}

function isCentralCity(name: string): boolean {
  return (['since', 'before'] as const).some((era) => /^thành phố/i.test(findProvince(name, era)?.fullName ?? ''));
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

/** Every text line of the rows above the table (title block), in reading order. */
const MAX_TABLES = 6;

/** The period a table's result column is chosen for (see column-period.ts). */
type ColumnPeriod = { key: string | null; label: string | null };

/** Tables after the first, each read with its own header, until the signature block or the end of the sheet. */
function followingTables(
  grid: Grid, sheet: SheetText, first: Extracted, period: ColumnPeriod, idCol: number | null,
): { rows: ReportRow[]; sections: ReportSection[]; end: number; tables: number } {
  const rows: ReportRow[] = [];
  const sections: ReportSection[] = [];
  let current = first;
  let tables = 0;
  while (current.nextTable !== undefined && tables < MAX_TABLES) {
    const header = findHeader(sheet, 2, current.nextTable);
    const laid = header ? layoutFromHeader(sheet, header, period.key, period.label) : null;
    if (!header || !laid || laid.kind === 'fail') break;
    current = extractRows(grid, sheet, laid.layout, header.columns[laid.layout.labelCol]?.text ?? null, idCol, sheet.rows, tableNoteMeasure(sheet, header.row, 0));
    rows.push(...current.rows);
    sections.push(...current.sections);
    tables += 1;
  }
  return { rows, sections, end: current.end, tables };
}

/**
 * A table above the chosen header (a sheet with section A's table, then section B's with a better-scoring header):
 * read with its own header, up to the chosen one. Null when the rows above are only the title block.
 */
function tableAbove(
  grid: Grid, sheet: SheetText, chosen: Header, period: ColumnPeriod, idCol: number | null,
): { rows: ReportRow[]; sections: ReportSection[]; headerRow: number } | null {
  if (chosen.row < 3) return null;
  const header = findHeader(sheet, chosen.row, 0);
  if (!header || header.lastRow >= chosen.row - 1 || !startsTable(sheet, header.row)) return null;
  const laid = layoutFromHeader(sheet, header, period.key, period.label);
  if (laid.kind === 'fail') return null;
  const extracted = extractRows(grid, sheet, laid.layout, header.columns[laid.layout.labelCol]?.text ?? null, idCol, chosen.row, tableNoteMeasure(sheet, header.row, 0));
  return extracted.rows.length > 0 ? { rows: extracted.rows, sections: extracted.sections, headerRow: header.row } : null;
}

/**
 * The signing authority under the table ("TM. UBND XÃ CÁI NHUM", "KT. CHỦ TỊCH", or "UBND XÃ CÁI NHUM" above the
 * signer's title): the unit that issues the report. Recipients ("Nơi nhận: - UBND huyện ...") are other bodies
 * and never read here.
 */
function signerLines(sheet: SheetText, from: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < Math.min(sheet.rows, from + 20); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const text = sheet.text(r, c);
      if (/^noi nhan\b/.test(looseKey(text))) continue;
      for (const line of text.split('\n')) if (/^(tm|kt|tl|tuq|ubnd|uy ban nhan dan)\b/.test(looseKey(line)) && !/^\s*[-+•]/.test(line)) lines.push(line);
    }
  }
  return lines;
}

const REVISION = /\b(dieu chinh|thay the|sua doi|bo sung|cap nhat lai|ban sua|lan 2|lan thu 2)\b/;

/** "Bù Đốp, ngày 20 tháng 6 năm 2022" (or "20/6/2022" after "ngày") → "2022-06-20". */
function issueDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /\bngay (\d{1,2})(?: thang |\s+)(\d{1,2})(?: nam |\s+)(\d{4})\b/.exec(looseKey(line));
    if (!m) continue;
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

function titleLines(sheet: SheetText, end: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(end, sheet.rows); r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const v = sheet.value(r, c);
      if (typeof v === 'string') lines.push(...v.split('\n'));
    }
  }
  return lines;
}

/** The period of a title block: lines that name the report first ("BÁO CÁO Kết quả ..."), then any line. */
function periodFromLines(lines: string[]): Period | null {
  const naming = lines.filter((l) => /\b(bao cao|ket qua|tinh hinh|so lieu|bieu|thong ke|tong hop)\b/.test(looseKey(l)));
  for (const line of [...naming, ...lines]) {
    const p = parsePeriod(line);
    if (p) return p;
  }
  return null;
}

/**
 * `end`: the row where reading stopped (the signature block, a note, the next table, or the end of the sheet);
 * `nextTable`: set when another table's header stopped it.
 */
type Extracted = { rows: ReportRow[]; sections: ReportSection[]; capped: boolean; end: number; nextTable?: number };

/** Reads the data rows: sections remembered, blanks, notes and the signature block left out. */
function extractRows(
  grid: Grid, sheet: SheetText, layout: TableLayout, labelHeader: string | null, idCol: number | null,
  until = sheet.rows, tableMeasure: string | null = null,
): Extracted {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const ref = (r: number, c: number) => ({ file: grid.source.file, sheet: grid.source.sheet, address: cellAddress(origin.row + r, origin.col + c) });
  const hidden = new Set(grid.hiddenRows ?? []);
  const rows: ReportRow[] = [];
  const sections: ReportSection[] = [];
  let section: string | undefined;
  const labelOf = (r: number) => cellText(sheet, r, layout.labelCol);
  const depthOf = (r: number) => numberingDepth(labelOf(r)) ?? (layout.sttCol !== null ? sttDepth(cellText(sheet, r, layout.sttCol)) : null);

  let r = layout.firstRow;
  for (; r < until; r++) {
    if (rows.length >= ROW_CAP) return { rows, sections, capped: true, end: r };
    const label = labelOf(r);
    const raw: CellValue = valueAt(sheet, r, layout.valueCol);
    const figure = isFigureValue(sheet, r, layout.valueCol);
    if (!figure && rowTexts(sheet, r).some(isSignatureText)) break;
    // Another table begins: its own header says where its result column is; never read it with this one's.
    if (!figure && (labelHeader === null || label !== labelHeader) && startsTable(sheet, r)) return { rows, sections, capped: false, end: r, nextTable: r };
    if (!isLabelText(label)) continue;
    if (raw === null && isNoteText(label)) break;
    // A header repeated on a new printed page.
    if (labelHeader !== null && label === labelHeader && typeof raw === 'string' && classifyHeader(raw) !== 'unknown') continue;
    const measure = layout.measureCol !== null ? cellText(sheet, r, layout.measureCol) : '';
    const number = layout.sttCol !== null ? cellText(sheet, r, layout.sttCol) : '';
    // A label that ends in its measure ("Tổng số thuê bao (thuê bao)") names one as a ĐVT column would.
    if (raw === null && isSection(label, depthOf(r), measure || (stripMeasureSuffix(label).measure ?? ''), nextDepth(r))) {
      section = label;
      const heading: ReportSection = { label, labelCell: ref(r, layout.labelCol) };
      if (number !== '') heading.number = number;
      if (measure !== '') heading.measure = measure;
      sections.push(heading);
      continue;
    }
    const numberFormat = grid.numberFormats?.[r]?.[layout.valueCol];
    // Optional fields only when present (as consumers and tests expect), set one by one: object spreads here cost
    // a temporary object per field for every row of every sheet.
    const row: ReportRow = { label, labelCell: ref(r, layout.labelCol), raw, valueCell: ref(r, layout.valueCol) };
    if (measure !== '') row.measure = measure;
    if (numberFormat) row.numberFormat = numberFormat;
    if (section !== undefined) row.section = section;
    if (hidden.has(r)) row.hidden = true;
    if (layout.valueMeasure !== null) row.headerMeasure = layout.valueMeasure;
    if (tableMeasure !== null) row.tableMeasure = tableMeasure;
    if (layout.estimate) row.estimate = true;
    if (number !== '') row.number = number;
    if (idCol !== null) {
      const id = templateIdAt(sheet, r, idCol);
      if (id !== undefined) row.templateId = id;
    }
    rows.push(row);
  }
  return { rows, sections, capped: false, end: r };

  function nextDepth(r: number): number | null {
    for (let k = r + 1; k < Math.min(sheet.rows, r + 4); k++) if (isLabelText(labelOf(k))) return depthOf(k);
    return null;
  }
}

function rowTexts(sheet: SheetText, r: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < sheet.cols; c++) {
    const v = sheet.value(r, c);
    if (typeof v === 'string') texts.push(v);
  }
  return texts;
}

/**
 * A row without a figure is a section heading when numbered I./A., written in capitals, ending in ":", or
 * heading more deeply numbered rows (1. over 1.1, a), -) while naming no measure. A row that names its measure is
 * an indicator whatever its case (a blank form's "SỐ TRẠM BTS | TRẠM"), unless numbered as a section.
 */
function isSection(label: string, depth: number | null, measure: string, next: number | null): boolean {
  if (depth === 0) return true;
  if (measure !== '') return false;
  if (isCapsHeading(label) || /:\s*$/.test(label)) return true;
  if (next === null) return false;
  return depth === null ? next >= 10 : next > depth;
}
