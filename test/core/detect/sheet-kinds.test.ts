import { detectReport } from '../../../src/core/detect';
import type { CellValue } from '../../../src/core/model';
import { grid } from './grids';

const skipped = (values: CellValue[][], name = 'Sheet1') => {
  const result = detectReport(grid(values, { name }));
  return result.kind === 'not_report' ? result.reason : `read as the report of ${result.report.unit}`;
};

describe('sheets beside the reports that are none are skipped with their reason', () => {
  test('a staff roster (Họ và tên, Chức vụ, Điện thoại)', () => {
    expect(
      skipped([
        ['DANH SÁCH CÁN BỘ PHỤ TRÁCH'],
        ['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại'],
        [1, 'Hoàng Văn Nam', 'Trưởng phòng', '0912345678'],
        [2, 'Lê Thị Hoa', 'Chuyên viên', '0987654321'],
      ]),
    ).toMatch(/^Danh sách cán bộ/);
  });

  test('a guide titled "Hướng dẫn ..." with an example table, whatever the sheet is called', () => {
    expect(
      skipped(
        [
          ['HƯỚNG DẪN ĐIỀN BIỂU'],
          ['Ghi số liệu 6 tháng vào cột (4). Ví dụ:'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Số liệu 6 tháng'],
          ['1', 'Số trạm BTS', 'trạm', 100],
          ['2', 'Số hồ sơ trực tuyến', 'hồ sơ', 1000],
        ],
        'Sheet2',
      ),
    ).toMatch(/^Trang hướng dẫn/);
  });

  test('a report citing a guide document is still a report', () => {
    expect(
      skipped([
        ['UBND XÃ TÂN TIẾN'],
        ['BÁO CÁO 6 tháng đầu năm 2024'],
        ['Hướng dẫn số 12/HD-STTTT ngày 5/1/2024'],
        ['Hướng dẫn 05/HD-UBND'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng'],
        ['1', 'Số trạm BTS', 'trạm', 12],
        ['2', 'Số hồ sơ trực tuyến', 'hồ sơ', 340],
      ]),
    ).toBe('read as the report of Xã Tân Tiến');
  });

  test('an earlier summary with units as columns and a total', () => {
    expect(
      skipped([
        ['TỔNG HỢP SỐ LIỆU NĂM 2023'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Xã Đại Trạch', 'Xã Nam Trạch', 'Tổng cộng'],
        ['1', 'Số trạm BTS', 'trạm', 9, 7, 16],
        ['2', 'Số hồ sơ trực tuyến', 'hồ sơ', 820, 640, 1460],
      ]),
    ).toMatch(/^Bảng tổng hợp nhiều đơn vị \(các cột «Xã Đại Trạch», «Xã Nam Trạch»\)/);
  });

  test('an empty summary of villages', () => {
    expect(
      skipped([
        ['BIỂU TỔNG HỢP SỐ LIỆU CÁC THÔN'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thôn 1', 'Thôn 2', 'Tổng số'],
        ['1', 'Số hộ dân', 'hộ'],
        ['2', 'Số trạm BTS', 'trạm'],
      ]),
    ).toMatch(/^Bảng tổng hợp nhiều đơn vị/);
  });

  test('a list of units with contact persons', () => {
    expect(
      skipped([
        ['DANH SÁCH ĐƠN VỊ GỬI BÁO CÁO'],
        ['STT', 'Tên đơn vị', 'Người phụ trách', 'Điện thoại'],
        [1, 'Xã Gio Sơn', 'Trần Văn Sơn', '0914000001'],
        [2, 'Xã Gio Hải', 'Lê Văn Hải', '0914000002'],
        [3, 'Phường Đông Lương', 'Hồ Văn Lương', '0914000004'],
      ]),
    ).toBe('Danh sách đơn vị, không phải báo cáo');
  });

  test('a blank copy of the template', () => {
    expect(
      skipped([
        ['UBND XÃ/PHƯỜNG: …………'],
        ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2025'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện 6 tháng đầu năm 2025', 'Ghi chú'],
        ['1', 'Trạm BTS đang hoạt động', 'Trạm'],
        ['2', 'Hồ sơ xử lý trực tuyến', 'Hồ sơ', '…'],
      ]),
    ).toBe(
      'Mẫu biểu chưa điền số liệu (cột «Kết quả thực hiện 6 tháng đầu năm 2025» không có số nào), không phải báo cáo của một đơn vị',
    );
  });
});

describe('a placeholder of dots is never a unit name', () => {
  test('a filled report whose title kept "UBND XÃ/PHƯỜNG: ……" takes its unit from elsewhere', () => {
    const result = detectReport(
      grid(
        [
          ['UBND XÃ/PHƯỜNG: …………'],
          ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2025'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng'],
          ['1', 'Số trạm BTS', 'trạm', 11],
          ['2', 'Số hồ sơ trực tuyến', 'hồ sơ', 702],
        ],
        { name: 'Sheet1', file: 'Xa Phong Nien.xlsx' },
      ),
    );
    expect(result.kind === 'report' && result.report.unit).toBe('Xã Phong Nien');
  });
});
