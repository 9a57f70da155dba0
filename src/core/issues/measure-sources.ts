import type { MeasureSource } from '../model';

/** Where a figure's measure was read, in words a clerk uses; the compiler demands a text for every source. */
export const MEASURE_SOURCE_TEXTS: Record<MeasureSource, { vi: string; en: string }> = {
  cell: { vi: 'chữ trong ô số liệu', en: 'the words in the cell' },
  format: { vi: 'định dạng số của ô', en: "the cell's number format" },
  measure: { vi: 'cột ĐVT', en: 'the ĐVT (measure) column' },
  label: { vi: 'tên chỉ tiêu', en: 'the label' },
  header: { vi: 'tiêu đề cột', en: 'the column header' },
  note: { vi: 'ghi chú «Đơn vị tính» của bảng', en: "the table's measure note" },
};
