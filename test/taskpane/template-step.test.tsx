/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import '@testing-library/jest-dom';
import './jsdom-setup';
import { screen, within } from '@testing-library/react';
import type { CellValue } from '../../src/core/model';
import { catalogVersion } from '../../src/core/catalog';
import { gridsFromXlsx } from '../../src/xlsx/read';
import { catalogFromGrid } from '../../src/excel/catalog-sheet';
import { formA, formB, formGrid } from '../core/template/department-forms';
import { renderApp } from './render-app';

/** Each test walks the whole pane (Fluent popups in jsdom are slow on a busy machine). */
const SLOW = 120_000;

async function formValues(form: typeof formA): Promise<CellValue[][]> {
  return (await formGrid(form)).values;
}

/** The catalog sheet the task pane wrote, read back as the add-in reads it. */
function catalogSheet(excel: ReturnType<typeof renderApp>['excel']) {
  const sheet = excel.findSheet('Danh mục chỉ tiêu');
  if (!sheet) throw new Error('no catalog sheet');
  const rows: CellValue[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    (rows[r] ??= [])[c] = cell.value;
  }
  const read = catalogFromGrid({
    name: sheet.name,
    source: { file: 'x', sheet: sheet.name },
    values: Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null)),
  });
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.catalog;
}

async function openStep(user: ReturnType<typeof renderApp>['user'], sheet: string) {
  await screen.findByRole('checkbox', { name: /Bù Đốp/ });
  await user.click(screen.getByRole('tab', { name: '5. Mẫu báo cáo' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Trang mẫu báo cáo' }), sheet);
  await user.click(screen.getByRole('button', { name: 'Tạo danh mục từ mẫu' }));
}

describe('the «Mẫu báo cáo» step', () => {
  it(
    "makes the catalog from the department's form on a chosen sheet and saves it for the next runs",
    async () => {
      const { excel, user } = renderApp({ extraSheets: [['Biểu 01', await formValues(formA)]] });
      await openStep(user, 'Biểu 01');
      expect(
        await screen.findByText(/^18 chỉ tiêu trong 6 phần; 16 chỉ tiêu trùng danh mục có sẵn/),
      ).toBeInTheDocument();
      expect(screen.getByText('Không còn điểm nào cần quyết định.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Lưu danh mục vào sổ' }));
      expect(await screen.findByText(/Đã lưu 18 chỉ tiêu vào trang «Danh mục chỉ tiêu»/)).toBeInTheDocument();
      const saved = catalogSheet(excel);
      expect(saved.indicators.map((i) => i.name)[0]).toBe('Số điểm phục vụ bưu chính');
      expect(saved.indicators.find((i) => i.name === 'Trạm BTS 4G')?.parent).toBe('bts_stations');
    },
    SLOW,
  );

  it(
    'asks what the form does not say, once, and saves the answers',
    async () => {
      const { excel, user } = renderApp({ extraSheets: [['Biểu xã', await formValues(formB)]] });
      await openStep(user, 'Biểu xã');
      expect(await screen.findByText('Cần quyết định: 2')).toBeInTheDocument();
      await user.selectOptions(
        screen.getByRole('combobox', { name: /Cách tổng hợp «Tỷ lệ người dân có tài khoản định danh điện tử mức 2»/ }),
        'Bình quân theo «Tổng dân số»',
      );
      expect(screen.getByText('Cần quyết định: 1')).toBeInTheDocument();
      await user.click(screen.getByRole('textbox', { name: /ĐVT của «Số cuộc họp trực tuyến có kết nối tới thôn»/ }));
      await user.paste('cuộc');
      expect(screen.getByText('Không còn điểm nào cần quyết định.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Lưu danh mục vào sổ' }));
      await screen.findByText(/Đã lưu 17 chỉ tiêu/);
      const saved = catalogSheet(excel);
      expect(saved.indicators.find((i) => i.name.startsWith('Tỷ lệ người dân'))?.aggregate).toEqual({
        weightedBy: 'population',
      });
      expect(saved.indicators.find((i) => i.name.startsWith('Số cuộc họp'))?.unit).toBe('cuộc');
    },
    SLOW,
  );

  it(
    "opens the units' forms as a new workbook, with the catalog's ids and version",
    async () => {
      const opened: string[] = [];
      const { user } = renderApp({
        extraSheets: [['Biểu 01', await formValues(formA)]],
        createWorkbook: async (base64) => void opened.push(base64),
      });
      await openStep(user, 'Biểu 01');
      await user.click(await screen.findByRole('button', { name: 'Lưu danh mục vào sổ' }));
      await screen.findByText(/Đã lưu 18 chỉ tiêu/);
      await user.click(screen.getByRole('textbox', { name: /Kỳ báo cáo của mẫu/ }));
      await user.paste('6 tháng đầu năm 2022');
      await user.click(screen.getByRole('button', { name: 'Tạo mẫu báo cáo' }));
      expect(await screen.findByText(/Đã mở sổ mới với 1 mẫu báo cáo/)).toBeInTheDocument();
      const [grid] = gridsFromXlsx(Uint8Array.from(Buffer.from(opened[0], 'base64')), 'mau.xlsx');
      const texts = grid.values.flat().filter((v): v is string => typeof v === 'string');
      expect(texts).toContain('Kỳ báo cáo: 6 tháng đầu năm 2022');
      expect(texts.find((t) => t.startsWith('TONGHOP-MAU v1 '))).toMatch(/^TONGHOP-MAU v1 [0-9a-f]{12}$/);
    },
    SLOW,
  );

  it(
    'writes the forms into this workbook where Excel cannot open a new one, and says what they lack',
    async () => {
      const { excel, user } = renderApp();
      await screen.findByRole('checkbox', { name: /Bù Đốp/ });
      await user.click(screen.getByRole('tab', { name: '5. Mẫu báo cáo' }));
      await user.click(screen.getByRole('textbox', { name: /Kỳ báo cáo của mẫu/ }));
      await user.paste('năm 2025');
      await user.click(screen.getByRole('button', { name: 'Tạo mẫu báo cáo' }));
      const note = await screen.findByText(/Đã ghi 1 trang mẫu vào sổ này/);
      expect(within(note).getByText(/chưa khóa ô và chưa kiểm tra số liệu/)).toBeInTheDocument();
      const form = excel.findSheet('Mẫu báo cáo')!;
      const marker = [...form.cells.values()]
        .map((c) => c.value)
        .find((v) => typeof v === 'string' && v.startsWith('TONGHOP-MAU'));
      expect(typeof marker === 'string' && marker.endsWith(catalogVersionOfDefault())).toBe(true);
    },
    SLOW,
  );
});

function catalogVersionOfDefault(): string {
  // The workbook has no catalog sheet: the forms are made from the built-in catalog.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { defaultCatalog } = require('../../src/core/catalog') as typeof import('../../src/core/catalog');
  return catalogVersion(defaultCatalog);
}
