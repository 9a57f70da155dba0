/** @jest-environment jsdom */
import './jsdom-setup';
import { screen, within } from '@testing-library/react';
import { renderApp } from './render-app';
import { sheetFromRows } from '../../src/excel/memory/state';
import type { CellValue } from '../../src/core/model';

describe('the sources step', () => {
  it('marks a report whose period could not be read, so staff look at it before consolidating', async () => {
    renderApp({
      extraSheets: [
        [
          'Hớn Quản',
          [
            ['UBND HUYỆN HỚN QUẢN', null, null, null],
            ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
            [1, 'Số trạm BTS', 'trạm', 30],
            [2, 'Số điểm phục vụ bưu chính', 'điểm', 9],
          ],
        ],
      ],
    });
    const reports = await screen.findByRole('region', { name: /Trang báo cáo của đơn vị \(3\)/ });
    const row = within(reports)
      .getByRole('checkbox', { name: /Hớn Quản — Huyện Hớn Quản · chưa rõ kỳ/ })
      .closest('div')!;
    expect(within(row).getByText('cần xem lại')).toBeTruthy();
    const known = within(reports)
      .getByRole('checkbox', { name: /Bù Đốp — Huyện Bù Đốp/ })
      .closest('div')!;
    expect(within(known).queryByText('cần xem lại')).toBeNull();
  });
});

describe('importing report files', () => {
  it('names each imported sheet after its unit, without reading the whole workbook a third time', async () => {
    // The fake cannot parse .xlsx: the "file" holds the sheet's rows as JSON.
    const rows: CellValue[][] = [
      ['UBND HUYỆN HỚN QUẢN', null, null, null],
      ['BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG 6 THÁNG ĐẦU NĂM 2022', null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      [1, 'Số trạm BTS', 'trạm', 30],
      [2, 'Số điểm phục vụ bưu chính', 'điểm', 9],
    ];
    const decodeWorkbook = (base64: string) => [
      sheetFromRows('Sheet1', JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as CellValue[][]),
    ];
    const { excel, reads, user } = renderApp({ decodeWorkbook });
    await screen.findByRole('region', { name: /Trang báo cáo của đơn vị \(2\)/ });
    const file = new File([JSON.stringify(rows)], 'bc-hon-quan.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    // jsdom's File has no arrayBuffer(); browsers do.
    Object.assign(file, { arrayBuffer: async () => Uint8Array.from(Buffer.from(JSON.stringify(rows))).buffer });
    await user.upload(screen.getByLabelText('Nhập tệp...', { selector: 'input' }), file);

    const reports = await screen.findByRole('region', { name: /Trang báo cáo của đơn vị \(3\)/ });
    expect(within(reports).getByRole('checkbox', { name: /^Huyện Hớn Quản — Huyện Hớn Quản/ })).toBeTruthy();
    expect(excel.state.sheets.map((s) => s.name)).toContain('Huyện Hớn Quản');
    expect(excel.state.sheets.map((s) => s.name)).not.toContain('Sheet1');
    expect(reads.count).toBe(2);
  });
});
