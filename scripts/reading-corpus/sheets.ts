/**
 * Reading corpus, sheets that are no reports beside the reports (a blank template copy, staff rosters, guides with an
 * example table, earlier and empty summaries, units lists) and reports whose unit is named only in the date line, the
 * sheet name or a title with a dotted placeholder.
 */
import { sheet, signature, table, titleBlock, type Layout, type Sheet } from '../lib/reading-kit';

export function sheetLayouts(): Layout[] {
  return [
    blankTemplateBeside(),
    rosterBeside(),
    guideByContent(),
    departmentSummary(),
    unitsListPlain(),
    dottedPlaceholder(),
    emptySummary(),
    dateLineOnly(),
  ];
}

/** A short filled report for catalog B, starting at the sheet's next row. */
function shortReportB(s: Sheet, values: [number, number, string]): void {
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện 6 tháng đầu năm 2025', 'Ghi chú'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm', values[0]],
      ['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ', values[1]],
      ['3', 'Doanh thu viễn thông trên địa bàn', 'Triệu đồng', values[2]],
    ],
  );
  s.expect(r[0], 3, 'B03', values[0]);
  s.expect(r[1], 3, 'B09', values[1]);
  s.expect(r[2], 3, 'B06', Number(values[2].replace(/\./g, '').replace(',', '.')));
}

function blankTemplateBeside(): Layout {
  const file = 'Xa Trieu Phong.xlsx';
  const s = sheet(file, 'Bao cao 6T');
  titleBlock(s, {
    issuer: ['UBND XÃ TRIỆU PHONG', ''],
    place: 'Triệu Phong, ngày 18 tháng 6 năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  shortReportB(s, [17, 1340, '3.260,5']);
  signature(s, 'TM. UBND XÃ', 'Lê Thị Na');
  const blank = sheet(file, 'Mau 01');
  titleBlock(blank, {
    issuer: ['UBND XÃ/PHƯỜNG: …………', ''],
    place: '…………, ngày … tháng … năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  table(
    blank,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện 6 tháng đầu năm 2025', 'Ghi chú'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm'],
      ['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ'],
      ['3', 'Doanh thu viễn thông trên địa bàn', 'Triệu đồng'],
    ],
  );
  signature(blank, 'TM. UBND XÃ/PHƯỜNG', '…………………');
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'the blank template copy beside the filled report',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Triệu Phong' } },
      { sheet: blank, expect: { kind: 'skipped', why: 'blank_template' } },
    ],
  };
}

function rosterBeside(): Layout {
  const file = 'Xa Hai Chanh.xlsx';
  const s = sheet(file, 'BC');
  titleBlock(s, {
    issuer: ['UBND XÃ HẢI CHÁNH', ''],
    place: 'Hải Chánh, ngày 20 tháng 6 năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  shortReportB(s, [9, 655, '1.480']);
  signature(s, 'TM. UBND XÃ', 'Phan Văn Hải');
  const staff = sheet(file, 'Danh sach CB');
  staff.line('DANH SÁCH CÁN BỘ, CÔNG CHỨC THAM GIA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG', { span: 6, bold: true });
  staff.blank();
  table(
    staff,
    ['STT', 'Họ tên', 'Năm sinh', 'Trình độ', 'Chức danh', 'Ghi chú'],
    [
      [1, 'Phan Văn Hải', 1978, 'Đại học', 'Chủ tịch UBND xã', 'Tổ trưởng'],
      [2, 'Nguyễn Thị Bé', 1990, 'Đại học', 'Công chức Văn hóa - Xã hội', null],
      [3, 'Lê Văn Tùng', 1995, 'Cao đẳng', 'Đoàn viên', null],
      [4, 'Trần Thị Mơ', 1988, 'Trung cấp', 'Hội Phụ nữ', null],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'a roster of the community digital team (names, birth years) beside the report',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Hải Chánh' } },
      { sheet: staff, expect: { kind: 'skipped', why: 'roster' } },
    ],
  };
}

function guideByContent(): Layout {
  const file = 'Huyen Trieu Phong 2024.xlsx';
  const s = sheet(file, 'Bieu 01');
  titleBlock(s, {
    issuer: ['UBND HUYỆN TRIỆU PHONG', ''],
    place: 'Triệu Phong, ngày 12 tháng 12 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 118],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '9.870'],
    ],
  );
  s.expect(r[0], 3, 'bts', 118);
  s.expect(r[1], 3, 'dossiers', 9870);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Lê Minh Tuấn');
  const guide = sheet(file, 'Cach ghi');
  guide.line('HƯỚNG DẪN CÁCH GHI BIỂU 01', { span: 5, bold: true });
  guide.line('- Cột "Thực hiện năm 2024" ghi số liệu đến hết ngày 30/11/2024, ước thực hiện tháng 12.', { span: 5 });
  guide.line('- Ví dụ cách ghi:', { span: 5 });
  table(
    guide,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 100, 'Ghi số nguyên'],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '1.000', 'Dấu chấm ngăn cách hàng nghìn'],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: 'năm 2024',
    about: 'a guide sheet "Cach ghi" with an example table',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Triệu Phong' } },
      { sheet: guide, expect: { kind: 'skipped', why: 'guide' } },
    ],
  };
}

