import type { CellSpec, ConsolidationResult, Issue, SheetSpec, Severity, SummaryRow, UnitValue } from '../model';
import { SEVERITY_ORDER } from '../issues';
import { measureKind } from '../catalog';
import { num, text, formatDateVi, roman } from './cells';
import { rowHeights } from './row-heights';
import type { RenderOptions } from './options';
import {
  BODY, BODY_CENTER, BODY_FLAGGED, BODY_FLAGGED_ITALIC, BODY_ITALIC_CENTER, FORMAT, GROUP, GROUP_CENTER, HEADER, SEVERITY_FILL,
  SUBTITLE, TEXT, TEXT_CENTER, TEXT_ITALIC, TITLE, TOTAL, TOTAL_FLAGGED,
} from './styles';
import type { RenderTexts } from './texts';

const FIXED_COLS = 4;
/** Titles are centred over the columns a screen shows first, not over 168 unit columns. */
const TITLE_SPAN = 9;

/**
 * The sheet a leader opens: indicators as rows grouped by section, one column per unit, the province total first,
 * flagged cells coloured by severity with a note saying what is wrong.
 */
export function renderSummarySheet(result: ConsolidationResult, options: RenderOptions, t: RenderTexts): SheetSpec {
  const { summary } = result;
  const units = summary.units.map((u) => u.name);
  const previous = summary.previous;
  const firstUnitCol = FIXED_COLS + (previous ? 2 : 0);
  const width = firstUnitCol + units.length;
  const flags = issuesByCell(result.issues);
  const expected = summary.expected?.length ?? units.length + summary.missingUnits.length;
  const sent = expected - summary.missingUnits.length;
  // Each unit with its official code, when the province's list (or the units list) gives one.
  const codes = new Map<string, string | undefined>([...(summary.expected ?? []).map((u) => [u.name, u.code] as const), ...summary.units.map((u) => [u.name, u.code] as const)]);
  const coded = (name: string, sep: string) => (codes.get(name) ? `${name}${sep}${codes.get(name)}` : name);

  const rows: (CellSpec | null)[][] = [];
  const merges: SheetSpec['merges'] = [];
  const banner = (value: string, style = SUBTITLE) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: Math.min(Math.max(width - 1, 3), TITLE_SPAN - 1) });
    rows.push([text(value, style)]);
  };
  if (options.department) banner(options.department, { bold: true, hAlign: 'center' });
  banner(t.title, TITLE);
  const where = [options.province ? `${t.province} ${options.province}` : '', `${t.period}: ${summary.period ?? t.noPeriod}`].filter(Boolean).join(' — ');
  banner(where);
  banner(`${t.date}: ${formatDateVi(options.generatedAt)}`);
  const missing = summary.missingUnits.length ? `. ${t.notSent}: ${summary.missingUnits.map((u) => coded(u, ' - ')).join(', ')}` : '';
  banner(`${t.sent(sent, expected)}${missing}`, { bold: true, hAlign: 'left', wrap: true });
  rows.push([]);

  const headerRow = rows.length;
  rows.push([text(t.stt, HEADER), text(t.indicator, HEADER), text(t.measure, HEADER), text(t.total, HEADER), ...(previous ? [text(`${t.previous}${previous.period ? ` (${previous.period})` : ''}`, HEADER), text(t.change, HEADER)] : []), ...units.map((u) => text(coded(u, '\n'), HEADER))]);

  let group: string | undefined;
  let groupIndex = 0;
  let indicatorIndex = 0;
  for (const row of groupedRows(summary.rows)) {
    const rowGroup = row.indicator.group ?? '';
    if (rowGroup !== group) {
      group = rowGroup;
      if (rowGroup) {
        groupIndex += 1;
        rows.push([text(roman(groupIndex), GROUP_CENTER), text(rowGroup, GROUP), ...Array.from({ length: width - 2 }, () => text('', GROUP))]);
      }
    }
    indicatorIndex += 1;
    rows.push(indicatorRow(row, indicatorIndex, units, flags, t, previous?.totals[row.indicator.id]));
  }

  rows.push(completenessRow(result, units, t, firstUnitCol));
  rows.push([]);
  rows.push([null, text(t.legend, { bold: true })]);
  const legend: [Severity, string][] = [['error', t.legendError], ['warning', t.legendWarning], ['info', t.legendInfo]];
  for (const [severity, label] of legend) rows.push([null, text(label, { fill: SEVERITY_FILL[severity], border: true })]);
  rows.push([null, text(t.legendEmpty, { border: true })]);
  rows.push([null, text(t.legendNotes, { italic: true })]);

  const columnWidths = [6, 62, 17, 14, ...(previous ? [14, 11] : []), ...units.map(() => 14)];
  // Only the header wraps in the unit columns (figures never do): the other rows are measured on their first columns,
  // not on thousands of figure cells each.
  const measured = rows.map((row, r) => (r === headerRow ? row : row.slice(0, firstUnitCol)));
  return {
    name: t.summarySheet,
    rows,
    merges,
    columnWidths,
    rowHeights: rowHeights({ name: t.summarySheet, rows: measured, merges, columnWidths }),
    freeze: { rows: headerRow + 1, cols: firstUnitCol },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
    tabColor: '#1F4E78',
  };
}

