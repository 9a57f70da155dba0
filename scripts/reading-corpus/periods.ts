/**
 * Reading corpus, period layouts: which column a report's period asks for (month, cumulative for a span, an
 * estimate, a quarter, a year beside last year) and a report with no column for its period.
 */
import { sheet, signature, table, titleBlock, twoRowHeader, type Layout } from '../lib/reading-kit';

export function periodLayouts(): Layout[] {
  return [
    halfYearGroupHeader(),
    nineMonthsToDate(),
    yearAfterQuarter(),
    yearCumulativeFromStart(),
    monthlyMarch(),
    halfYearEstimateOnly(),
    yearEstimate(),
    nineMonthsMonthsOnly(),
    secondHalf(),
    quarterThree(),
    twoYears(),
    bareCumulative(),
  ];
}

function halfYearGroupHeader(): Layout {
  const file = 'Xa Nam Cuong - 6 thang 2025.xlsx';
  const s = sheet(file, 'Bao cao');
  titleBlock(s, {
    issuer: ['UBND XÃ NAM CƯỜNG', ''],
    place: 'Nam Cường, ngày 22 tháng 6 năm 2025',
    title: 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025',
    span: 7,
  });
  twoRowHeader(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2025', null, 'Cùng kỳ năm 2024', 'So sánh (%)'],
    [null, null, null, 'Tháng 6', '6 tháng đầu năm', null, null],
  );
  const r = [
    s.row(['1', 'Trạm BTS đang hoạt động', 'Trạm', 2, 38, 35, '108,6']),
    s.row(['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ', 410, '2.215', '1.870', '118,4']),
    s.row(['3', 'Tỷ lệ hộ có cáp quang', '%', null, '72,4', '65,0', null]),
    s.row(['4', 'Doanh thu viễn thông trên địa bàn', 'Triệu đồng', '1.150', '6.820', '6.400', '106,6']),
  ];
  s.expect(r[0], 4, 'B03', 38);
  s.expect(r[1], 4, 'B09', 2215);
  s.expect(r[2], 4, 'B13', 72.4);
  s.expect(r[3], 4, 'B06', 6820);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Đặng Văn Khoa');
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'group header "Thực hiện năm 2025" over "Tháng 6 | 6 tháng đầu năm"',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Nam Cường' } }],
  };
}

function nineMonthsToDate(): Layout {
  const file = 'Huyen Huong Hoa 9T2024.xlsx';
  const s = sheet(file, '9 thang');
  titleBlock(s, {
    issuer: ['UBND HUYỆN HƯỚNG HÓA', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    place: 'Hướng Hóa, ngày 27 tháng 9 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU 9 THÁNG NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 9/2024', 'Lũy kế đến 30/9/2024', 'Kế hoạch năm 2024', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 1, 152, 160],
      ['2', 'Số thuê bao điện thoại di động', 'thuê bao', '1.320', '84.650', '90.000'],
      ['3', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '905', '6.480', '10.000'],
      ['4', 'Số cuộc thanh tra, kiểm tra', 'cuộc', 0, 5, 6],
    ],
  );
  s.expect(r[0], 4, 'bts', 152);
  s.expect(r[1], 4, 'mob', 84650);
  s.expect(r[2], 4, 'dossiers', 6480);
  s.expect(r[3], 4, 'inspections', 5);
  signature(s, 'TRƯỞNG PHÒNG', 'Hồ Văn Thanh');
  return {
    file,
    catalog: 'A',
    period: '9 tháng năm 2024',
    about: '"Thực hiện tháng 9" beside "Lũy kế đến 30/9/2024"',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Hướng Hóa' } }],
  };
}

