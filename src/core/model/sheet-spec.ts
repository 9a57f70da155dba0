/**
 * What a front end writes: plain cells and formats, written the same way by ExcelJS (CLI) and Office.js (add-in),
 * so the workbook a leader opens is the same from both.
 */
export type SpecValue = string | number | boolean | null;

export type CellStyle = {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  /** Font colour "#RRGGBB". */
  color?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  border?: boolean;
  /** Excel number format; "@" for text. */
  numberFormat?: string;
  /** The cell stays editable when the sheet is protected (cells are locked by default). */
  unlocked?: boolean;
};

export type CellSpec = {
  /** Strings are always written as text, never as formulas. */
  value: SpecValue;
  style?: CellStyle;
  /** A note (comment) on the cell. */
  note?: string;
  /** A link: "#'Sheet'!B17" inside the workbook, or an external file reference "file.xlsx#'Sheet'!B17". */
  link?: string;
};

export type SheetSpec = {
  name: string;
  /** Row-major; null = empty cell. */
  rows: (CellSpec | null)[][];
  columnWidths?: number[];
  /** Row heights in points where wrapped text needs more than one line (index = row); absent = default. */
  rowHeights?: (number | null)[];
  /** Merged ranges, 0-based inclusive. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  print?: { orientation: 'landscape' | 'portrait'; paperSize: 'A4'; repeatRows?: [number, number]; fitToWidth?: boolean };
  /** 0-based row index of a table header to which an autofilter is applied (sortable). */
  autoFilter?: { row: number; fromCol: number; toCol: number };
  tabColor?: string;
  /** 0-based columns hidden from view (their cells are still read). */
  hiddenColumns?: number[];
  /** Data validation of input cells. */
  validations?: ValidationSpec[];
  /** Sheet protection without a password: locked cells cannot be edited; what is listed stays allowed. */
  protection?: { insertRows?: boolean; formatColumns?: boolean; formatRows?: boolean };
};

/** A number typed into `cells` must lie within [min, max] (either may be absent); text is refused. */
export type ValidationSpec = {
  /** 0-based ranges sharing the rule. */
  cells: { top: number; left: number; bottom: number; right: number }[];
  type: 'decimal';
  min?: number;
  max?: number;
  /** Shown when the cell is selected (title ≤ 32, text ≤ 255 characters, as Excel allows). */
  prompt?: { title: string; text: string };
  /** Shown when a typed value is refused. */
  error: { title: string; text: string };
};

export type WorkbookSpec = { sheets: SheetSpec[] };
