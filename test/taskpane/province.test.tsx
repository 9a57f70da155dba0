/** @jest-environment jsdom */
import './jsdom-setup';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app';

describe('the province picker of the sources step', () => {
  it('gives the units that must report without a pasted list, names who has not sent with codes, and keeps the choice in the workbook', async () => {
    const { excel, user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp — Huyện Bù Đốp/ });
    const picker = screen.getByRole('combobox', { name: /Tỉnh, thành phố/ });
    await user.type(picker, 'binh phu');
    await user.click(await screen.findByRole('option', { name: 'Bình Phước' }));

    const notSent = await screen.findByRole('group', { name: /Chưa gửi \(9\)/ });
    expect(within(notSent).getByText('Thành phố Đồng Xoài (689)')).toBeTruthy();
    expect(within(notSent).queryByText(/Bù Đốp/)).toBeNull();
    expect(screen.getByText('2/11 đơn vị đã gửi')).toBeTruthy();
    expect(screen.getByText(/Bình Phước: 11 huyện, thị xã, thành phố \(trước 1\/7\/2025\)/)).toBeTruthy();
    await waitFor(() => expect(JSON.stringify([...excel.state.settings.values()])).toContain('Bình Phước'));
    // Typing into a Fluent combobox in jsdom is slow on a shared machine.
  }, 300_000); // A wait, not a speed budget: the shared machine runs this several times slower at busy times.
});