function yearAfterQuarter(): Layout {
  const file = 'BC nam 2024 Gio Linh.xlsx';
  const s = sheet(file, 'Nam 2024');
  titleBlock(s, {
    issuer: ['UBND HUYỆN GIO LINH', ''],
    place: 'Gio Linh, ngày 16 tháng 12 năm 2024',
    title: 'BÁO CÁO KẾT QUẢ THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện quý IV', 'Lũy kế năm 2024', 'Năm 2023', 'So sánh (%)'],
    [
      ['1', 'Dân số', 'người', null, '78.450', '77.900', '100,7'],
      ['2', 'Số điểm phục vụ bưu chính', 'điểm', 0, 31, 30, '103,3'],
      ['3', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', '1.020', '4.105,5', '3.870', '106,1'],
      ['4', 'Số camera giám sát an ninh', 'camera', 18, 64, 40, 160],
    ],
  );
  s.expect(r[0], 4, 'pop', 78450);
  s.expect(r[1], 4, 'post_points', 31);
  s.expect(r[2], 4, 'post_rev', 4105.5);
  s.expect(r[3], 4, 'cameras', 64);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Lê Quang Vinh');
  return {
    file,
    catalog: 'A',
    period: 'năm 2024',
    about: 'a yearly report: "Lũy kế năm 2024", not the quarter, not last year',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Gio Linh' } }],
  };
}

function yearCumulativeFromStart(): Layout {
  const file = 'P Dong Ha nam 2025.xlsx';
  const s = sheet(file, 'BC');
  titleBlock(s, {
    issuer: ['UBND PHƯỜNG ĐÔNG HÀ', ''],
    place: 'Đông Hà, ngày 20 tháng 12 năm 2025',
    title: 'BÁO CÁO SỐ LIỆU NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Nội dung', 'Đơn vị tính', 'Tháng 12/2025', 'Cộng dồn từ đầu năm', 'Ghi chú'],
    [
      ['1', 'Hội nghị trực tuyến đã tổ chức', 'cuộc', 4, 37],
      ['2', 'Dịch vụ công trực tuyến toàn trình', 'dịch vụ', 2, 214],
      ['3', 'Lượt người tham gia tập huấn chuyển đổi số', 'lượt người', 120, '2.460'],
    ],
  );
  s.expect(r[0], 4, 'B10', 37);
  s.expect(r[1], 4, 'B11', 214);
  s.expect(r[2], 4, 'B14', 2460);
  signature(s, 'TM. UBND PHƯỜNG', 'Trần Thị Hằng');
  return {
    file,
    catalog: 'B',
    period: 'năm 2025',
    about: '"Tháng 12/2025" beside "Cộng dồn từ đầu năm"',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Phường Đông Hà' } }],
  };
}

function monthlyMarch(): Layout {
  const file = 'Xa Cua Tung thang 3.xlsx';
  const s = sheet(file, 'Thang 3');
  titleBlock(s, {
    issuer: ['UBND XÃ CỬA TÙNG', ''],
    place: 'Cửa Tùng, ngày 28 tháng 3 năm 2025',
    title: 'BÁO CÁO THÁNG 3 NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện tháng 3', 'Lũy kế quý I', 'Lũy kế từ đầu năm'],
    [
      ['1', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'hồ sơ', 146, 402, 402],
      ['2', 'Hội nghị trực tuyến đã tổ chức', 'cuộc', 2, 5, 5],
      ['3', 'Tiền phạt vi phạm hành chính', 'triệu đồng', '1,5', '4,5', '4,5'],
    ],
  );
  s.expect(r[0], 3, 'B09', 146);
  s.expect(r[1], 3, 'B10', 2);
  s.expect(r[2], 3, 'B07', 1.5);
  signature(s, 'TM. UBND XÃ', 'Nguyễn Văn Tư');
  return {
    file,
    catalog: 'B',
    period: 'tháng 3 năm 2025',
    about: 'a monthly report takes the month beside the quarter and year-to-date',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Cửa Tùng' } }],
  };
}

function halfYearEstimateOnly(): Layout {
  const file = 'Huyen Cam Lo uoc 6T.xlsx';
  const s = sheet(file, 'Uoc 6T');
  titleBlock(s, {
    issuer: ['UBND HUYỆN CAM LỘ', ''],
    place: 'Cam Lộ, ngày 10 tháng 6 năm 2024',
    title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Ước TH 6 tháng đầu năm 2024', 'Cùng kỳ năm 2023', 'So sánh (%)'],
    [
      ['1', 'Số trạm BTS', 'trạm', 97, 92, '105,4'],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '3.150', '2.600', '121,2'],
      ['3', 'Doanh thu dịch vụ viễn thông', 'tỷ đồng', '28,6', '27,1', '105,5'],
    ],
  );
  s.expect(r[0], 3, 'bts', 97, { estimate: true });
  s.expect(r[1], 3, 'dossiers', 3150, { estimate: true });
  s.expect(r[2], 3, 'tel_rev', 28.6, { estimate: true });
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Phạm Văn Hòa');
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'the only result column is an estimate "Ước TH 6 tháng": used and marked',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Cam Lộ' } }],
  };
}

function yearEstimate(): Layout {
  const file = 'Xa Khe Sanh uoc nam 2025.xlsx';
  const s = sheet(file, 'Bieu 1');
  titleBlock(s, {
    issuer: ['UBND XÃ KHE SANH', ''],
    place: 'Khe Sanh, ngày 25 tháng 11 năm 2025',
    title: 'BÁO CÁO ƯỚC THỰC HIỆN NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2024', 'Ước thực hiện năm 2025', 'Kế hoạch năm 2026'],
    [
      ['1', 'Tổng dân số', 'người', '12.480', '12.610', null],
      ['2', 'Trạm BTS đang hoạt động', 'trạm', 21, 23, 25],
      ['3', 'Camera kết nối Trung tâm giám sát điều hành', 'camera', 12, 30, 45],
    ],
  );
  s.expect(r[0], 4, 'B01', 12610, { estimate: true });
  s.expect(r[1], 4, 'B03', 23, { estimate: true });
  s.expect(r[2], 4, 'B12', 30, { estimate: true });
  signature(s, 'TM. UBND XÃ', 'Hồ Thị Lệ');
  return {
    file,
    catalog: 'B',
    period: 'năm 2025',
    about: "a yearly estimate beside last year and next year's plan",
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Khe Sanh' } }],
  };
}

