import type { Catalog, CellSpec, CellStyle, Indicator, SheetSpec, ValidationSpec, WorkbookSpec } from '../model';
import { catalogVersion } from '../catalog/catalog-version';
import { templateMarkText } from '../detect/template-mark';
import { measureKind } from '../catalog/measure-kind';
import { roman } from '../render/cells';
import { GROUP_SEPARATOR } from './form-structure';
import { FORM_TEXTS, type FormTexts } from './form-texts';

export type FormOptions = {
  /** The period the units report on, as the department writes it ("6 tháng đầu năm 2025"). */
  period: string;
  lang?: 'vi' | 'en';
};

/** Columns of the form: STT, indicator, ĐVT, result, note, and the hidden id column. */
const COL = { stt: 0, label: 1, measure: 2, value: 3, note: 4, id: 5 } as const;
const WIDTHS = [7, 58, 13, 20, 24, 22];
const LAST_VISIBLE = COL.note;

const BOLD: CellStyle = { bold: true, hAlign: 'center', wrap: true };
const TITLE: CellStyle = { bold: true, size: 14, hAlign: 'center' };
const SUBTITLE: CellStyle = { bold: true, hAlign: 'center', wrap: true };
const PERIOD: CellStyle = { italic: true, hAlign: 'center' };
const HEADER: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: '#D9E1F2' };
const SECTION: CellStyle = { bold: true, border: true, vAlign: 'top', wrap: true, numberFormat: '@' };
const SECTION_CENTER: CellStyle = { ...SECTION, hAlign: 'center' };
const LABEL: CellStyle = { border: true, vAlign: 'top', wrap: true, numberFormat: '@' };
const PART_LABEL: CellStyle = { ...LABEL, italic: true };
const CENTER: CellStyle = { ...LABEL, hAlign: 'center' };
const INPUT: CellStyle = { border: true, vAlign: 'top', fill: '#FFF2CC', unlocked: true };
const NOTE_INPUT: CellStyle = { border: true, vAlign: 'top', wrap: true, numberFormat: '@', unlocked: true };
const HIDDEN_ID: CellStyle = { numberFormat: '@', color: '#808080' };
const INSTRUCTION: CellStyle = { italic: true, wrap: true, vAlign: 'top' };

/**
 * The form a unit fills in, generated from the catalog: the unit's name and the period in the title, the
 * catalog's sections, numbering and measures, one result cell per indicator (unlocked, numbers only, within the
 * catalog's range; percentages 0–100), everything else locked (no password), and in a hidden column each row's
 * indicator id under the catalog version marker — so a returned form is matched by id, whatever wording it has.
 * @example renderForm(catalog, 'Xã Tân Tiến', { period: '6 tháng đầu năm 2025' }).rows[0][0].value // "UBND XÃ TÂN TIẾN"
 */
export function renderForm(catalog: Catalog, unit: string | null, options: FormOptions): SheetSpec {
  const t = FORM_TEXTS[options.lang ?? 'vi'];
  const rows: (CellSpec | null)[][] = [];
  const merges: SheetSpec['merges'] = [];
  const line = (text: string, style: CellStyle, height?: number): void => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: LAST_VISIBLE });
    rows.push([{ value: text, style }]);
    if (height) rowHeights[rows.length - 1] = height;
  };
  const rowHeights: (number | null)[] = [];

  // Title block: the unit (left), the national motto (right), the report's title and period; the marker sits
  // above the id column, where no one reads it.
  merges.push(
    { top: 0, left: 0, bottom: 0, right: 1 },
    { top: 0, left: 2, bottom: 0, right: LAST_VISIBLE },
    { top: 1, left: 2, bottom: 1, right: LAST_VISIBLE },
  );
  rows.push([
    { value: unit ? t.unitTitle(unit) : t.anyUnit, style: BOLD },
    null,
    { value: t.motto, style: BOLD },
    null,
    null,
    { value: templateMarkText(catalogVersion(catalog)), style: HIDDEN_ID },
  ]);
  rows.push([null, null, { value: t.mottoLine, style: BOLD }]);
  rows.push([]);
  line(t.report, TITLE);
  line(catalog.title ?? t.defaultTitle, SUBTITLE, 32);
  line(`${t.period}: ${options.period}`, PERIOD);
  rows.push([]);

  const headerRow = rows.length;
  rows.push([
    { value: t.stt, style: HEADER },
    { value: t.indicator, style: HEADER },
    { value: t.measure, style: HEADER },
    { value: `${t.result} ${options.period}`, style: HEADER, note: t.resultNote },
    { value: t.note, style: HEADER },
    { value: t.id, style: HIDDEN_ID },
  ]);
  rowHeights[headerRow] = 45;

  const validations = new Map<string, ValidationSpec>();
  let previousPath: string[] = [];
  const numbering = newNumbering();
  for (const indicator of catalog.indicators) {
    const path = (indicator.group ?? '').split(GROUP_SEPARATOR).filter((p) => p !== '');
    path.forEach((name, level) => {
      if (previousPath[level] === name && previousPath.slice(0, level).join() === path.slice(0, level).join()) return;
      rows.push([
        { value: numbering.section(level), style: SECTION_CENTER },
        { value: name, style: SECTION },
        { value: '', style: SECTION },
        { value: '', style: SECTION },
        { value: '', style: SECTION },
      ]);
    });
    if (path.length < previousPath.length) numbering.leave(path.length);
    previousPath = path;
    const r = rows.length;
    const number = numbering.indicator(indicator, path.length);
    rows.push([
      { value: number, style: CENTER },
      { value: indicator.name, style: indicator.parent ? PART_LABEL : LABEL },
      { value: indicator.unit, style: CENTER },
      { value: null, style: INPUT },
      { value: null, style: NOTE_INPUT },
      { value: indicator.id, style: HIDDEN_ID },
    ]);
    addValidation(validations, indicator, r, t);
  }

  rows.push([]);
  for (const text of t.instructions) line(text, INSTRUCTION, 30);
  rows.push([]);
  rows.push([null, { value: t.preparedBy, style: BOLD }, null, { value: t.head, style: BOLD }]);
  merges.push({ top: rows.length - 1, left: COL.value, bottom: rows.length - 1, right: LAST_VISIBLE });

  return {
    name: unit ?? t.sheetName,
    rows,
    rowHeights,
    merges,
    columnWidths: WIDTHS,
    hiddenColumns: [COL.id],
    validations: [...validations.values()],
    protection: { insertRows: true, formatColumns: true, formatRows: true },
    print: { orientation: 'portrait', paperSize: 'A4', repeatRows: [headerRow, headerRow], fitToWidth: true },
  };
}

