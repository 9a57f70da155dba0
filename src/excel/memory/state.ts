/** State of the in-memory workbook: what a real Excel would hold, kept deliberately small. */
import type { CellValue } from '../../core/model';

export type MemoryCell = {
  value: CellValue;
  /** Set when a string starting with "=" was written to a cell not formatted as text "@": it became a formula. */
  formula?: string;
  numberFormat?: string;
  font?: { name?: string; bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  border?: boolean;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
  note?: string;
};

/** A chart as the adapter built it (see pictures.ts). */
export type MemoryChartSeries = { name?: string; values?: string; xValues?: string; color?: string };

export type MemoryChart = {
  name?: string;
  type: string;
  source: string;
  seriesBy?: string;
  series: MemoryChartSeries[];
  title?: string;
  legend?: { visible?: boolean; position?: string };
  showValue?: boolean;
  reversePlotOrder?: boolean;
  valueAxisTitle?: string;
  position?: { start: string; end?: string };
};

export type MemoryConditionalFormat = {
  type: string;
  address: string;
  dataBar: {
    barDirection?: string;
    lowerBoundRule?: unknown;
    upperBoundRule?: unknown;
    fillColor?: string;
    gradientFill?: boolean;
  };
};

export type MemorySheet = {
  /** Excel's worksheet id ("{…}"): stays when the sheet is renamed; insertWorksheetsFromBase64 returns these. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<string, MemoryCell>;
  columnWidths: Map<number, number>;
  merges: { row: number; col: number; rows: number; cols: number }[];
  freeze: { rows: number; cols: number } | null;
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    fitToWidth?: boolean;
    centerFooter?: string;
    margins?: Record<string, number>;
  };
  autoFilter: string | null;
  /** Row heights in points set by the add-in (index = row). */
  rowHeights: Map<number, number>;
  /** Sheet protection by the user: the add-in cannot write to a protected sheet. */
  protected: boolean;
  charts: MemoryChart[];
  conditionalFormats: MemoryConditionalFormat[];
  /** Manual page breaks: before these rows and columns (0-based). */
  pageBreaks: { rows: number[]; cols: number[] };
};

export type MemoryWorkbookState = {
  name: string;
  sheets: MemorySheet[];
  settings: Map<string, unknown>;
  activeSheet: string | null;
  selection: { sheet: string; row: number; col: number } | null;
};

export const cellKey = (row: number, col: number): string => `${row},${col}`;

let sheetCounter = 0;
/** A new worksheet id in Excel's shape. */
export const newSheetId = (): string =>
  `{${(++sheetCounter).toString(16).padStart(8, '0')}-5A1B-4C2D-8E3F-000000000000}`;

export function newSheet(name: string): MemorySheet {
  return {
    id: newSheetId(),
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    columnWidths: new Map(),
    merges: [],
    freeze: null,
    pageLayout: {},
    autoFilter: null,
    rowHeights: new Map(),
    protected: false,
    charts: [],
    conditionalFormats: [],
    pageBreaks: { rows: [], cols: [] },
  };
}

/** `name` as a formula refers to it: quoted unless it is one word of letters and digits. */
const quoted = (name: string): string =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What Excel does to formulas that refer to a sheet when it is renamed (they follow it) or deleted (#REF!).
 * @example a formula "='Tổng hợp'!C5" after deleting "Tổng hợp" reads "=#REF!C5"
 */
export function rewriteSheetReferences(state: MemoryWorkbookState, oldName: string, newName: string | null): void {
  // A reference names the sheet quoted ('Tổng hợp'!C5, 'Cũ'!A1) or, for one word, bare (Cũ!A1).
  const forms = [`'${oldName.replace(/'/g, "''")}'`, ...(/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(oldName) ? [oldName] : [])];
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_'!])(${forms.map(escapeRegExp).join('|')})!`, 'gu');
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (!cell.formula || !cell.formula.includes(oldName.replace(/'/g, "''"))) continue;
      cell.formula = cell.formula.replace(
        pattern,
        (_m, lead: string) => `${lead}${newName === null ? '#REF' : quoted(newName)}!`,
      );
      if (newName === null) cell.value = '#REF!';
    }
  }
}

/** Bounds of the cells holding a value (valuesOnly) or any content; null for an empty sheet. */
export function usedBounds(
  sheet: MemorySheet,
  valuesOnly: boolean,
): { row: number; col: number; rows: number; cols: number } | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null && cell.value !== '';
    if (valuesOnly && !hasValue && !cell.formula) continue;
    const [r, c] = key.split(',').map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Builds a sheet from rows of values (and optional number formats / fonts), as a unit's report would look. */
export function sheetFromRows(
  name: string,
  values: CellValue[][],
  extra: { numberFormats?: (string | null)[][]; fonts?: (string | null)[][]; hidden?: boolean } = {},
): MemorySheet {
  const sheet = newSheet(name);
  if (extra.hidden) sheet.visibility = 'Hidden';
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const numberFormat = extra.numberFormats?.[r]?.[c] ?? undefined;
      const fontName = extra.fonts?.[r]?.[c] ?? undefined;
      if (value === null && !numberFormat && !fontName) return;
      sheet.cells.set(cellKey(r, c), { value, numberFormat, font: fontName ? { name: fontName } : undefined });
    }),
  );
  return sheet;
}

/** A deep copy, to compare a workbook before and after a run. */
export function snapshotSheet(sheet: MemorySheet): unknown {
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, c]) => [k, JSON.parse(JSON.stringify(c)) as unknown]),
    merges: sheet.merges,
    freeze: sheet.freeze,
    protected: sheet.protected,
  };
}
