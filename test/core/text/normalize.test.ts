import {
  collapseWhitespace,
  normalizeText,
  oldTonePlacement,
  removeInvisible,
  unifyTonePlacement,
} from '../../../src/core/text';

describe('normalizeText', () => {
  it.each([
    ['decomposed Unicode (NFD) becomes NFC', 'Số trạm'.normalize('NFD'), 'Số trạm'],
    ['zero-width space, BOM and direction marks are removed', '\ufeffSố\u200b trạm\u200e BTS\u200f', 'Số trạm BTS'],
    ['a soft hyphen in Unicode text is removed', 'Bưu\u00ad chính', 'Bưu chính'],
    ['control characters are removed', 'Điểm\u0007 phục vụ', 'Điểm phục vụ'],
    ['tabs, line breaks and no-break spaces collapse', '  Số\tthuê\u00a0bao\r\n di động ', 'Số thuê bao di động'],
    ['the tone placement the writer chose is kept for display', 'Xã Thuận Hoà', 'Xã Thuận Hoà'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('decodes TCVN3 before removing invisible characters, because its "ư" is the soft hyphen', () => {
    expect(normalizeText('§iÓm phôc vô b\u00adu chÝnh', '.VnTime')).toBe('Điểm phục vụ bưu chính');
  });

  it('unifies the tone placement when asked', () => {
    expect(normalizeText('Xã Thuận Hoà', null, { tones: 'unified' })).toBe('Xã Thuận Hòa');
  });

  it('handles a 10,000-character cell quickly', () => {
    const long = 'Số trạm thu phát sóng\u200b '.repeat(400).slice(0, 10000);
    const started = Date.now();
    expect(normalizeText(long).length).toBeLessThan(10000);
    expect(normalizeText('Th«ng tin '.repeat(1000)).startsWith('Thông tin Thông tin')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('unifyTonePlacement puts the tone of a final oa, oe, uy on the first vowel', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thuận Hoà', 'Thuận Hòa'],
    ['thuỷ', 'thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['khoẻ', 'khỏe'],
    ['toà án', 'tòa án'],
    ['hoàn thành', 'hoàn thành'],
    ['quý', 'quý'],
    ['khuỷu', 'khuỷu'],
    ['thuyền', 'thuyền'],
    ['hòa', 'hòa'],
  ])('%j → %j', (input, expected) => {
    expect(unifyTonePlacement(input)).toBe(expected);
    expect(unifyTonePlacement(input.normalize('NFD'))).toBe(expected);
  });
});

describe('the small steps', () => {
  it('removeInvisible keeps visible text', () => {
    expect(removeInvisible('a\u200bb\u2060c')).toBe('abc');
  });
  it('collapseWhitespace trims and collapses', () => {
    expect(collapseWhitespace('\n Số \u2003 trạm ')).toBe('Số trạm');
  });
});

describe('oldTonePlacement writes the old placement the generators spell sheets with', () => {
  test.each([
    ['hóa', 'hoá'],
    ['Văn hóa', 'Văn hoá'],
    ['CỘNG HÒA', 'CỘNG HOÀ'],
    ['Ủy ban', 'Uỷ ban'],
    ['thủy lợi', 'thuỷ lợi'],
    ['khỏe', 'khoẻ'],
    ['quý', 'quý'],
    ['hoạch', 'hoạch'],
    ['toàn', 'toàn'],
  ])('%s → %s', (modern, old) => {
    expect(oldTonePlacement(modern)).toBe(old);
  });

  test('unifyTonePlacement reads it back', () => {
    const text = 'Tỷ lệ hồ sơ số hóa, Ủy ban, CỘNG HÒA, thủy sản, khỏe';
    expect(unifyTonePlacement(oldTonePlacement(text))).toBe(text);
  });
});
