import { parseCellRef, toHyperlink } from '../../src/excel/cell-ref';
import { chunkRows, formatMatrix, styleRects, tempSheetName } from '../../src/excel/spec-blocks';
import { DEFAULT_DELAYS_MS, withRetry } from '../../src/excel/retry';
import { catalogFromGrid, catalogToSheet } from '../../src/excel/catalog-sheet';
import { uniqueSheetName } from '../../src/excel/workbook';
import type { Catalog } from '../../src/core/model';
import { smallSpec } from './helpers';

describe('cell references', () => {
  it.each([
    ['bc.xlsx#Bù Đốp!C7', 'bc.xlsx', { sheet: 'Bù Đốp', address: 'C7', row: 6, col: 2 }],
    ['bc.xlsx#Sheet#1!B2', 'bc.xlsx', { sheet: 'Sheet#1', address: 'B2', row: 1, col: 1 }],
    ["'Lộc Ninh'!$D$5", undefined, { sheet: 'Lộc Ninh', address: 'D5', row: 4, col: 3 }],
    ['no address', undefined, null],
  ])('parses %s', (ref, file, expected) => {
    expect(parseCellRef(ref, file)).toEqual(expected);
  });

  it('keeps links to this workbook inside it', () => {
    expect(toHyperlink("#'Bù Đốp'!D5", 'a.xlsx')).toEqual({ documentReference: "'Bù Đốp'!D5" });
    expect(toHyperlink("a.xlsx#'Bù Đốp'!D5", 'a.xlsx')).toEqual({ documentReference: "'Bù Đốp'!D5" });
    expect(toHyperlink("b.xlsx#'X'!D5", 'a.xlsx')).toEqual({ address: 'b.xlsx', documentReference: "'X'!D5" });
  });
});

describe('planning a sheet write', () => {
  it('formats text cells as text and keeps explicit formats', () => {
    expect(formatMatrix(smallSpec(), 3)[1]).toEqual(['General', '@', '#,##0']);
  });

  it('groups equal styles into rectangles', () => {
    const groups = styleRects(smallSpec());
    expect(groups.find((g) => g.style.bold)?.rects).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
  });

  it('chunks rows under a byte budget', () => {
    expect(chunkRows(10, () => 100, 250)).toEqual([[0, 2], [2, 4], [4, 6], [6, 8], [8, 10]]);
    expect(chunkRows(0, () => 100, 250)).toEqual([]);
  });

  it('names temporary sheets within 31 characters', () => {
    expect(tempSheetName('Tổng hợp')).toBe('~Tổng hợp~nw');
    expect(tempSheetName('x'.repeat(40)).length).toBeLessThanOrEqual(31);
  });

  it('makes valid, unused sheet names', () => {
    expect(uniqueSheetName('TP. Đồng Xoài: 6/2022', new Set())).toBe('TP. Đồng Xoài  6 2022');
    expect(uniqueSheetName('Bù Đốp', new Set(['bù đốp']))).toBe('Bù Đốp (2)');
  });
});

describe('retrying while Excel is busy', () => {
  it('retries in cell-edit mode, then gives up with the error', async () => {
    let calls = 0;
    const edit = Object.assign(new Error('editing'), { code: 'InvalidOperationInCellEditMode' });
    const fn = async () => {
      calls += 1;
      if (calls < 3) throw edit;
      return 'ok';
    };
    await expect(withRetry(fn, { sleep: async () => undefined })).resolves.toBe('ok');
    await expect(withRetry(async () => { throw edit; }, { attempts: 2, sleep: async () => undefined })).rejects.toBe(edit);
    await expect(withRetry(async () => { throw new Error('other'); }, { sleep: async () => undefined })).rejects.toThrow('other');
  });

  it('waits longer each time, about a minute in all, when the host throttles the add-in', async () => {
    const waits: number[] = [];
    const throttled = Object.assign(new Error('slow down'), { code: 'ActivityLimitReached' });
    await expect(withRetry(async () => { throw throttled; }, { sleep: async (ms) => void waits.push(ms) })).rejects.toBe(throttled);
    expect(waits).toEqual(DEFAULT_DELAYS_MS);
    expect(waits.every((w, i) => i === 0 || w > waits[i - 1])).toBe(true);
    expect(waits.reduce((s, w) => s + w, 0)).toBeGreaterThanOrEqual(55_000);
  });
});

describe('the catalog sheet', () => {
  const catalog: Catalog = { indicators: [{ id: 'bts', name: 'Số trạm BTS', unit: 'trạm', group: 'Viễn thông', aliases: ['Trạm BTS'], min: 0, aggregate: 'sum' }] };

  it('round-trips a catalog', () => {
    const sheet = catalogToSheet(catalog);
    const grid = { name: sheet.name, source: { file: 'a', sheet: sheet.name }, values: sheet.rows.map((r) => r.map((c) => c?.value ?? null)) };
    expect(catalogFromGrid(grid)).toEqual({ ok: true, catalog });
  });

  it('names the row of a broken line', () => {
    const grid = { name: 'x', source: { file: 'a', sheet: 'x' }, values: [['Mã'], ['bts', 'Trạm', 'trạm', '', '', '{oops']] };
    expect(catalogFromGrid(grid)).toEqual({ ok: false, errors: ['Dòng 2: cột "Cấu hình (JSON)" không đọc được.'] });
  });
});