/**
 * One sheet per unit (or one blank form when no unit is given), in the order given.
 * @example renderForms(catalog, ['Xã Tân Tiến', 'Xã Hưng Phước'], { period: 'năm 2025' }).sheets.length // 2
 */
export function renderForms(catalog: Catalog, units: string[], options: FormOptions): WorkbookSpec {
  return {
    sheets:
      units.length === 0
        ? [renderForm(catalog, null, options)]
        : units.map((unit) => renderForm(catalog, unit, options)),
  };
}

/**
 * Numbers as offices number a form: sections I, II…; inside one, its indicators and its sub-sections share one
 * sequence ("4. Tỷ lệ…", "5. Tổ công nghệ số:", "6. …"), and a sub-section's own rows go 5.1, 5.2…; parts get "-".
 * A number the catalog keeps from the department's form is printed as it is and continues the sequence.
 */
function newNumbering() {
  let top = 0;
  let seq = 0;
  let sub: { number: string; rows: number } | null = null;
  return {
    section(level: number): string {
      if (level === 0) {
        [top, seq, sub] = [top + 1, 0, null];
        return roman(top);
      }
      seq += 1;
      sub = { number: String(seq), rows: 0 };
      return sub.number;
    },
    leave(depth: number): void {
      if (depth <= 1) sub = null;
    },
    indicator(indicator: Indicator, depth: number): string {
      const inSub = sub !== null && depth > 1;
      if (indicator.number !== undefined) {
        if (!inSub && /^\d+$/.test(indicator.number)) seq = Number(indicator.number);
        return indicator.number;
      }
      if (indicator.parent) return '-';
      if (inSub && sub) return `${sub.number}.${++sub.rows}`;
      return String(++seq);
    },
  };
}

/** The range a figure must lie in: the catalog's, and 0–100 for a percentage without one. */
function rangeOf(indicator: Indicator): { min?: number; max?: number; percent: boolean } {
  const percent = indicator.unit !== '' && measureKind(indicator.unit) === 'percent';
  return {
    min: indicator.min ?? (percent ? 0 : undefined),
    max: indicator.max ?? (percent ? 100 : undefined),
    percent,
  };
}

/** Cells with the same range share one validation rule. */
function addValidation(
  validations: Map<string, ValidationSpec>,
  indicator: Indicator,
  row: number,
  t: FormTexts,
): void {
  const { min, max, percent } = rangeOf(indicator);
  const key = `${min ?? ''}|${max ?? ''}|${percent}`;
  const cell = { top: row, left: COL.value, bottom: row, right: COL.value };
  const held = validations.get(key);
  if (held) {
    held.cells.push(cell);
    return;
  }
  const validation: ValidationSpec = {
    cells: [cell],
    type: 'decimal',
    error: { title: t.invalidTitle, text: t.invalidText(min, max) },
    prompt: { title: t.promptTitle, text: percent ? t.promptPercent : t.promptNumber },
  };
  if (min !== undefined) validation.min = min;
  if (max !== undefined) validation.max = max;
  validations.set(key, validation);
}
