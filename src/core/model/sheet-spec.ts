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

/** A block of cells of one sheet, 0-based and inclusive. */
export type CellRange = { top: number; left: number; bottom: number; right: number };

/**
 * Data bars over figures (a conditional format): each bar starts at zero and reaches full length at `max`, or at the
 * range's largest figure when absent (a rate's bar is full at 100 %).
 */
export type DataBarSpec = { range: CellRange; color: string; max?: number };

/** One series of a chart: its name and its figures, a one-column range of the chart's own sheet. */
export type ChartSeriesSpec = { name: string; values: CellRange; color: string };

/**
 * A native chart whose data sit in cells of its own sheet, so a reader can check every bar against a figure.
 * `bar`: horizontal bars (units ranked, the first category on top); `column`: vertical bars (a distribution).
 */
export type ChartSpec = {
  kind: 'bar' | 'column';
  title: string;
  /** Category labels: unit names or value bands, a one-column range. */
  categories: CellRange;
  series: ChartSeriesSpec[];
  /** The cells the chart covers. */
  anchor: CellRange;
  /** Number format of the figures on the value axis and the bar labels. */
  numberFormat: string;
  /** What the value axis counts: the measure (ĐVT), or "đơn vị" for a distribution. */
  valueAxisTitle?: string;
};

export type PrintSpec = {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  /** Rows printed on top of every page (0-based, inclusive). */
  repeatRows?: [number, number];
  /** Columns printed at the left of every page (0-based, inclusive). */
  repeatCols?: [number, number];
  /** Shrink to one page wide (never enlarges). */
  fitToWidth?: boolean;
  /** The word before the page number in the footer of every page: "Trang" gives "Trang 2/6". */
  pageNumbers?: string;
  /** Columns that start a new printed page (0-based): a section is not cut between two pages. */
  colBreaks?: number[];
  /** Rows that start a new printed page (0-based): a chart and its table are not cut between two pages. */
  rowBreaks?: number[];
  /** Page margins in inches; Excel's normal ones (0.7 left and right, 0.75 top and bottom) when absent. */
  margins?: { left: number; right: number; top: number; bottom: number };
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
  print?: PrintSpec;
  /**
   * 0-based row index of a table header to which an autofilter is applied (sortable); `toRow`, the table's last row
   * when rows follow that must not be sorted with it (a totals row).
   */
  autoFilter?: { row: number; fromCol: number; toCol: number; toRow?: number };
  tabColor?: string;
  dataBars?: DataBarSpec[];
  charts?: ChartSpec[];
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
