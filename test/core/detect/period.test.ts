import { commonPeriod, parsePeriod, periodKey, samePeriod } from '../../../src/core/detect/period';

describe('parsePeriod reads the period a report title names', () => {
  test.each([
    ['6 tháng đầu năm 2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['BÁO CÁO Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['06 tháng năm 2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['BC 6T/2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['sáu tháng đầu năm 2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['Báo cáo công tác năm 2021', '2021-Y', 'năm 2021'],
    ['quý I/2023', '2023-Q1', 'quý I/2023'],
    ['Quý 3 năm 2023', '2023-Q3', 'quý III/2023'],
    ['QUÝ IV NĂM 2024', '2024-Q4', 'quý IV/2024'],
    ['9 tháng năm 2024', '2024-M9', '9 tháng năm 2024'],
    ['tháng 10/2025', '2025-10', 'tháng 10/2025'],
    ['Báo cáo tháng 3 năm 2025', '2025-03', 'tháng 3/2025'],
    ['6 tháng cuối năm 2022', '2022-H2', '6 tháng cuối năm 2022'],
    ['Thực hiện 12 tháng năm 2023', '2023-Y', 'năm 2023'],
    ['3 tháng đầu năm 2023', '2023-Q1', 'quý I/2023'],
    // The common title "sơ kết 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2022" reports the first half.
    [
      'Sơ kết công tác 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2022',
      '2022-H1',
      '6 tháng đầu năm 2022',
    ],
    ['THỰC HIỆN 6 THÁNG ĐẦU NĂM 2022', '2022-H1', '6 tháng đầu năm 2022'],
    // The year of a plan named first does not hide the finer period of the same year.
    ['Kết quả thực hiện Kế hoạch chuyển đổi số năm 2022, 6 tháng đầu năm 2022', '2022-H1', '6 tháng đầu năm 2022'],
    ['Tổng kết năm 2022 và phương hướng quý I/2023', '2022-Y', 'năm 2022'],
  ])('"%s" is %s', (text, key, label) => {
    expect(parsePeriod(text)).toEqual({ key, label });
  });

  test.each([
    ['a date line alone', 'Bù Đốp, ngày 20 tháng 6 năm 2022'],
    ['a date written with slashes', 'Lộc Ninh, ngày 20/6/2022'],
    ['a period without any year', 'Kết quả 6 tháng đầu năm'],
    ['a span of years', 'Kế hoạch giai đoạn năm 2021 - 2025'],
    ['a document number', 'Số: 123/BC-UBND'],
    ['empty text', ''],
  ])('finds no period in %s', (_case, text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  test('keeps the period of the title when a date line follows it in the same text', () => {
    expect(parsePeriod('Báo cáo quý II/2023 (ngày 15 tháng 7 năm 2023)')?.key).toBe('2023-Q2');
  });
});

describe('samePeriod compares periods however they are written', () => {
  test.each([
    ['6T/2022', '6 tháng đầu năm 2022', true],
    ['quý 3 năm 2023', 'Quý III/2023', true],
    ['năm 2021', 'Năm 2022', false],
    ['6 tháng đầu năm 2022', '6 tháng cuối năm 2022', false],
    ['Kỳ báo cáo đặc biệt', 'kỳ báo cáo đặc biệt', true],
    ['6 tháng đầu năm 2022', 'Kỳ báo cáo đặc biệt', false],
    ['', '', false],
  ])('"%s" vs "%s" → %s', (a, b, same) => {
    expect(samePeriod(a, b)).toBe(same);
  });
});

describe('periodKey and commonPeriod: the period being consolidated', () => {
  test('a period written two ways has one key; a text that is no period keys as its folded words', () => {
    expect(periodKey('6T/2022')).toBe(periodKey('6 tháng đầu năm 2022'));
    expect(periodKey('Kỳ báo cáo đặc biệt')).toBe('ky bao cao dac biet');
  });

  test('the period most reports give wins, however each writes it, as the first report wrote it', () => {
    expect(commonPeriod(['năm 2021', '6T/2022', null, '6 tháng đầu năm 2022'])).toBe('6T/2022');
    expect(commonPeriod([null, null])).toBeNull();
  });
});
