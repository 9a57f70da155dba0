/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { screen } from '@testing-library/react';
import { renderApp } from './render-app';

describe('choosing how «Theo đơn vị» lists the units', () => {
  it('lists the two units as columns by default, and as rows when the user asks', async () => {
    const { excel, user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    const layout = screen.getByRole('combobox', { name: /Trang «Theo đơn vị»/ });
    expect(layout).toHaveTextContent('Tự động theo số đơn vị');
    await user.click(layout);
    await user.click(screen.getByRole('option', { name: 'Mỗi đơn vị một dòng' }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByRole('region', { name: 'Đã ghi:' });

    const sheet = excel.findSheet('Theo đơn vị')!;
    const column = (col: number) =>
      [...sheet.cells.entries()]
        .filter(([k]) => k.endsWith(`,${col}`))
        .sort(([a], [b]) => Number(a.split(',')[0]) - Number(b.split(',')[0]))
        .map(([, c]) => c.value);
    expect(column(1)).toEqual(expect.arrayContaining(['Đơn vị', 'Huyện Bù Đốp', 'Huyện Lộc Ninh', 'Toàn tỉnh']));
    expect(excel.findSheet('Biểu đồ')!.charts.length).toBeGreaterThan(0);
  }, 90_000);
});
