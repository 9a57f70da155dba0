/** Renders the task pane over an in-memory workbook of two unit reports and a notes sheet, as the tests need it. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { Root } from '../../src/taskpane/Root';
import { inlineEngine, type DetectRunner, type EngineRunner } from '../../src/taskpane/engine';
import { createMemoryExcel, type MemoryExcelOptions } from '../../src/excel/memory/excel';
import { sheetFromRows } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import type { CellValue } from '../../src/core/model';

export function report(unit: string, bts: CellValue, extra: CellValue[][] = []): CellValue[][] {
  return [
    [`UBND ${unit.toUpperCase()}`, null, null, null],
    ['BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG 6 THÁNG ĐẦU NĂM 2022', null, null, null],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
    [1, 'Số trạm BTS', 'trạm', bts],
    [2, 'Số điểm phục vụ bưu chính', 'điểm', 12],
    [3, 'Số thuê bao Internet băng rộng cố định', 'thuê bao', '1.300'],
    ...extra,
  ];
}

/** A copy of last period's summary sheet, as staff keep them in the department's workbook. */
export const PREVIOUS_SUMMARY: CellValue[][] = [
  ['BẢNG TỔNG HỢP SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG', null, null, null, null, null],
  ['Kỳ báo cáo: năm 2021', null, null, null, null, null],
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Huyện Bù Đốp', 'Huyện Lộc Ninh'],
  [1, 'Số trạm thu phát sóng thông tin di động (BTS)', 'trạm', 80, 40, 40],
];

export function renderApp({
  engine = inlineEngine,
  detect,
  lang = 'vi',
  previousSummary = false,
  extraSheets = [],
  decodeWorkbook,
  createWorkbook,
}: {
  engine?: EngineRunner;
  detect?: DetectRunner;
  lang?: 'vi' | 'en';
  previousSummary?: boolean;
  extraSheets?: [string, CellValue[][]][];
  decodeWorkbook?: MemoryExcelOptions['decodeWorkbook'];
  createWorkbook?: (base64: string) => Promise<void>;
} = {}) {
  const excel = createMemoryExcel(
    [
      sheetFromRows(
        'Bù Đốp',
        report('Huyện Bù Đốp', 45, [[4, 'Số lượt xem video tuyên truyền trên nền tảng số', 'lượt', 99]]),
      ),
      sheetFromRows('Lộc Ninh', report('Huyện Lộc Ninh', 'chưa thống kê được')),
      sheetFromRows('Ghi chú', [['Ghi chú của phòng'], ['Nhớ gọi điện cho huyện']]),
      ...(previousSummary ? [sheetFromRows('Tổng hợp 2021', PREVIOUS_SUMMARY)] : []),
      ...extraSheets.map(([name, rows]) => sheetFromRows(name, rows)),
    ],
    { decodeWorkbook },
  );
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported),
    outputSheets: ['Tổng hợp', 'Kiểm tra', 'Đối chiếu', 'Danh mục chỉ tiêu'],
    createWorkbook,
  });
  // Counts whole-workbook reads: each one loads every sheet, so the task pane should not repeat them needlessly.
  const reads = { count: 0 };
  const read = workbook.read.bind(workbook);
  workbook.read = (options) => {
    reads.count += 1;
    return read(options);
  };
  render(
    <Root>
      <App workbook={workbook} engine={engine} detect={detect} lang={lang} today={() => '2022-07-15'} />
    </Root>,
  );
  return { excel, reads, user: userEvent.setup() };
}
