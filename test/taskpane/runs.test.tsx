/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { screen, within } from '@testing-library/react';
import { renderApp } from './render-app';
import { createWorkerEngine } from '../../src/taskpane/worker-engine';
import { cellKey } from '../../src/excel/memory/state';

jest.setTimeout(120_000);

async function runOnce(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
  await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
  return screen.findByRole('region', { name: 'Đã ghi:' }, { timeout: 30_000 });
}

describe('runs in the task pane', () => {
  it('says the workbook changed since the last run, and uses the fixed figure', async () => {
    const { excel, user } = renderApp();
    await screen.findByRole('checkbox', { name: /Bù Đốp/ }, { timeout: 30_000 });
    await runOnce(user);
    expect(screen.queryByText(/đã thay đổi từ lần tổng hợp trước/)).toBeNull();
    // A clerk fixes Bù Đốp's BTS figure (D4) after the first run.
    excel.findSheet('Bù Đốp')!.cells.set(cellKey(3, 3), { value: 46 });
    await user.click(screen.getByRole('tab', { name: /1\. Nguồn/ }));
    await user.click(screen.getByRole('tab', { name: /3\. Tổng hợp/ }));
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    const note = await screen.findByText(/đã thay đổi từ lần tổng hợp trước/, {}, { timeout: 30_000 });
    expect(note.closest('[role="status"]')).toHaveTextContent(/số liệu khác ở 1 trang \(Bù Đốp\).*dùng số liệu mới/);
    expect([...excel.findSheet('Tổng hợp')!.cells.values()].some((c) => c.value === 46)).toBe(true);
  });

  it('runs on the main thread with a visible note when the Web Worker cannot start, and still writes', async () => {
    const engine = createWorkerEngine({ createWorker: () => null });
    const { excel, user } = renderApp({ engine: engine.run, detect: engine.detect });
    await screen.findByRole('checkbox', { name: /Bù Đốp/ }, { timeout: 30_000 });
    expect(screen.getByText(/Không chạy được luồng phụ/)).toBeInTheDocument();
    const written = await runOnce(user);
    expect(within(written).getByText(/Trang "Tổng hợp"/)).toBeInTheDocument();
    expect(screen.getAllByText(/đã xử lý trên luồng chính/).length).toBeGreaterThan(0);
    expect(excel.findSheet('Tổng hợp')).not.toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('names an optional setting Excel refused, after writing every figure', async () => {
    const { excel, user } = renderApp();
    excel.failOn.set('Worksheet.freezePanes@Kiểm tra', 'InvalidOperation');
    await screen.findByRole('checkbox', { name: /Bù Đốp/ }, { timeout: 30_000 });
    await runOnce(user);
    expect(await screen.findByText(/Một vài thiết lập phụ không áp dụng được/)).toBeInTheDocument();
    expect(screen.getByText(/cố định dòng\/cột tiêu đề — trang "Kiểm tra" \(Excel từ chối\)/)).toBeInTheDocument();
    expect(excel.findSheet('Kiểm tra')?.cells.size).toBeGreaterThan(0);
  });
});

describe('importing in the task pane', () => {
  it('says which file failed and why, and imports the others', async () => {
    const { sheetFromRows } = await import('../../src/excel/memory/state');
    const { MemoryExcelError } = await import('../../src/excel/memory/context');
    const decodeWorkbook = (base64: string) => {
      const text = Buffer.from(base64, 'base64').toString('utf8');
      if (text === 'HỎNG') throw new MemoryExcelError('InvalidArgument', 'tệp hỏng');
      return [sheetFromRows('Sheet1', JSON.parse(text))];
    };
    const { excel, user } = renderApp({ decodeWorkbook });
    await screen.findByRole('checkbox', { name: /Bù Đốp/ }, { timeout: 30_000 });
    const rows = [
      ['UBND HUYỆN HỚN QUẢN'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      [1, 'Số trạm BTS', 'trạm', 30],
      [2, 'Số điểm phục vụ bưu chính', 'điểm', 9],
    ];
    const file = (name: string, text: string) =>
      Object.assign(new File([text], name), { arrayBuffer: async () => Uint8Array.from(Buffer.from(text)).buffer });
    await user.upload(screen.getByLabelText('Nhập tệp...', { selector: 'input' }), [
      file('hong.xlsx', 'HỎNG'),
      file('hon-quan.xlsx', JSON.stringify(rows)),
    ]);
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent('1 tệp không nhập được');
    expect(alert).toHaveTextContent(/hong\.xlsx: Excel không nhập được tệp này \(tệp hỏng\)/);
    await screen.findByRole('checkbox', { name: /^Huyện Hớn Quản/ }, { timeout: 30_000 });
    expect(excel.state.sheets.map((s) => s.name)).toContain('Huyện Hớn Quản');
  });
});
