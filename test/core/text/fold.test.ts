import fc from 'fast-check';
import { encodeTcvn3, encodeVni, foldKey, foldKeyWithTones } from '../../../src/core/text';
import { foldedCode, removeDiacritics } from '../../../src/core/text/fold';

describe('foldKey', () => {
  it.each([
    ['Số trạm thu phát sóng thông tin di động (BTS)', 'so tram thu phat song thong tin di dong bts'],
    ['ĐIỂM PHỤC VỤ BƯU CHÍNH', 'diem phuc vu buu chinh'],
    ['Sở TT&TT', 'so tt tt'],
    ['Tỷ lệ hộ gia đình có cáp quang (%)', 'ty le ho gia dinh co cap quang'],
  ])('%j → %j', (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it('keeps digits, because they carry meaning', () => {
    expect(foldKey('DVC mức độ 3')).not.toBe(foldKey('DVC mức độ 4'));
    expect(foldKey('Số thuê bao 4G')).not.toBe(foldKey('Số thuê bao 5G'));
  });

  it('gives one key for NFC, NFD, old and new tone placement, TCVN3 and VNI', () => {
    const label = 'Ủy ban nhân dân xã Thuận Hòa';
    const key = foldKey(label);
    expect(foldKey(label.normalize('NFD'))).toBe(key);
    expect(foldKey('Uỷ ban nhân dân xã Thuận Hoà')).toBe(key);
    expect(foldKey(encodeTcvn3(label), '.VnTime')).toBe(key);
    expect(foldKey(encodeVni(label))).toBe(key);
  });
});

describe('foldKeyWithTones', () => {
  it('keeps the tones but not their placement', () => {
    expect(foldKeyWithTones('Xã Thuận Hoà')).toBe(foldKeyWithTones('xã thuận hòa'));
    expect(foldKeyWithTones('Xã Thuận Hoà')).toBe('xã thuận hòa');
    expect(foldKeyWithTones('Thị xã')).not.toBe(foldKeyWithTones('Thi xa'));
  });
});

describe('removeDiacritics, table path', () => {
  /** The plain definition: decompose, drop the combining marks, đ → d, recompose. */
  const byDefinition = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC');

  test('gives what decomposing gives, on Vietnamese in NFC and NFD, other Latin letters and other scripts', () => {
    const letters = [...'aăâeêioôơuưyđAĂÂĐ bcdghklmnpqrstvx ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬỳýỷỹỵỲÝỶỸỴƯỨỪỬỮỰØÆßİǖ1.,-%'];
    const marks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0306', '\u0302', '\u031b', '\u1dc0'];
    const others = ['Ω', 'Å', 'Ω', 'ﬁ', '가', '中', '😀', '\u200b'];
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...letters) },
      { weight: 2, arbitrary: fc.constantFrom(...marks) },
      { weight: 1, arbitrary: fc.constantFrom(...others) },
    );
    const text = fc.array(unit, { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => removeDiacritics(t) === byDefinition(t)),
      { numRuns: 5000 },
    );
    for (const t of ['Đắk Lắk', 'Số thuê bao', 'Số thuê bao'.normalize('NFD'), 'Thuận Hoà', 'Ω Å ﬁ'])
      expect(removeDiacritics(t)).toBe(byDefinition(t));
  });
});

describe('foldedCode: one code unit in, one out, from the same letter table as removeDiacritics', () => {
  const fold = (text: string) => String.fromCharCode(...[...text].map((ch) => foldedCode(ch.charCodeAt(0))));
  it.each([
    ['HUYỆN Bù Đốp', 'huyen bu dop'],
    ['Ủy ban, Ø, ß', 'uy ban, ø, ß'],
    ['Ω 東', 'ω 東'],
  ])('%s → %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(fold(text)).toHaveLength(text.length);
  });
});
