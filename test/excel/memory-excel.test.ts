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
      context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 100, 1).values = Array.from(
        { length: 100 },
        () => ['xxxxxxxxxxxxxxxxxxxx'],
      );
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

  it('breaks formulas on a deleted sheet (#REF!) and keeps them on a renamed one, as Excel does', async () => {
    const excel = createMemoryExcel([
      sheetFromRows('Tổng hợp', [[1]]),
      sheetFromRows('Cũ', [[2]]),
      sheetFromRows('Bảng', [[null, null]]),
    ]);
    const board = excel.findSheet('Bảng')!;
    board.cells.set('0,0', { value: 1, formula: "='Tổng hợp'!A1*2" });
    board.cells.set('0,1', { value: 2, formula: "=Cũ!A1+SUM('Cũ'!A1:A3)" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Tổng hợp').name = 'Tổng hợp 2025';
      context.workbook.worksheets.getItem('Cũ').delete();
      await context.sync();
    });
    expect(board.cells.get('0,0')?.formula).toBe("='Tổng hợp 2025'!A1*2");
    expect(board.cells.get('0,1')).toMatchObject({ value: '#REF!', formula: '=#REF!A1+SUM(#REF!A1:A3)' });
  });

  it('formats several areas at once, and copies a range with its notes, links and merges', async () => {
    const source = sheetFromRows('Nguồn', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    source.cells.set('0,0', { value: 'a', note: 'ghi chú', hyperlink: { documentReference: "'X'!A1" } });
    source.merges.push({ row: 1, col: 0, rows: 1, cols: 2 });
    const excel = createMemoryExcel([source, sheetFromRows('Đích', [['cũ', 'cũ', 'cũ']])]);
    await excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem('Đích');
      target.getRange().clear('All');
      target.getRange('B2:C3').copyFrom(context.workbook.worksheets.getItem('Nguồn').getRange('A1:B2'), 'All');
      target.getRanges('A1,C1:C2').format.fill.color = '#FFC7CE';
      await context.sync();
    });
    const target = excel.findSheet('Đích')!;
    expect(target.cells.get('1,1')).toMatchObject({
      value: 'a',
      note: 'ghi chú',
      hyperlink: { documentReference: "'X'!A1" },
    });
    expect(target.merges).toEqual([{ row: 2, col: 1, rows: 1, cols: 2 }]);
    expect(['0,0', '0,2', '1,2'].map((k) => target.cells.get(k)?.fill)).toEqual(['#FFC7CE', '#FFC7CE', '#FFC7CE']);
    expect(target.cells.get('0,1')).toBeUndefined();
  });
});
