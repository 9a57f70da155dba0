import type { CellRef, CellValue } from './grid';

/** One figure as read from a cell, before or after parsing. */
export type Figure =
  | { kind: 'number'; value: number; raw: string; approx?: boolean; note?: string }
  | { kind: 'missing'; raw: string; reason: string }
  | { kind: 'unreadable'; raw: string; reason: string };

/** One data row of a unit report, as detected. */
export type ReportRow = {
  /** Label as written (decoded from legacy encodings, NFC), for display. */
  label: string;
  labelCell: CellRef;
  /** Text of the row's measure column (ĐVT), when the sheet has one. */
  measure?: string;
  /** Raw value of the result column (Thực hiện / Kết quả / Số liệu). */
  raw: CellValue;
  valueCell: CellRef;
  /** Excel number format of the value cell, e.g. "0.0%". */
  numberFormat?: string;
  /** Section heading the row sits under (I. Bưu chính...). */
  section?: string;
  /** The row is hidden in the sheet. */
  hidden?: boolean;
  /** The measure its value column's header names ("Thực hiện (triệu đồng)" → "triệu đồng"). */
  headerMeasure?: string;
  /** The measure a note over its table names ("Đơn vị tính: triệu đồng"). */
  tableMeasure?: string;
  /** Its value column holds estimates ("Ước thực hiện 6 tháng"). */
  estimate?: boolean;
};

export type Layout = {
  headerRow: number | null;
  labelCol: number;
  valueCol: number;
  measureCol: number | null;
  /** Header text of the chosen value column, e.g. "Thực hiện 6 tháng". */
  valueHeader: string | null;
  /** "vi" ("1.300,5") or "en" ("1,300.5"): how this sheet writes numbers in text. */
  numberStyle: 'vi' | 'en';
};

/** A worksheet recognised as one unit's report. */
export type UnitReport = {
  /** Unit name as recognised (official spelling when an expected list matched), or null if unknown. */
  unit: string | null;
  /** Where the unit name came from, and the text it came from. */
  unitEvidence: { from: 'title' | 'signature' | 'sheet' | 'file' | 'none'; text: string };
  /** Period as written in the title ("6 tháng đầu năm 2022"), or null. */
  period: string | null;
  source: { file: string; sheet: string };
  /** Date the report was signed, from its date line ("Bù Đốp, ngày 20 tháng 6 năm 2022" → "2022-06-20"). */
  issuedOn?: string;
  /** The title says it corrects or replaces an earlier report ("điều chỉnh", "thay thế", "bổ sung"). */
  revision?: boolean;
  layout: Layout;
  rows: ReportRow[];
  /** Things the reader should know: hidden sheet, legacy encoding decoded, English number style... */
  notes: string[];
};

export type DetectResult =
  | { kind: 'report'; report: UnitReport }
  | { kind: 'not_report'; source: { file: string; sheet: string }; reason: string };
