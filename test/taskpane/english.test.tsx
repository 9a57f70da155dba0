/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { screen, within } from '@testing-library/react';
import { displayLanguageSafe } from '../../src/excel/host';
import { renderApp } from './render-app';

describe('the task pane in English', () => {
  const office = (globalThis as { Office?: unknown }).Office;
  afterEach(() => {
    (globalThis as { Office?: unknown }).Office = office;
  });

  it('follows an en-US Office display language through the four steps', async () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: 'en-US' } };
    const lang = displayLanguageSafe();
    expect(lang).toBe('en');
    const { user } = renderApp({ lang });

    expect(screen.getByRole('heading', { level: 1, name: 'Consolidate reports' })).toBeInTheDocument();
    const steps = screen.getByRole('tablist', { name: 'Steps' });
    expect(within(steps).getAllByRole('tab')).toHaveLength(5);
    for (const name of ['1. Sources', '2. Mapping', '3. Consolidate', '4. Issues', '5. Report form'])
      expect(within(steps).getByRole('tab', { name })).toBeInTheDocument();

    const reports = await screen.findByRole('region', { name: 'Unit report sheets (2)' });
    expect(within(reports).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Import files...' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read again' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Units that must report (one per line)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Period' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('tab', { name: '2. Mapping' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('combobox', { name: /^Choose an indicator: / })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: '4. Issues' }));
    expect(screen.getByText(/Nothing consolidated yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to Consolidate' }));
    expect(screen.getByRole('tab', { name: '3. Consolidate' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('button', { name: 'Consolidate' }));
    const written = await screen.findByRole('region', { name: 'Written:' });
    expect(within(written).getByRole('status')).toHaveTextContent(/2 units, \d+ indicators, \d+ issues\./);
    expect(within(written).getByRole('button', { name: 'Show Tổng hợp' })).toBeInTheDocument();

    await user.click(within(written).getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('combobox', { name: 'Severity' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Unit' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toBeInTheDocument();
    const issues = within(screen.getByRole('list', { name: 'Issues' })).getAllByRole('button');
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues)
      expect(issue).toHaveAccessibleName(/^(Error|Warning|Note), (Huyện (Bù Đốp|Lộc Ninh)|Whole province): [A-Z]/);
  });
});
