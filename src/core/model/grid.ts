/** What a front end reads from one worksheet. The engine never sees Office.js or ExcelJS objects. */
export type CellValue = string | number | boolean | null;

/** Where a grid came from: the file (or workbook) name and the sheet name. */
export type GridSource = { file: string; sheet: string };

export type Grid = {
  /** Sheet name as shown on the tab. */
  name: string;
  source: GridSource;
  /** Row-major cell values; rows may have different lengths. Formula cells hold their cached result. */
  values: CellValue[][];
  /** Number format per cell (Excel codes such as "0.0%"), same shape as values when known. */
  numberFormats?: (string | null)[][];
  /** Font name per cell (".VnTime", "VNI-Times"...), used to detect legacy 8-bit encodings. */
  fonts?: (string | null)[][];
  /** 0-based sheet coordinates of values[0][0]; {row: 0, col: 0} (cell A1) when absent. */
  origin?: { row: number; col: number };
  /** The sheet is hidden in its workbook (reported, not silently used). */
  hidden?: boolean;
  /** 0-based grid row indexes that are hidden. */
  hiddenRows?: number[];
  /** Merged ranges in grid coordinates (0-based, inclusive); values sit in the top-left cell. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** Set by a reader that stopped early: the sheet was bigger than the region it scanned. */
  truncated?: { rows: number; cols: number };
};

/** A pointer to one cell of a source: "bu-dop.xlsx#Sheet1!B17" in text form. */
export type CellRef = { file: string; sheet: string; address: string };
