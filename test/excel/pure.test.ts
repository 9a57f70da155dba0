import { parseCellRef, toHyperlink } from '../../src/excel/cell-ref';
import { DEFAULT_DELAYS_MS, withRetry } from '../../src/excel/retry';
import {
  addressLists,
  chunkRows,
  formatMatrix,
  linkRuns,
  rowHeightAreas,
  styleAreas,
  styleRects,
  tempSheetName,
  widthRuns,
} from '../../src/excel/spec-blocks';
import { utf8Length, wireBytes } from '../../src/excel/meter';
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
    expect(chunkRows(10, () => 100, 250)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
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
    await expect(
      withRetry(
        async () => {
          throw edit;
        },
        { attempts: 2, sleep: async () => undefined },
      ),
    ).rejects.toBe(edit);
    await expect(
      withRetry(
        async () => {
          throw new Error('other');
        },
        { sleep: async () => undefined },
      ),
    ).rejects.toThrow('other');
  });

  it('waits longer each time, about a minute in all, when the host throttles the add-in', async () => {
    const waits: number[] = [];
    const throttled = Object.assign(new Error('slow down'), { code: 'ActivityLimitReached' });
    await expect(
      withRetry(
        async () => {
          throw throttled;
        },
        { sleep: async (ms) => void waits.push(ms) },
      ),
    ).rejects.toBe(throttled);
    expect(waits).toEqual(DEFAULT_DELAYS_MS);
    expect(waits.every((w, i) => i === 0 || w > waits[i - 1])).toBe(true);
    expect(waits.reduce((s, w) => s + w, 0)).toBeGreaterThanOrEqual(55_000);
  });
});

describe('the catalog sheet', () => {
  const catalog: Catalog = {
    indicators: [
      {
        id: 'bts',
        name: 'Số trạm BTS',
        unit: 'trạm',
        group: 'Viễn thông',
        aliases: ['Trạm BTS'],
        min: 0,
        aggregate: 'sum',
      },
    ],
  };

  it('round-trips a catalog', () => {
    const sheet = catalogToSheet(catalog);
    const grid = {
      name: sheet.name,
      source: { file: 'a', sheet: sheet.name },
      values: sheet.rows.map((r) => r.map((c) => c?.value ?? null)),
    };
    expect(catalogFromGrid(grid)).toEqual({ ok: true, catalog });
  });

  it('names the row of a broken line', () => {
    const grid = {
      name: 'x',
      source: { file: 'a', sheet: 'x' },
      values: [['Mã'], ['bts', 'Trạm', 'trạm', '', '', '{oops']],
    };
    expect(catalogFromGrid(grid)).toEqual({ ok: false, errors: ['Dòng 2: cột "Cấu hình (JSON)" không đọc được.'] });
  });
});

describe('planning a write', () => {
  it('counts a value as it travels: JSON inside a JSON string, in UTF-8', () => {
    for (const v of [[['Bù Đốp', 12, null, true]], 'a "quoted" \\ back', [['TCVN3: Th«ng tin', '\u00ad', '😀']]]) {
      expect(wireBytes(v)).toBe(Buffer.byteLength(JSON.stringify(JSON.stringify(v)), 'utf8') - 2);
    }
    expect(utf8Length('Đốp😀')).toBe(Buffer.byteLength('Đốp😀', 'utf8'));
  });

  it('joins addresses into lists under the 8,192 characters Excel reads', () => {
    const lists = addressLists(Array.from({ length: 3000 }, (_, i) => `B${i + 1}`));
    expect(lists.length).toBeGreaterThan(1);
    for (const l of lists) expect(l.length).toBeLessThanOrEqual(8000);
    expect(lists.join(',').split(',')).toHaveLength(3000);
  });

  it('gives one area list per style, apart for rectangles with inside borders', () => {
    const red = { value: 1, style: { fill: '#FFC7CE' } };
    const boxed = { value: 'x', style: { border: true } };
    const areas = styleAreas({
      name: 's',
      rows: [
        [red, null, red],
        [null, red, null],
        [boxed, boxed, null],
        [boxed, boxed, null],
        [boxed, null, null],
      ],
    });
    expect(
      areas
        .find((a) => a.style.fill)
        ?.addresses.split(',')
        .sort(),
    ).toEqual(['A1', 'B2', 'C1']);
    const borders = areas.filter((a) => a.style.border);
    expect(borders.map((a) => [a.addresses, a.inside])).toEqual([
      ['A3:B4', { rows: true, cols: true }],
      ['A5', { rows: false, cols: false }],
    ]);
  });

  it('writes links by runs down a column, small gaps kept inside a run', () => {
    const link = (r: number) => ({ value: `S!B${r}`, link: `#'S'!B${r}` });
    const rows = [[link(1)], [link(2)], [{ value: 'no link' }], [link(4)], [null], [null], [null], [link(8)]];
    const runs = linkRuns({ name: 's', rows }, (c) => ({ hyperlink: { documentReference: c.link as string } }));
    expect(runs.map((r) => [r.row, r.col, r.links.length])).toEqual([
      [0, 0, 4],
      [7, 0, 1],
    ]);
    expect(runs[0].links[2]).toEqual({});
  });

  it('groups row heights and column widths', () => {
    expect(rowHeightAreas({ name: 's', rows: [], rowHeights: [null, 30, 30, null, 45] })).toEqual([
      { height: 30, addresses: 'A2,A3' },
      { height: 45, addresses: 'A5' },
    ]);
    expect(widthRuns({ name: 's', rows: [], columnWidths: [6, 40, 40, 12] })).toEqual([
      { col: 0, cols: 1, width: 6 },
      { col: 1, cols: 2, width: 40 },
      { col: 3, cols: 1, width: 12 },
    ]);
  });
});