function indicatorRow(row: SummaryRow, index: number, units: string[], flags: IssuesByCell, t: RenderTexts, previousTotal?: number | null): CellSpec[] {
  const format = numberFormatFor(row);
  const rowFlags = flags.get(row.indicator.id);
  const cells: CellSpec[] = [
    num(index, '0', BODY_CENTER),
    text(row.indicator.name, TEXT),
    text(row.indicator.unit, TEXT_CENTER),
  ];
  if (previousTotal !== undefined) cells.push(num(previousTotal, format, BODY), num(changePercent(row.total, previousTotal), '+0.0;-0.0;0.0', BODY));
  let flaggedCount = 0;
  let totalSeverity: Severity | null = null;
  // Most cells of a wide summary are plain figures: their style is looked up once per row, not once per cell.
  const plain = num(null, format, BODY).style;
  for (const unit of units) {
    const value = row.values[unit];
    const issues = rowFlags?.get(unit);
    if (!issues && value?.figure.kind !== 'unreadable') {
      cells.push({ value: value?.value ?? null, style: plain });
      continue;
    }
    if (!issues) {
      cells.push(unitCell(value, NO_ISSUES, format));
      continue;
    }
    if (typeof value?.value === 'number' && issues.length > 0) {
      flaggedCount += 1;
      // A total that adds a figure flagged as wrong or doubtful carries the same colour: it cannot be trusted either.
      totalSeverity = worseOf(totalSeverity, worstSeverity(issues.filter((i) => i.severity !== 'info')));
    }
    cells.push(unitCell(value, issues, format));
  }
  const totalNote = [row.totalNote, flaggedCount ? t.flaggedInTotal(flaggedCount) : ''].filter(Boolean).join('\n');
  const total = { ...num(row.total, format, totalSeverity ? TOTAL_FLAGGED[totalSeverity] : TOTAL), note: totalNote };
  cells.splice(3, 0, total);
  return cells;
}

const NO_ISSUES: Issue[] = [];

function unitCell(value: UnitValue | undefined, issues: Issue[], format: string): CellSpec {
  const severity = worstSeverity(issues);
  const style = severity ? BODY_FLAGGED[severity] : BODY;
  const note = issues.length ? issues.map((i) => `• ${i.message}`).join('\n') : undefined;
  // An unreadable figure is shown as written (in italics), so the leader sees what the unit sent.
  const cell = value?.figure.kind === 'unreadable' ? text(value.figure.raw, severity ? BODY_FLAGGED_ITALIC[severity] : BODY_ITALIC_CENTER) : num(value?.value ?? null, format, style);
  return note ? { ...cell, note } : cell;
}

/** Rows of one group together, groups in the order the catalog first names them, indicators in catalog order. */
function groupedRows(rows: SummaryRow[]): SummaryRow[] {
  const order = new Map<string, number>();
  for (const row of rows) if (!order.has(row.indicator.group ?? '')) order.set(row.indicator.group ?? '', order.size);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (order.get(a.row.indicator.group ?? '') ?? 0) - (order.get(b.row.indicator.group ?? '') ?? 0) || a.i - b.i)
    .map(({ row }) => row);
}

function completenessRow(result: ConsolidationResult, units: string[], t: RenderTexts, firstUnitCol: number): (CellSpec | null)[] {
  const required = result.summary.rows.filter((r) => !r.indicator.optional);
  return [
    null,
    text(t.completeness, TEXT_ITALIC),
    ...Array.from({ length: firstUnitCol - 2 }, () => null),
    ...units.map((unit) => {
      const reported = required.filter((r) => typeof r.values[unit]?.value === 'number').length;
      return text(`${reported}/${required.length}`, BODY_ITALIC_CENTER);
    }),
  ];
}

/** Counts without decimals; rates with one; other figures with up to two. */
function numberFormatFor(row: SummaryRow): string {
  if (measureKind(row.indicator.unit) === 'percent') return FORMAT.percent;
  if (row.indicator.integer) return FORMAT.count;
  const values = Object.values(row.values).map((v) => v.value).concat(row.total);
  return values.every((v) => v === null || Number.isInteger(v)) ? FORMAT.count : FORMAT.decimal;
}

/** Change of the province total against the previous period, in percent. */
function changePercent(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return Math.round(((now - before) / Math.abs(before)) * 1000) / 10;
}

/** Issues of each summary cell: indicator id → unit → issues (no key string built per cell of a wide sheet). */
type IssuesByCell = Map<string, Map<string, Issue[]>>;

function issuesByCell(issues: Issue[]): IssuesByCell {
  const map: IssuesByCell = new Map();
  for (const issue of issues) {
    if (!issue.unit || !issue.indicator) continue;
    let byUnit = map.get(issue.indicator);
    if (!byUnit) map.set(issue.indicator, (byUnit = new Map()));
    const list = byUnit.get(issue.unit);
    if (list) list.push(issue);
    else byUnit.set(issue.unit, [issue]);
  }
  return map;
}

function worseOf(a: Severity | null, b: Severity | null): Severity | null {
  if (a === null) return b;
  if (b === null) return a;
  return SEVERITY_ORDER[b] < SEVERITY_ORDER[a] ? b : a;
}

function worstSeverity(issues: Issue[]): Severity | null {
  return issues.reduce<Severity | null>((worst, i) => (worst === null || SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[worst] ? i.severity : worst), null);
}