function departmentSummary(): Layout {
  const file = 'Huyen Do Linh 6T2024.xlsx';
  const s = sheet(file, 'BC Do Linh');
  titleBlock(s, {
    issuer: ['UBND HUYỆN DO LINH', ''],
    place: 'Do Linh, ngày 21 tháng 6 năm 2024',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 64],
      ['2', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', '1.905'],
    ],
  );
  s.expect(r[0], 3, 'bts', 64);
  s.expect(r[1], 3, 'post_rev', 1905);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn Lực');
  const old = sheet(file, 'TH ky truoc');
  old.line('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', { bold: true });
  old.line('TỔNG HỢP SỐ LIỆU 6 THÁNG CUỐI NĂM 2023', { span: 7, bold: true });
  old.blank();
  table(
    old,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Huyện Do Linh', 'Huyện Gio Linh', 'Huyện Cam Lộ', 'Tổng cộng'],
    [
      ['1', 'Số trạm BTS', 'trạm', 61, 88, 90, 239],
      ['2', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', 1800, 2100, 1650, 5550],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'a copy of the department\'s previous summary (districts as columns, "Tổng cộng")',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Do Linh' } },
      { sheet: old, expect: { kind: 'skipped', why: 'summary' } },
    ],
  };
}

function unitsListPlain(): Layout {
  const file = 'Gui bao cao - Xa Gio Son.xlsx';
  const s = sheet(file, 'Bao cao');
  titleBlock(s, {
    issuer: ['UBND XÃ GIO SƠN', ''],
    place: 'Gio Sơn, ngày 19 tháng 6 năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  shortReportB(s, [6, 318, '742,8']);
  signature(s, 'TM. UBND XÃ', 'Trần Văn Sơn');
  const list = sheet(file, 'Don vi nhan');
  list.line('DANH SÁCH ĐƠN VỊ GỬI BÁO CÁO VỀ SỞ', { span: 4, bold: true });
  table(
    list,
    ['STT', 'Tên đơn vị', 'Người phụ trách', 'Điện thoại'],
    [
      [1, 'Xã Gio Sơn', 'Trần Văn Sơn', '0914000001'],
      [2, 'Xã Gio Hải', 'Lê Văn Hải', '0914000002'],
      [3, 'Xã Cửa Việt', 'Nguyễn Thị Việt', '0914000003'],
      [4, 'Phường Đông Lương', 'Hồ Văn Lương', '0914000004'],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'a list of units with contact persons and phones',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Gio Sơn' } },
      { sheet: list, expect: { kind: 'skipped', why: 'units_list' } },
    ],
  };
}

function dottedPlaceholder(): Layout {
  const file = 'Phong Nien.xlsx';
  const s = sheet(file, 'Sheet1');
  titleBlock(s, {
    issuer: ['UBND XÃ ....................', ''],
    place: '............., ngày 20 tháng 6 năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  shortReportB(s, [11, 702, '2.015']);
  signature(s, 'TM. UBND XÃ', '');
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: "a filled report whose title keeps the template's dotted placeholder: the dots are no unit name",
    sheets: [{ sheet: s, expect: { kind: 'report', unitPending: 'Xã Phong Niên' } }],
  };
}

function emptySummary(): Layout {
  const file = 'Xa Vinh Tu.xlsx';
  const s = sheet(file, 'BC 6 thang');
  titleBlock(s, {
    issuer: ['UBND XÃ VĨNH TÚ', ''],
    place: 'Vĩnh Tú, ngày 16 tháng 6 năm 2025',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2025',
  });
  shortReportB(s, [5, 211, '515']);
  signature(s, 'TM. UBND XÃ', 'Hoàng Thị Tú');
  const th = sheet(file, 'Tong hop thon');
  th.line('BIỂU TỔNG HỢP SỐ LIỆU CÁC THÔN', { span: 6, bold: true });
  th.blank();
  table(
    th,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thôn 1', 'Thôn 2', 'Thôn 3', 'Tổng số'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm'],
      ['2', 'Số hộ dân', 'Hộ'],
      ['3', 'Tỷ lệ hộ có cáp quang', '%'],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'an empty summary of villages beside the report',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Vĩnh Tú' } },
      { sheet: th, expect: { kind: 'skipped', why: 'summary' } },
    ],
  };
}

function dateLineOnly(): Layout {
  const file = 'so lieu CDS.xlsx';
  const s = sheet(file, 'Bieu');
  s.put(0, 3, 'Cồn Tiên, ngày 21 tháng 6 năm 2025');
  s.next = 2;
  s.line('BIỂU SỐ LIỆU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025', { span: 5, bold: true });
  s.blank();
  shortReportB(s, [4, 163, '388,4']);
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'the unit named only in the place-and-date line',
    sheets: [{ sheet: s, expect: { kind: 'report', unitPending: 'Xã Cồn Tiên' } }],
  };
}
