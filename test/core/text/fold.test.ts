import { encodeTcvn3, encodeVni, foldKey, foldKeyWithTones } from '../../../src/core/text';

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
