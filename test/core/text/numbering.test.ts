import { stripNumbering } from '../../../src/core/text';

describe('stripNumbering removes the numbering a report row starts with', () => {
  it.each([
    ['I. Bưu chính', 'Bưu chính'],
    ['II.Viễn thông', 'Viễn thông'],
    ['IV - Công nghệ thông tin', 'Công nghệ thông tin'],
    ['1. Số điểm phục vụ bưu chính', 'Số điểm phục vụ bưu chính'],
    ['1.1. Số trạm BTS', 'Số trạm BTS'],
    ['1.2.3 Số thuê bao', 'Số thuê bao'],
    ['2) Số hồ sơ', 'Số hồ sơ'],
    ['a) Dịch vụ công mức độ 3', 'Dịch vụ công mức độ 3'],
    ['b. Dịch vụ công mức độ 4', 'Dịch vụ công mức độ 4'],
    ['đ) Chữ ký số', 'Chữ ký số'],
    ['A. Chỉ tiêu chung', 'Chỉ tiêu chung'],
    ['(1) Số cuộc thanh tra', 'Số cuộc thanh tra'],
    ['- Số thuê bao di động', 'Số thuê bao di động'],
    ['+ Thuê bao trả trước', 'Thuê bao trả trước'],
    ['* Ghi chú', 'Ghi chú'],
    ['• Camera IOC', 'Camera IOC'],
    ['II. 1. Số trạm', 'Số trạm'],
  ])('%j → %j', (input, expected) => {
    expect(stripNumbering(input)).toBe(expected);
  });

  it.each([
    '4G: số trạm phát sóng',
    '3G',
    '5 năm triển khai',
    '1.300 trạm',
    'IOC tỉnh',
    'Internet cáp quang',
    'Văn bản điện tử',
    'Cổng dịch vụ công',
  ])('leaves %j alone: it is not numbering', (label) => {
    expect(stripNumbering(label)).toBe(label);
  });

  it('never strips a label to nothing', () => {
    expect(stripNumbering('I.')).toBe('I.');
    expect(stripNumbering('-')).toBe('-');
  });
});
