/** @jest-environment jsdom */
import './jsdom-setup';
import { screen } from '@testing-library/react';
import { renderApp } from './render-app';

describe('comparing with the previous period in the task pane', () => {
  it('offers an earlier summary sheet of the workbook and adds the change column to the new summary', async () => {
    const { excel, user } = renderApp({ previousSummary: true });
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    // The earlier summary is never taken for a unit's report.
    expect(screen.queryByRole('checkbox', { name: /Tổng hợp 2021/ })).toBeNull();

    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    await user.click(screen.getByRole('combobox', { name: /So sánh với kỳ trước/ }));
    await user.click(screen.getByRole('option', { name: 'Tổng hợp 2021' }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByRole('region', { name: 'Đã ghi:' });

    const summary = excel.findSheet('Tổng hợp')!;
    const texts = [...summary.cells.values()].map((c) => c.value);
    expect(texts).toContain('Kỳ trước (năm 2021)');
    expect(texts).toContain('Thay đổi');
  });

  it('shows no comparison choice when the workbook holds no earlier summary', async () => {
    const { user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    expect(screen.queryByRole('combobox', { name: /So sánh với kỳ trước/ })).toBeNull();
  });
});
