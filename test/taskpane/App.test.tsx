/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { Root } from '../../src/taskpane/Root';
import { CancelledError, inlineEngine, type EngineRunner } from '../../src/taskpane/engine';
import { createMemoryExcel } from '../../src/excel/memory/excel';
import { sheetFromRows } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { renderApp } from './render-app';

const setup = (engine?: EngineRunner) => renderApp({ engine });

describe('the task pane', () => {
  it('lists the unit sheets with their unit, and the sheets that are not reports apart', async () => {
    setup();
    const reports = await screen.findByRole('region', { name: /Trang báo cáo của đơn vị \(2\)/ });
    expect(within(reports).getByRole('checkbox', { name: /Bù Đốp — Huyện Bù Đốp/ })).toBeChecked();
    expect(within(reports).getByRole('checkbox', { name: /Lộc Ninh — Huyện Lộc Ninh/ })).toBeChecked();
    expect(screen.getByRole('region', { name: /không phải báo cáo \(1\)/ })).toHaveTextContent('Ghi chú');
  });

  it('shows who has not sent from the expected units', async () => {
    const { user } = setup();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.type(screen.getByRole('textbox', { name: /phải báo cáo/ }), 'Huyện Bù Đốp\nHuyện Hớn Quản');
    await user.tab();
    const notSent = await screen.findByRole('group', { name: /Chưa gửi \(1\)/ });
    expect(notSent).toHaveTextContent('Huyện Hớn Quản');
  });

  it('goes through mapping, consolidation and issues, writing the result sheets', async () => {
    const { excel, user } = setup();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /Đối chiếu/ }));
    const choose = await screen.findByRole('combobox', { name: /Chọn chỉ tiêu: Số lượt xem video/ });
    await user.click(choose);
    const options = await screen.findAllByRole('option');
    await user.click(options[0]);
    await waitFor(() => expect(excel.findSheet('Danh mục chỉ tiêu')).not.toBeNull());
    const aliasCells = [...(excel.findSheet('Danh mục chỉ tiêu')?.cells.values() ?? [])].map((c) => String(c.value));
    expect(aliasCells.some((v) => v.includes('Số lượt xem video tuyên truyền trên nền tảng số'))).toBe(true);

    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    const written = await screen.findByRole('region', { name: 'Đã ghi:' });
    expect(written).toHaveTextContent('Trang "Tổng hợp"');
    expect(excel.findSheet('Tổng hợp')).not.toBeNull();
    expect(excel.findSheet('Kiểm tra')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Tiếp' }));
    expect(screen.getByRole('tab', { name: /Kiểm tra/ })).toHaveAttribute('aria-selected', 'true');
    const list = screen.getByRole('list', { name: 'Kiểm tra' });
    const first = within(list)
      .getAllByRole('button')
      .find((b) => !b.hasAttribute('disabled'));
    expect(first).toBeDefined();
    await user.click(first as HTMLElement);
    await waitFor(() => expect(excel.state.selection).not.toBeNull());
  });

  it('filters the issues by severity', async () => {
    const { user } = setup();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByRole('region', { name: 'Đã ghi:' });
    await user.click(screen.getByRole('tab', { name: /Kiểm tra/ }));
    const count = () => screen.getByText(/vấn đề$/).textContent ?? '';
    const before = count();
    await user.click(screen.getByRole('combobox', { name: 'Mức độ' }));
    await user.click(screen.getByRole('option', { name: 'Lỗi' }));
    const list = screen.getByRole('list', { name: 'Kiểm tra' });
    within(list)
      .queryAllByRole('button')
      .forEach((b) => expect(b).toHaveTextContent('Lỗi'));
    expect(count()).not.toBe('' + before + 'x');
  });

  it('cancels a run and says the workbook did not change', async () => {
    const slow: EngineRunner = (_req, onProgress, signal) =>
      new Promise((_resolve, reject) => {
        onProgress(0.3, 'detect');
        signal.addEventListener('abort', () => reject(new CancelledError()));
      });
    const { excel, user } = setup(slow);
    await screen.findByRole('checkbox', { name: /Bù Đốp/ });
    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText(/Đã hủy/)).toBeInTheDocument();
    expect(excel.findSheet('Tổng hợp')).toBeNull();
  });

  it('shows an error in plain words when Excel is busy', async () => {
    const { excel } = (() => {
      const r = { excel: createMemoryExcel([sheetFromRows('A', [[1]])]) };
      r.excel.cellEditFailures = 1;
      const workbook = createExcelWorkbook({
        run: r.excel.run,
        capabilities: capabilitiesOf(r.excel.isSetSupported),
        outputSheets: [],
      });
      render(
        <Root>
          <App workbook={workbook} engine={inlineEngine} lang="vi" />
        </Root>,
      );
      return r;
    })();
    // The error bar is an alert, so a screen reader announces it when it appears.
    expect(await screen.findByRole('alert', { name: 'Có lỗi' })).toHaveTextContent(/Excel đang bận/);
    expect(excel.cellEditFailures).toBe(0);
  });
});
