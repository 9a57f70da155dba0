import { analyseLabel, editDistance, foldForMatching, stripLeadingNumbering } from '../../../src/core/match';

describe('stripLeadingNumbering', () => {
  it.each([
    ['1.2. Số trạm BTS', 'Số trạm BTS'],
    ['II. 1. Số thuê bao', 'Số thuê bao'],
    ['a) Số hộ', 'Số hộ'],
    ['- Mức độ 3', 'Mức độ 3'],
    ['+ Số TB', 'Số TB'],
    ['(3) Dân số', 'Dân số'],
    ['4G: tỷ lệ phủ sóng', '4G: tỷ lệ phủ sóng'],
    ['3 tháng', '3 tháng'],
  ])('turns «%s» into «%s»', (label, expected) => {
    expect(stripLeadingNumbering(label)).toBe(expected);
  });
});

describe('foldForMatching', () => {
  it.each([
    ['Số TB di động', 'so thue bao dien thoai di dong'],
    ['Số TB Internet di động', 'so thue bao bang rong di dong'],
    ['DVC MĐ3', 'dich vu cong muc do 3'],
    ['DVCTT một phần', 'dich vu cong truc tuyen muc do 3'],
    ['Thanh tra TT&TT', 'thanh tra thong tin truyen thong'],
    ['Số hồ sơ TTHC qua BCCI', 'so ho so qua buu chinh cong ich'],
    ['Số trạm BTS', 'so tram bts'],
    ['Tỉ lệ phủ sóng 4G', 'ti le phu song 4g'],
  ])('expands «%s» to «%s»', (label, expected) => {
    expect(foldForMatching(label)).toBe(expected);
  });
});

describe('analyseLabel', () => {
  it('drops numbering, place, "so far", period and the measure suffix', () => {
    expect(analyseLabel('1.2. Số trạm BTS trên địa bàn huyện lũy kế đến nay (trạm)').key).toBe('so tram bts');
  });

  it('reads the same key from old and new tone placement, NFD and capitals', () => {
    const keys = [
      'Tỷ lệ số hóa hồ sơ',
      'Tỷ lệ số hoá hồ sơ',
      'TỶ LỆ SỐ HÓA HỒ SƠ',
      'Tỉ lệ số hóa hồ sơ'.normalize('NFD'),
    ].map((l) => analyseLabel(l).key);
    expect(new Set(keys).size).toBe(1);
  });

  it('keeps digits that carry meaning, and drops leading zeros', () => {
    expect(analyseLabel('Số DVC mức độ 03').digits).toBe('3');
    expect(analyseLabel('Tỷ lệ phủ sóng 4 G').digits).toBe('4g');
    expect(analyseLabel('Số trạm BTS tính đến 30/6/2022').digits).toBe('');
  });

  it.each([
    ['Tỷ lệ hộ gia đình có cáp quang', 'rate'],
    ['Hộ gia đình có cáp quang (%)', 'rate'],
    ['Mật độ thuê bao di động', 'density'],
    ['Số thuê bao di động (TB/100 dân)', 'density'],
    ['Số trạm BTS', 'count'],
    ['Số hóa hồ sơ', null],
    ['Doanh thu viễn thông', null],
  ])('reads «%s» as a %s', (label, kind) => {
    expect(analyseLabel(label).kind).toBe(kind);
  });

  it('reads a list of mobile generations as mobile broadband as a whole, but keeps a single generation', () => {
    expect(analyseLabel('Số thuê bao băng rộng di động (3G/4G)').digits).toBe('');
    expect(analyseLabel('Thuê bao băng rộng di động (3G, 4G, 5G)').digits).toBe('');
    expect(analyseLabel('Số thuê bao 4G').digits).toBe('4g');
    expect(analyseLabel('Số trạm BTS (4G)').digits).toBe('4g');
  });
});

describe('editDistance', () => {
  it.each([
    ['tram', 'tram', 0],
    ['tram', 'trma', 1],
    ['thuong', 'thoung', 1],
    ['chinh', 'chnh', 1],
    ['truyen', 'truyn', 1],
    ['dong', 'dang', 1],
    ['internet', 'intenret', 1],
    ['abc', 'xyz', 3],
  ])('counts %s → %s as %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops once past the limit', () => {
    expect(editDistance('chuyen', 'xyzxyz', 1)).toBe(2);
  });
});
