import { formatMeasure, resolveFigureScale, type FigureScale, type MeasureStatement } from '../../../src/core/numbers';

const s = (from: MeasureStatement['from'], text: string, shift?: number): MeasureStatement =>
  shift ? { from, text, shift } : { from, text };
const factorOf = (scale: FigureScale) => (scale.kind === 'read' ? scale.factor : scale.kind);

describe("resolveFigureScale decides a figure's magnitude once, from all its sources", () => {
  test('"106,7 ty" under a ĐVT "ty dong": the cell\'s word is applied, the column\'s is not applied again', () => {
    // The cell parser already made 106.7e9 of "106,7 ty"; only đồng → triệu đồng remains.
    const scale = resolveFigureScale({ cellExponent: 9, statements: [s('measure', 'ty dong')] }, 'triệu đồng');
    expect(factorOf(scale)).toBe(1e-6);
    expect(scale.kind === 'read' && scale.used?.from).toBe('cell');
    expect(scale.kind === 'read' && scale.overridden.map((x) => x.from)).toEqual(['measure']);
  });

  test('"Số tiền phạt đã thu (triệu đồng)" with 26,9 under an indicator in đồng: the label\'s measure applies', () => {
    const scale = resolveFigureScale({ statements: [s('label', 'triệu đồng')] }, 'đồng');
    expect(factorOf(scale)).toBe(1e6);
    expect(scale.kind === 'read' && scale.used).toEqual(s('label', 'triệu đồng'));
  });

  test('sources that agree are applied once and recorded', () => {
    const scale = resolveFigureScale(
      { statements: [s('measure', 'Tr.đ'), s('label', 'triệu đồng'), s('header', 'triệu đồng')] },
      'tỷ đồng',
    );
    expect(scale).toEqual({
      kind: 'read',
      factor: 1e-3,
      used: s('measure', 'Tr.đ'),
      agreeing: [s('label', 'triệu đồng'), s('header', 'triệu đồng')],
      overridden: [],
    });
  });

  test('sources that disagree are a conflict: the figure cannot be known', () => {
    expect(
      resolveFigureScale({ statements: [s('measure', 'triệu đồng'), s('label', 'tỷ đồng')] }, 'triệu đồng').kind,
    ).toBe('conflict');
    expect(
      resolveFigureScale({ statements: [s('measure', 'Tỷ đồng'), s('header', 'triệu đồng')] }, 'triệu đồng').kind,
    ).toBe('conflict');
    expect(resolveFigureScale({ statements: [s('format', 'triệu'), s('measure', 'đồng')] }, 'đồng').kind).toBe(
      'conflict',
    );
  });

  test('a money figure no source speaks for is unknown; a count needs no magnitude', () => {
    expect(resolveFigureScale({ statements: [] }, 'triệu đồng')).toEqual({ kind: 'unknown' });
    expect(resolveFigureScale({ statements: [s('measure', '-')] }, 'đồng')).toEqual({ kind: 'unknown' });
    expect(factorOf(resolveFigureScale({ statements: [] }, 'trạm'))).toBe(1);
    expect(factorOf(resolveFigureScale({ statements: [] }, '%'))).toBe(1);
  });

  test('a row measuring another thing is a mismatch; a column or table note about money leaves count rows alone', () => {
    expect(resolveFigureScale({ statements: [s('measure', 'Hộ')] }, 'người')).toEqual({
      kind: 'mismatch',
      statement: s('measure', 'Hộ'),
    });
    expect(
      factorOf(
        resolveFigureScale(
          { statements: [s('measure', 'Trạm'), s('header', 'triệu đồng'), s('note', 'triệu đồng')] },
          'trạm',
        ),
      ),
    ).toBe(1);
  });

  test('a more general source applies where the row says nothing: the header, then the table note', () => {
    expect(factorOf(resolveFigureScale({ statements: [s('header', 'tỷ đồng')] }, 'đồng'))).toBe(1e9);
    expect(factorOf(resolveFigureScale({ statements: [s('note', 'nghìn đồng')] }, 'tỷ đồng'))).toBe(1e-6);
  });

  test("the cell's own measure decides, in every magnitude", () => {
    expect(
      factorOf(resolveFigureScale({ cellMeasure: 'đồng', statements: [s('measure', 'triệu đồng')] }, 'triệu đồng')),
    ).toBe(1e-6);
    expect(factorOf(resolveFigureScale({ cellExponent: 6, statements: [] }, 'tỷ đồng'))).toBe(1e-9);
    expect(factorOf(resolveFigureScale({ cellExponent: 3, statements: [] }, 'người'))).toBe(1);
    expect(resolveFigureScale({ cellMeasure: 'xã', statements: [] }, '%').kind).toBe('mismatch');
  });

  test("a number format's scaling commas shift the stored value", () => {
    const format = formatMeasure('#,##0.0,," tr"');
    expect(format).toEqual({ from: 'format', text: 'tr', shift: -6 });
    expect(factorOf(resolveFigureScale({ statements: format ? [format] : [] }, 'tỷ đồng'))).toBe(1e-9);
  });
});

describe('formatMeasure reads the measure a number format writes after the number', () => {
  it.each([
    ['#,##0.0 "triệu"', { from: 'format', text: 'triệu' }],
    ['#,##0 "đ"', { from: 'format', text: 'đ' }],
    ['0" trạm"', { from: 'format', text: 'trạm' }],
    ['[$₫-42A] #,##0', { from: 'format', text: 'đ' }],
    ['#,##0," nghìn người";-#,##0', { from: 'format', text: 'nghìn người', shift: -3 }],
  ])('%s', (format, expected) => {
    expect(formatMeasure(format)).toEqual(expected);
  });
  it.each(['#,##0', '0.0%', 'General', '"Tổng: "0', '@', ''])('%j names no measure', (format) => {
    expect(formatMeasure(format)).toBeNull();
  });
});
