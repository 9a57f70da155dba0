import fc from 'fast-check';
import { isFigure } from '../../../src/core/detect/layout';
import { isLabelText } from '../../../src/core/detect/row-kinds';
import { parseFigure } from '../../../src/core/numbers';

/** isFigure answers labels and plain numbers without parsing; its answer must be the parser's all the same. */
describe('isFigure agrees with the figure parser', () => {
  const parsed = (text: string) => parseFigure(text).kind === 'number';

  test('on texts seen in reports', () => {
    const texts = [
      'Số trạm BTS',
      'Huyện Bù Đốp',
      'x',
      '-',
      'Không',
      'chưa có số liệu',
      'trạm',
      '%',
      '4G',
      'Phủ sóng 4G',
      '0',
      '007',
      '45',
      '123456789012345',
      '1234567890123456',
      '1.300',
      '01.300',
      '1.234.567',
      '999.999.999.999.999',
      '1.2.3',
      '1,5',
      '16,2%',
      '1,7 tỷ đồng',
      'khoảng 91.000',
      '187/200',
      '10 - 15',
      '2022',
      'Năm 2022',
      '1.',
      'I.',
    ];
    for (const text of texts) expect([text, isFigure(text)]).toEqual([text, parsed(text)]);
  });

  test('on any text made of digits, dots, commas, spaces and a few letters', () => {
    const text = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '%', '-', 'a', 'đ', 'G'),
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (t) => isFigure(t) === parsed(t)),
      { numRuns: 3000 },
    );
  });
});

describe('plain digits typed as text', () => {
  /** The parser's answer for a text, without the shortcut: the same text with a leading space goes the long way. */
  const longWay = (text: string, style: 'vi' | 'en') => {
    const f = parseFigure(` ${text}`, { style });
    return f.kind === 'number' ? { kind: f.kind, value: f.value, note: f.note, measure: f.measure } : { kind: f.kind };
  };
  const quick = (text: string, style: 'vi' | 'en') => {
    const f = parseFigure(text, { style });
    return f.kind === 'number' ? { kind: f.kind, value: f.value, note: f.note, measure: f.measure } : { kind: f.kind };
  };

  test('read as the full parser reads them, in both styles', () => {
    const unit = fc.constantFrom('0', '1', '3', '7', '9', '.', ',');
    const text = fc.array(unit, { minLength: 1, maxLength: 19 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('vi' as const, 'en' as const), (t, style) => {
        expect(quick(t, style)).toEqual(longWay(t, style));
      }),
      { numRuns: 5000 },
    );
    for (const t of ['0', '007', '45', '1.300', '1,300', '999.999.999.999.999', '123456789012345']) {
      for (const style of ['vi', 'en'] as const) expect(quick(t, style)).toEqual(longWay(t, style));
    }
  });
});

describe('isLabelText', () => {
  test('is two letters anywhere, as the Unicode letter class says, astral letters included', () => {
    const unit = fc.constantFrom('a', 'Ư', 'ệ', '1', '.', ' ', '-', '\u0301', '中', '𝐀', '😀', '\n', '%');
    const text = fc.array(unit, { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => isLabelText(t) === /\p{L}[^]*?\p{L}/u.test(t)),
      { numRuns: 5000 },
    );
  });
});
