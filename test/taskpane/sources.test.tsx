/** @jest-environment jsdom */
import './jsdom-setup';
import { screen, within } from '@testing-library/react';
import { renderApp } from './render-app';

describe('the sources step', () => {
  it('marks a report whose period could not be read, so staff look at it before consolidating', async () => {
    renderApp({
      extraSheets: [['Hớn Quản', [
        ['UBND HUYỆN HỚN QUẢN', null, null, null],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
        [1, 'Số trạm BTS', 'trạm', 30],
        [2, 'Số điểm phục vụ bưu chính', 'điểm', 9],
      ]]],
    });
    const reports = await screen.findByRole('region', { name: /Trang báo cáo của đơn vị \(3\)/ });
    const row = within(reports).getByRole('checkbox', { name: /Hớn Quản — Huyện Hớn Quản · chưa rõ kỳ/ }).closest('div')!;
    expect(within(row).getByText('cần xem lại')).toBeTruthy();
    const known = within(reports).getByRole('checkbox', { name: /Bù Đốp — Huyện Bù Đốp/ }).closest('div')!;
    expect(within(known).queryByText('cần xem lại')).toBeNull();
  });
});
