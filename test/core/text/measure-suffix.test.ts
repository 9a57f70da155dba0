import { isMeasureText, stripMeasureSuffix } from '../../../src/core/text';

describe('stripMeasureSuffix', () => {
  it.each([
    ['Số trạm BTS (trạm)', 'Số trạm BTS', 'trạm'],
    ['Tỷ lệ hộ gia đình có Internet (%)', 'Tỷ lệ hộ gia đình có Internet', '%'],
    ['Số thuê bao di động - ĐVT: thuê bao', 'Số thuê bao di động', 'thuê bao'],
    ['Hồ sơ TTHC được số hóa (ĐVT: hồ sơ)', 'Hồ sơ TTHC được số hóa', 'hồ sơ'],
    ['Số điểm phục vụ bưu chính, đơn vị tính: điểm', 'Số điểm phục vụ bưu chính', 'điểm'],
    ['Mật độ thuê bao (TB/100 dân)', 'Mật độ thuê bao', 'TB/100 dân'],
    ['Doanh thu bưu chính (triệu đồng)', 'Doanh thu bưu chính', 'triệu đồng'],
    ['Số trạm BTS [trạm]', 'Số trạm BTS', 'trạm'],
  ])('%j → label %j, measure %j', (input, label, measure) => {
    expect(stripMeasureSuffix(input)).toEqual({ label, measure });
  });

  it.each([
    'Số trạm thu phát sóng thông tin di động (BTS)',
    'Trung tâm giám sát, điều hành thông minh (IOC)',
    'Số thủ tục hành chính (TTHC)',
    'Số trạm BTS',
    '(trạm)',
  ])('keeps %j whole: its bracket is no measure', (input) => {
    expect(stripMeasureSuffix(input)).toEqual({ label: input });
  });
});

describe('isMeasureText', () => {
  it.each([
    ['%', true],
    ['trạm BTS', true],
    ['thuê bao/100 dân', true],
    ['tỷ đồng', true],
    ['BTS', false],
    ['IOC', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isMeasureText(text)).toBe(expected);
  });
});