function nineMonthsMonthsOnly(): Layout {
  const file = 'Huyen Dakrong 9 thang.xlsx';
  const s = sheet(file, 'Sheet1');
  titleBlock(s, {
    issuer: ['UBND HUYỆN ĐAKRÔNG', ''],
    place: 'Đakrông, ngày 30 tháng 9 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU 9 THÁNG NĂM 2024',
  });
  table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 74, 75, 75],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', 310, 298, 345],
    ],
  );
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Hồ Văn Năm');
  return {
    file,
    catalog: 'A',
    period: '9 tháng năm 2024',
    about: 'a 9-month report with only month columns: no column fits',
    sheets: [{ sheet: s, expect: { kind: 'skipped', why: 'no_period_column' } }],
  };
}

function secondHalf(): Layout {
  const file = 'Huyen Hai Lang 6 thang cuoi nam 2024.xlsx';
  const s = sheet(file, 'BC');
  titleBlock(s, {
    issuer: ['UBND HUYỆN HẢI LĂNG', ''],
    place: 'Hải Lăng, ngày 15 tháng 12 năm 2024',
    title: 'BÁO CÁO 6 THÁNG CUỐI NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', '6 tháng đầu năm 2024', '6 tháng cuối năm 2024', 'Lũy kế năm 2024'],
    [
      ['1', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '2.400', '2.950', '5.350'],
      ['2', 'Số người được tập huấn kỹ năng số', 'người', 800, '1.120', '1.920'],
    ],
  );
  s.expect(r[0], 4, 'dossiers', 2950);
  s.expect(r[1], 4, 'trained', 1120);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Trần Văn Quang');
  return {
    file,
    catalog: 'A',
    period: '6 tháng cuối năm 2024',
    about: 'a second-half report takes its half, not the first half nor the year',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Hải Lăng' } }],
  };
}

function quarterThree(): Layout {
  const file = 'Xa Ba Long quy 3.xlsx';
  const s = sheet(file, 'Quy III');
  titleBlock(s, {
    issuer: ['UBND XÃ BA LÒNG', ''],
    place: 'Ba Lòng, ngày 28 tháng 9 năm 2025',
    title: 'BÁO CÁO QUÝ III NĂM 2025',
  });
  twoRowHeader(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả', null, 'Ghi chú'],
    [null, null, null, 'Quý III/2025', '9 tháng năm 2025', null],
  );
  const r = [
    s.row(['1', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'hồ sơ', 388, '1.104']),
    s.row(['2', 'Dịch vụ công trực tuyến toàn trình', 'dịch vụ', 6, 15]),
  ];
  s.expect(r[0], 3, 'B09', 388);
  s.expect(r[1], 3, 'B11', 6);
  signature(s, 'TM. UBND XÃ', 'Lê Văn Ba');
  return {
    file,
    catalog: 'B',
    period: 'quý III năm 2025',
    about: 'a quarterly report takes the quarter under a group header',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Ba Lòng' } }],
  };
}

function twoYears(): Layout {
  const file = 'Phuong Quang Tri nam 2025.xlsx';
  const s = sheet(file, 'Nam 2025');
  titleBlock(s, {
    issuer: ['UBND PHƯỜNG QUẢNG TRỊ', ''],
    place: 'Quảng Trị, ngày 12 tháng 12 năm 2025',
    title: 'BÁO CÁO SỐ LIỆU NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025', 'Tăng (+), giảm (-)'],
    [
      ['1', 'Tổng dân số', 'người', '23.105', '23.460', '+355'],
      ['2', 'Số hộ dân', 'hộ', '6.012', '6.130', '+118'],
    ],
  );
  s.expect(r[0], 4, 'B01', 23460);
  s.expect(r[1], 4, 'B02', 6130);
  signature(s, 'TM. UBND PHƯỜNG', 'Võ Thị Thu');
  return {
    file,
    catalog: 'B',
    period: 'năm 2025',
    about: '"Năm 2024 | Năm 2025 | Tăng, giảm": this year',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Phường Quảng Trị' } }],
  };
}

function bareCumulative(): Layout {
  const file = 'Huyen Vinh Linh 6T.xlsx';
  const s = sheet(file, 'Bieu so lieu');
  titleBlock(s, {
    issuer: ['UBND HUYỆN VĨNH LINH', ''],
    place: 'Vĩnh Linh, ngày 24 tháng 6 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện trong tháng', 'Lũy kế', 'Kế hoạch năm', 'Ghi chú'],
    [
      ['1', 'Số trạm BTS', 'trạm', 2, 131, 140],
      ['2', 'Số thuê bao điện thoại di động', 'thuê bao', 640, '72.310', '75.000'],
      ['3', 'Số tiền xử phạt vi phạm hành chính đã thu', 'đồng', '2.000.000', '14.500.000', null],
    ],
  );
  s.expect(r[0], 4, 'bts', 131);
  s.expect(r[1], 4, 'mob', 72310);
  s.expect(r[2], 4, 'fines', 14_500_000);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Đăng Khoa');
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'a half-year report: bare "Lũy kế" over "Thực hiện trong tháng"',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Vĩnh Linh' } }],
  };
}
