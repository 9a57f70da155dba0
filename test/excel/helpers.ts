/** Builders of unit report sheets for the adapter tests. */
import type { CellValue, SheetSpec } from '../../src/core/model';
import { sheetFromRows, type MemorySheet } from '../../src/excel/memory/state';

/** A unit's report as staff write it: title rows, a header, numbered rows with figures. */
export function unitSheet(name: string, unit: string, rows = 40): MemorySheet {
  const values: CellValue[][] = [
    [`UBND ${unit.toUpperCase()}`, null, null, null],
    ['BÁO CÁO KẾT QUẢ THÔNG TIN VÀ TRUYỀN THÔNG 6 THÁNG ĐẦU NĂM 2022', null, null, null],
    [null, null, null, null],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
  ];
  for (let i = 1; i <= rows; i++) values.push([i, `Chỉ tiêu số ${i}`, 'trạm', i % 7 === 0 ? `1.${i}00` : i * 3]);
  return sheetFromRows(name, values, { fonts: values.map((r, i) => r.map(() => (i === 5 ? '.VnTime' : null))) });
}

/** A small summary-like spec: a bold header, text that looks like a formula, notes, a link. */
export function smallSpec(name = 'Tổng hợp'): SheetSpec {
  return {
    name,
    rows: [
      [
        { value: 'TT', style: { bold: true, fill: '#DDEBF7', border: true } },
        { value: 'Chỉ tiêu', style: { bold: true, fill: '#DDEBF7', border: true } },
        { value: 'Tổng', style: { bold: true, fill: '#DDEBF7', border: true } },
      ],
      [
        { value: 1 },
        { value: '=SUM(A1:A9) là nhãn, không phải công thức' },
        { value: 1300, style: { numberFormat: '#,##0' }, note: 'Tổng của 11 đơn vị', link: "#'Bù Đốp'!D5" },
      ],
      [{ value: 2 }, { value: 'Tỷ lệ' }, { value: 0.162, style: { numberFormat: '0.0%' } }],
      [null, null, null],
    ],
    columnWidths: [6, 50, 14],
    merges: [{ top: 3, left: 0, bottom: 3, right: 2 }],
    freeze: { rows: 1, cols: 2 },
    print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [0, 0], fitToWidth: true },
    autoFilter: { row: 0, fromCol: 0, toCol: 2 },
    tabColor: '#107C41',
  };
}
