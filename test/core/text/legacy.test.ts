import fc from 'fast-check';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  encodingOfFont,
  guessLegacyEncoding,
} from '../../../src/core/text';

const LOWER_LETTERS = Array.from(
  'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ',
);
const UPPER_LETTERS = LOWER_LETTERS.map((ch) => ch.toLocaleUpperCase('vi'));
const PHRASES = [
  'Số trạm thu phát sóng thông tin di động (BTS)',
  'Điểm phục vụ bưu chính',
  'Ủy ban nhân dân huyện Bù Đốp',
  'Tỷ lệ hồ sơ được số hóa',
  'Người dân sử dụng điện thoại thông minh',
];

describe('decodeLegacy with the cell font', () => {
  it.each([
    ['Th«ng tin', '.VnTime', 'Thông tin', 'tcvn3'],
    ['§iÓm phôc vô b\u00adu chÝnh', '.VnTime', 'Điểm phục vụ bưu chính', 'tcvn3'],
    ['Sè tr¹m', '.VnArial', 'Số trạm', 'tcvn3'],
    ['b¸o c¸o tæng hîp', '.VnTimeH', 'BÁO CÁO TỔNG HỢP', 'tcvn3'],
    ['Thoâng tin', 'VNI-Times', 'Thông tin', 'vni'],
    ['Ñieåm phuïc vuï böu chính', 'VNI-Helve', 'Điểm phục vụ bưu chính', 'vni'],
  ])('reads %j in %s as %j', (text, font, expected, encoding) => {
    expect(decodeLegacy(text, font)).toEqual({ text: expected, encoding });
  });

  it('keeps Unicode text typed into a cell that still has a .Vn font', () => {
    expect(decodeLegacy('Số trạm BTS', '.VnTime')).toEqual({ text: 'Số trạm BTS', encoding: 'unicode' });
    expect(decodeLegacy('Thuận Hoà, Bình Phước', '.VnTime').encoding).toBe('unicode');
  });
});

describe('decodeLegacy without a font', () => {
  it.each([
    ['Th«ng tin', 'Thông tin', 'tcvn3'],
    ['§iÓm phôc vô', 'Điểm phục vụ', 'tcvn3'],
    ['Sè tr¹m', 'Số trạm', 'tcvn3'],
    ['Ng\u00adêi d©n', 'Người dân', 'tcvn3'],
    ['Thoâng tin', 'Thông tin', 'vni'],
    ['Ñieåm phuïc vuï', 'Điểm phục vụ', 'vni'],
    ['Uûy ban nhaân daân huyeän Buø Ñoáp', 'Ủy ban nhân dân huyện Bù Đốp', 'vni'],
  ])('recognises %j as %j', (text, expected, encoding) => {
    expect(decodeLegacy(text)).toEqual({ text: expected, encoding });
  });

  it.each([
    'Số trạm thu phát sóng thông tin di động (BTS)',
    'Thuận Hoà',
    'Hoà Bình',
    'Bà Rịa',
    'café à la carte',
    'Total subscribers',
    'Sè',
    '',
  ])('never decodes %j, which reads fine or is undecidable as it stands', (text) => {
    expect(decodeLegacy(text)).toEqual({ text, encoding: 'unicode' });
  });
});

describe('detectLegacyEncoding over a sheet', () => {
  it('settles the short cells a single cell cannot', () => {
    expect(guessLegacyEncoding('Sè')).toBe('unicode');
    expect(detectLegacyEncoding(['Sè', 'Sè tr¹m BTS', 'Th«ng tin'])).toBe('tcvn3');
    expect(detectLegacyEncoding(['Soá traïm', 'Thoâng tin'])).toBe('vni');
    expect(detectLegacyEncoding(['Số trạm', 'Hoà Bình', '12'])).toBe('unicode');
  });
});

describe('encodingOfFont', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArialH Bold', 'tcvn3', true],
    ['.VnBlack', 'tcvn3', false],
    ['VNI-Times', 'vni', false],
    ['Times New Roman', 'unicode', false],
    [null, 'unicode', false],
  ])('reads font %j as %s (capitals: %s)', (font, encoding, caps) => {
    expect(encodingOfFont(font)).toEqual({ encoding, caps });
  });
});

describe('encode then decode gives the text back', () => {
  it('for every Vietnamese letter in TCVN3 (lower case; capitals through an ...H font)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LOWER_LETTERS, ' ', '-', '1'), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
        const caps = s.toLocaleUpperCase('vi');
        expect(decodeTcvn3(encodeTcvn3(caps, true), true)).toBe(caps);
      }),
    );
  });

  it('for every Vietnamese letter in VNI, lower and upper case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LOWER_LETTERS, ...UPPER_LETTERS, ' ', '(', '4'), { maxLength: 30 }),
        (chars) => {
          const s = chars.join('');
          expect(decodeVni(encodeVni(s))).toBe(s);
        },
      ),
    );
  });

  it.each(PHRASES)('for the phrase %j, with its font and without', (phrase) => {
    expect(decodeLegacy(encodeTcvn3(phrase.toLocaleLowerCase('vi')), '.VnTime').text).toBe(
      phrase.toLocaleLowerCase('vi'),
    );
    expect(decodeLegacy(encodeTcvn3(phrase, true), '.VnTimeH').text).toBe(phrase.toLocaleUpperCase('vi'));
    expect(decodeLegacy(encodeVni(phrase), 'VNI-Times').text).toBe(phrase);
    expect(decodeLegacy(encodeVni(phrase)).text).toBe(phrase);
  });

  it('writes the known byte forms', () => {
    expect(encodeTcvn3('Điểm phục vụ')).toBe('§iÓm phôc vô');
    expect(encodeTcvn3('bưu')).toBe('b\u00adu');
    expect(encodeVni('Điểm phục vụ')).toBe('Ñieåm phuïc vuï');
  });
});
