import { createMemoryExcel } from '../../src/excel/memory/excel';
import { sheetFromRows } from '../../src/excel/memory/state';

describe('the in-memory Excel', () => {
  it('throws on a property read before load and sync, like Office.js', async () => {
    const excel = createMemoryExcel([sheetFromRows('A', [[1, 2]])]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('A').getRange('A1:B1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
    });
    expect(excel.stats.syncs).toBe(1);
  });

  it('turns "=..." into a formula unless the cell is formatted as text first', async () => {
    const excel = createMemoryExcel([sheetFromRows('A', [[null]])]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('A');
      ws.getRange('A1').values = [['=1+1']];
      const b = ws.getRange('B1');
      b.numberFormat = [['@']];
      b.values = [['=1+1']];
      await context.sync();
    });
    const cells = excel.state.sheets[0].cells;
    expect(cells.get('0,0')?.formula).toBe('=1+1');
    expect(cells.get('0,1')).toMatchObject({ value: '=1+1', numberFormat: '@' });
    expect(cells.get('0,1')?.formula).toBeUndefined();
  });

  it('gives null objects for missing sheets and empty used ranges, and ItemNotFound for getItem', async () => {
    const excel = createMemoryExcel([sheetFromRows('Empty', [])]);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      const used = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nope').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('rejects a request over the payload limit', async () => {
    const excel = createMemoryExcel([sheetFromRows('A', [[null]])], { payloadLimit: 1000 });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 100, 1).values = Array.from({ length: 100 }, () => ['xxxxxxxxxxxxxxxxxxxx']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
  });

  it('rejects a values array whose shape does not match the range', async () => {
    const excel = createMemoryExcel([sheetFromRows('A', [[null]])]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:B2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});
