/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { screen, waitFor, within } from '@testing-library/react';
import type { EngineRunner } from '../../src/taskpane/engine';
import { renderApp } from './render-app';

const CONTROLS = ['button', 'checkbox', 'textbox', 'combobox', 'tab', 'progressbar'] as const;

/** Every control on screen can be told apart by a screen reader user. */
function expectEveryControlNamed(): void {
  for (const role of CONTROLS)
    for (const control of screen.queryAllByRole(role)) expect(control).toHaveAccessibleName();
}

describe('the task pane for keyboard and screen reader users', () => {
  it('names every control on every step', async () => {
    const { user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    expectEveryControlNamed();
    await user.click(screen.getByRole('tab', { name: /Đối chiếu/ }));
    await screen.findByRole('combobox', { name: /Chọn chỉ tiêu/ });
    expectEveryControlNamed();
    await user.click(screen.getByRole('tab', { name: /Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByRole('region', { name: 'Đã ghi:' });
    expectEveryControlNamed();
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    expectEveryControlNamed();
  });

  // The arrow keys themselves (Fluent's tabster needs a real layout) are tested in test/browser.
  it('shows the steps as named tabs with one selected, controlling a named panel', async () => {
    const { user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    const steps = screen.getByRole('tablist', { name: 'Các bước' });
    expect(within(steps).getAllByRole('tab')).toHaveLength(5);
    const first = screen.getByRole('tab', { name: '1. Nguồn' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: '1. Nguồn' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: '3. Tổng hợp' }));
    expect(screen.getByRole('tab', { name: '3. Tổng hợp' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '1. Nguồn' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel', { name: '3. Tổng hợp' })).toBeInTheDocument();
  });

  it('gives the progress bar a name and a value while consolidating', async () => {
    const halfway: EngineRunner = (_req, onProgress) =>
      new Promise(() => {
        onProgress(0.42, 'match');
      });
    const { user } = renderApp({ engine: halfway });
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    const bar = await screen.findByRole('progressbar', { name: 'Đang tổng hợp…' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuetext', '42%');
    expect(screen.getByText('Đang tổng hợp… 42%')).toBeInTheDocument();
  });

  it('makes each issue a button reached by Tab, named by severity, unit and message', async () => {
    const { user, excel } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByRole('region', { name: 'Đã ghi:' });
    await user.click(screen.getByRole('button', { name: 'Tiếp' }));

    const issues = within(screen.getByRole('list', { name: 'Kiểm tra' })).getAllByRole('button');
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues)
      expect(issue).toHaveAccessibleName(/^(Lỗi|Cảnh báo|Lưu ý), (Huyện (Bù Đốp|Lộc Ninh)|Toàn tỉnh): \S/);
    // The unreadable figure of Lộc Ninh is among them, with its unit in the name.
    expect(issues.some((b) => /Huyện Lộc Ninh: .*chưa thống kê được/.test(b.getAttribute('aria-label') ?? ''))).toBe(
      true,
    );

    // In the Tab order: real buttons, never disabled (an issue without a cell is aria-disabled, still focusable).
    // Pressing Tab through them is tested in test/browser.
    for (const issue of issues) {
      expect(issue.tagName).toBe('BUTTON');
      expect(issue).not.toHaveAttribute('disabled');
      expect(issue).not.toHaveAttribute('tabindex', '-1');
    }
    const withCell = issues.find((b) => b.getAttribute('aria-disabled') !== 'true');
    expect(withCell).toBeDefined();
    (withCell as HTMLElement).focus();
    await user.keyboard('{Enter}');
    expect(withCell).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(excel.state.selection).not.toBeNull());
  });

  it('points the empty issues step to the consolidate step', async () => {
    const { user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /Kiểm tra/ }));
    await user.click(screen.getByRole('button', { name: 'Đến bước Tổng hợp' }));
    expect(screen.getByRole('tab', { name: '3. Tổng hợp' })).toHaveAttribute('aria-selected', 'true');
  });
});
