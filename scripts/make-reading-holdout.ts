/**
 * Writes the READING HOLD-OUT: test/reading-holdout/corpus/*.xlsx and expected.json (see its README). Twelve layouts,
 * written before the reading rules were tuned and never tuned against: period columns (month / cumulative /
 * estimate / none that fits), sheets that are no reports, units named only in an annex line or a file name, measure
 * synonyms and one real mismatch, money in all four magnitudes in every place it is written, and number forms.
 * Labels are the department catalogs' names or aliases (scripts/lib/reading-catalogs.ts): this measures reading.
 * Expected values are in the catalog's measure, worked out by hand.
 *
 * Deterministic. Run with `npx tsx scripts/make-reading-holdout.ts`.
 */
import { join } from 'node:path';
import { sheet, signature, titleBlock, writeCorpus, type Layout, type Sheet } from './lib/reading-kit';

const OUT = join(__dirname, '..', 'test', 'reading-holdout', 'corpus');
const NBSP = '\u00a0';

/** A header row and, under it, data rows of [stt, label, measure, ...figures]; returns each data row's index. */
function table(s: Sheet, header: string[], rows: (string | number | null | object)[][]): number[] {
  s.row(header, { bold: true });
  return rows.map((r) => s.row(r as never));
}

function leThuy(): Layout {
  const file = 'Huyen Le Thuy - 6T2024.xlsx';
  const s = sheet(file, 'BC 6 thang');
  titleBlock(s, {
    issuer: ['UBND HUYỆN LỆ THỦY', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    place: 'Lệ Thủy, ngày 20 tháng 6 năm 2024',
    title: 'BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG',
    period: '6 tháng đầu năm 2024',
  });
  const r = table(
    s,
    [
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Thực hiện tháng 6/2024',
      'Lũy kế 6 tháng đầu năm 2024',
      'Kế hoạch năm 2024',
      'Tỷ lệ % so KH',
    ],
    [
      ['1', 'Dân số', 'người', null, '142.560', null, null],
      ['2', 'Số trạm BTS', 'trạm', 3, 186, 200, 93],
      ['3', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '1.245', '7.830', '12.000', '65,3'],
      ['4', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', '812,5', '4.950,2', '9.500', '52,1'],
      ['5', 'Doanh thu dịch vụ viễn thông', 'tỷ đồng', '9,8', '61,4', '125', '49,1'],
      ['6', 'Số tiền phạt đã thu (triệu đồng)', null, 5, '26,9', null, null],
      ['7', 'Số cuộc thanh tra, kiểm tra', 'Cuộc', 1, 4, 8, 50],
    ],
  );
  s.expect(r[0], 4, 'pop', 142560);
  s.expect(r[1], 4, 'bts', 186);
  s.expect(r[2], 4, 'dossiers', 7830);
  s.expect(r[3], 4, 'post_rev', 4950.2);
  s.expect(r[4], 4, 'tel_rev', 61.4);
  s.expect(r[5], 4, 'fines', 26_900_000);
  s.expect(r[6], 4, 'inspections', 4);
  signature(s, 'TRƯỞNG PHÒNG', 'Hoàng Văn Nam');
  const roster = sheet(file, 'Danh sach can bo');
  roster.line('DANH SÁCH CÁN BỘ PHỤ TRÁCH CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG', { span: 5, bold: true });
  roster.blank();
  table(
    roster,
    ['STT', 'Họ và tên', 'Chức vụ', 'Số điện thoại', 'Ghi chú'],
    [
      [1, 'Hoàng Văn Nam', 'Trưởng phòng', '0912345678', null],
      [2, 'Lê Thị Hoa', 'Chuyên viên', '0987654321', 'Kiêm nhiệm'],
      [3, 'Trần Minh Đức', 'Chuyên viên', '0905111222', null],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'month + cumulative, label suffix (triệu đồng) on a đồng indicator, a staff roster',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Lệ Thủy' } },
      { sheet: roster, expect: { kind: 'skipped', why: 'roster' } },
    ],
  };
}

function quangNinh(): Layout {
  const file = 'BC 9 thang 2024 - Quang Ninh.xlsx';
  const s = sheet(file, 'Bieu 01');
  titleBlock(s, {
    issuer: ['UBND HUYỆN QUẢNG NINH', ''],
    place: 'Quảng Ninh, ngày 28 tháng 9 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2024',
  });
  const h = s.row(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', null, 'Cùng kỳ năm 2023', 'So sánh (%)'], { bold: true });
  s.row([null, null, null, 'Quý III/2024', '9 tháng năm 2024'], { bold: true });
  for (const c of [0, 1, 2, 5, 6]) s.merge(h, c, h + 1, c);
  s.merge(h, 3, h, 4);
  const rows = [
    s.row(['1', 'Số thuê bao điện thoại di động', 'TB', '1.204', `68${NBSP}540`, '66.000', '103,8']),
    s.row(['2', 'Mật độ thuê bao di động', 'TB/100 người dân', null, '92,4', '89,1', '103,7']),
    s.row(['3', 'Số camera giám sát an ninh', 'Cái', 12, 57, 40, 142.5]),
    s.row(['4', 'Kinh phí chi cho ứng dụng công nghệ thông tin', 'Triệu đồng', 350, '1.275,5', '1.100', '116']),
    s.row(['5', 'Số tiền xử phạt vi phạm hành chính đã thu', 'Nghìn đồng', '4.500', '17.250', '15.000', '115']),
    s.row(['6', 'Tổng số hộ gia đình', 'Hộ', null, '38.915', '38.410', '101,3']),
    s.row([
      '7',
      'Tỷ lệ hộ gia đình sử dụng Internet cáp quang',
      '%',
      null,
      { n: 0.712, fmt: '0.0%' },
      { n: 0.655, fmt: '0.0%' },
      null,
    ]),
  ];
  s.expect(rows[0], 4, 'mob', 68540);
  s.expect(rows[1], 4, 'dens', 92.4);
  s.expect(rows[2], 4, 'cameras', 57);
  s.expect(rows[3], 4, 'it_budget', 1_275_500);
  s.expect(rows[4], 4, 'fines', 17_250_000);
  s.expect(rows[5], 4, 'hh', 38915);
  s.expect(rows[6], 4, 'fibre_rate', 71.2);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Hữu Tài');
  const guide = sheet(file, 'Vi du');
  guide.line('HƯỚNG DẪN GHI BIỂU SỐ LIỆU', { span: 5, bold: true });
  guide.line('Các đơn vị ghi số liệu vào cột "9 tháng", số thập phân dùng dấu phẩy. Ví dụ:', { span: 5 });
  guide.blank();
  table(
    guide,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý III', '9 tháng'],
    [
      ['1', 'Số thuê bao điện thoại di động', 'TB', 1000, 25000],
      ['2', 'Số camera giám sát an ninh', 'Cái', 5, 20],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: '9 tháng năm 2024',
    about:
      'two-row header quarter | 9 months, measure synonyms, magnitudes triệu→nghìn and nghìn→đồng, a guide with an example table',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Quảng Ninh' } },
      { sheet: guide, expect: { kind: 'skipped', why: 'guide' } },
    ],
  };
}

function boTrach(): Layout {
  const file = 'Bố Trạch_BC năm 2024.xlsx';
  const s = sheet(file, 'Bieu 03');
  titleBlock(s, {
    issuer: ['UBND HUYỆN BỐ TRẠCH', ''],
    place: 'Bố Trạch, ngày 15 tháng 12 năm 2024',
    title: 'BIỂU 03: DOANH THU, KINH PHÍ NĂM 2024',
  });
  s.put(s.next, 4, 'Đơn vị tính: triệu đồng');
  s.next += 1;
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'Tháng 12', 'Cộng dồn cả năm', 'So với cùng kỳ (%)'],
    [
      ['1', 'Doanh thu dịch vụ bưu chính', '850', '9.870,5', '108,2'],
      ['2', 'Doanh thu dịch vụ viễn thông', '10.250', '118.400', '104,5'],
      ['3', 'Số tiền xử phạt vi phạm hành chính đã thu', '12', '85,5', '92'],
      ['4', 'Kinh phí chi cho ứng dụng công nghệ thông tin', '120', '2.340', '121'],
    ],
  );
  s.expect(r[0], 3, 'post_rev', 9870.5);
  s.expect(r[1], 3, 'tel_rev', 118.4);
  s.expect(r[2], 3, 'fines', 85_500_000);
  s.expect(r[3], 3, 'it_budget', 2_340_000);
  signature(s, 'KT. CHỦ TỊCH', 'Phan Văn Lợi');
  const old = sheet(file, 'Tong hop 2023');
  old.line('TỔNG HỢP SỐ LIỆU CÁC XÃ, THỊ TRẤN NĂM 2023', { span: 7, bold: true });
  old.blank();
  table(
    old,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'TT Hoàn Lão', 'Xã Đại Trạch', 'Xã Nam Trạch', 'Tổng cộng'],
    [
      ['1', 'Số trạm BTS', 'trạm', 12, 9, 7, 28],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', 1500, 820, 640, 2960],
      ['3', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', 1200, 640, 450, 2290],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: 'năm 2024',
    about:
      'table note "Đơn vị tính: triệu đồng" to đồng, nghìn and tỷ; month | cumulative year; an earlier summary of communes',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Bố Trạch' } },
      { sheet: old, expect: { kind: 'skipped', why: 'summary' } },
    ],
  };
}

function tanLap(): Layout {
  const file = 'thang10_2025_xa_tan_lap.xlsx';
  const s = sheet(file, 'T10');
  titleBlock(s, {
    issuer: ['UBND XÃ TÂN LẬP', ''],
    place: 'Tân Lập, ngày 31 tháng 10 năm 2025',
    title: 'BÁO CÁO tháng 10 năm 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 10/2025', 'Lũy kế 10 tháng', 'Ghi chú'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm', 24, 24, null],
      ['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ', 312, '2.870', null],
      ['3', 'Hội nghị trực tuyến đã tổ chức', 'Buổi', 3, 21, null],
      ['4', 'Doanh thu viễn thông trên địa bàn', 'Tỷ đồng', '1,25', '11,9', null],
      ['5', 'Tiền phạt vi phạm hành chính', 'đồng', '7.500.000', '32.000.000', null],
      ['6', 'Kinh phí thực hiện chuyển đổi số', null, '85 triệu', '720 triệu', null],
    ],
  );
  s.expect(r[0], 3, 'B03', 24);
  s.expect(r[1], 3, 'B09', 312);
  s.expect(r[2], 3, 'B10', 3);
  s.expect(r[3], 3, 'B06', 1250);
  s.expect(r[4], 3, 'B07', 7.5);
  s.expect(r[5], 3, 'B08', 85_000_000);
  signature(s, 'TM. UBND XÃ', 'Lò Văn Sinh');
  const blank = sheet(file, 'Mau bieu');
  titleBlock(blank, {
    issuer: ['UBND XÃ ...............', ''],
    place: '............, ngày ..... tháng ..... năm 2025',
    title: 'BÁO CÁO tháng ..... năm 2025',
  });
  table(
    blank,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng ...', 'Lũy kế', 'Ghi chú'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm'],
      ['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ'],
      ['3', 'Hội nghị trực tuyến đã tổ chức', 'Cuộc'],
      ['4', 'Doanh thu viễn thông trên địa bàn', 'Triệu đồng'],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: 'tháng 10 năm 2025',
    about: 'a monthly report takes the month, money from tỷ and đồng and from the cell, a blank template copy',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Tân Lập' } },
      { sheet: blank, expect: { kind: 'skipped', why: 'blank_template' } },
    ],
  };
}

function muongBo(): Layout {
  const file = 'Xa Muong Bo.xlsx';
  const s = sheet(file, 'Bao cao');
  titleBlock(s, {
    issuer: ['UBND XÃ MƯỜNG BO', ''],
    place: 'Mường Bo, ngày 12 tháng 6 năm 2025',
    title: 'BÁO CÁO ƯỚC THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 5 tháng', 'Ước thực hiện 6 tháng', 'Kế hoạch năm 2025', 'Ghi chú'],
    [
      ['1', 'Tổng dân số', 'Người', '8 215', '8 215', null, null],
      ['2', 'Số hộ dân', 'Hộ', '1.930', '1.932', null, null],
      ['3', 'Tỷ lệ hộ có cáp quang', '%', '61,5', 63, 70, null],
      ['4', 'Lượt người tham gia tập huấn chuyển đổi số', 'Lượt người', 640, 780, 1500, null],
      ['5', 'Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', 'Triệu đồng', 96, '115,2', 240, null],
      ['6', 'Camera kết nối Trung tâm giám sát điều hành', 'Chiếc', 14, 16, 30, null],
    ],
  );
  s.expect(r[0], 4, 'B01', 8215, { estimate: true });
  s.expect(r[1], 4, 'B02', 1932, { estimate: true });
  s.expect(r[2], 4, 'B13', 63, { estimate: true });
  s.expect(r[3], 4, 'B14', 780, { estimate: true });
  s.expect(r[4], 4, 'B15', 115_200, { estimate: true });
  s.expect(r[5], 4, 'B12', 16, { estimate: true });
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Giàng A Páo');
  const list = sheet(file, 'Cac don vi');
  list.line('CÁC XÃ TRONG CỤM', { span: 4, bold: true });
  table(
    list,
    ['STT', 'Tên đơn vị', 'Dân số', 'Số hộ'],
    [
      [1, 'Xã Mường Bo', 8215, 1932],
      [2, 'Xã Bản Hồ', 6120, 1405],
      [3, 'Xã Tả Van', 5480, 1210],
      [4, 'Xã Mường Hoa', 7035, 1618],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'an estimate column (ước thực hiện 6 tháng) used and marked, a units list with figures',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Mường Bo' } },
      { sheet: list, expect: { kind: 'skipped', why: 'units_list' } },
    ],
  };
}

function camDuong(): Layout {
  const file = 'BC CDS 2025 - P.Cam Duong.xlsx';
  const s = sheet(file, 'Sheet1');
  titleBlock(s, {
    issuer: ['UBND PHƯỜNG CAM ĐƯỜNG', ''],
    place: 'Cam Đường, ngày 05 tháng 12 năm 2025',
    title: 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 11 tháng', 'Ước thực hiện năm 2025', 'Kế hoạch năm 2026'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'trạm', 41, 42, 45],
      ['2', 'Doanh thu bưu chính, chuyển phát', 'triệu đồng', '2.150', '2.380', '2.600'],
      ['3', 'Doanh thu viễn thông trên địa bàn', 'Tr.đ', '18.200', '19.950', '21.000'],
      ['4', 'Tiền phạt vi phạm hành chính', 'trđ', 11, '12,5', null],
      ['5', 'Dịch vụ công trực tuyến toàn trình', 'TTHC', 185, 190, 200],
      ['6', 'Mật độ điện thoại di động', 'Thuê bao/100 dân', '118,4', '119,0', '120'],
      ['7', 'Hội nghị trực tuyến đã tổ chức', 'cuộc', 22, 'khoảng 24', 30],
    ],
  );
  s.expect(r[0], 4, 'B03', 42, { estimate: true });
  s.expect(r[1], 4, 'B05', 2.38, { estimate: true });
  s.expect(r[2], 4, 'B06', 19950, { estimate: true });
  s.expect(r[3], 4, 'B07', 12.5, { estimate: true });
  s.expect(r[4], 4, 'B11', 190, { estimate: true });
  s.expect(r[5], 4, 'B04', 119, { estimate: true });
  s.expect(r[6], 4, 'B10', 24, { estimate: true });
  signature(s, 'TM. UBND PHƯỜNG', 'Vàng Thị Mai');
  return {
    file,
    catalog: 'B',
    period: 'năm 2025',
    about: 'a yearly estimate column, abbreviated money measures (Tr.đ, trđ), TTHC for dịch vụ, "khoảng"',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Phường Cam Đường' } }],
  };
}

function tuyenHoa(): Layout {
  const file = 'Huyen Tuyen Hoa.xlsx';
  const s = sheet(file, 'BC');
  titleBlock(s, {
    issuer: ['UBND HUYỆN TUYÊN HÓA', ''],
    place: 'Tuyên Hóa, ngày 25 tháng 6 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024',
  });
  table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 5/2024', 'Tháng 6/2024', 'Kế hoạch năm 2024'],
    [
      ['1', 'Số trạm BTS', 'trạm', 92, 93, 100],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', 640, 702, 9000],
      ['3', 'Doanh thu dịch vụ bưu chính', 'triệu đồng', '410', '432,5', '5.000'],
    ],
  );
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Đinh Công Lý');
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'a half-year report with only month columns: no column fits the period',
    sheets: [{ sheet: s, expect: { kind: 'skipped', why: 'no_period_column' } }],
  };
}

function minhHoa(): Layout {
  const file = 'Minh Hoa 9T.xlsx';
  const s = sheet(file, 'Phu luc');
  s.line('BIỂU SỐ LIỆU CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2024', { span: 6, bold: true });
  s.line('(Kèm theo Báo cáo số 215/BC-UBND ngày 25/9/2024 của UBND huyện Minh Hóa)', { span: 6 });
  s.blank();
  const h = s.row(['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện', null, 'Ghi chú'], { bold: true });
  s.row([null, null, null, 'Trong quý III', 'Cộng dồn 9 tháng'], { bold: true });
  for (const c of [0, 1, 2, 5]) s.merge(h, c, h + 1, c);
  s.merge(h, 3, h, 4);
  const rows = [
    s.row(['1', 'Dân số', 'người', null, `54${NBSP}120`]),
    s.row(['2', 'Số trạm BTS', 'trạm', 2, '97 trạm']),
    s.row(['3', 'Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', 805, { f: `1650+D${s.next + 1}`, result: 2455 }]),
    s.row(['4', 'Số điểm phục vụ bưu chính', 'điểm', null, 'trên 30']),
    s.row(['5', 'Tỷ lệ hộ gia đình sử dụng Internet cáp quang', '%', null, '58.75']),
    s.row(['6', 'Số thuê bao điện thoại di động', 'thuê bao', null, 'khoảng 41.000']),
  ];
  s.expect(rows[0], 4, 'pop', 54120);
  s.expect(rows[1], 4, 'bts', 97);
  s.expect(rows[2], 4, 'dossiers', 2455);
  s.expect(rows[3], 4, 'post_points', 30, { estimate: true });
  s.expect(rows[4], 4, 'fibre_rate', 58.75);
  s.expect(rows[5], 4, 'mob', 41000, { estimate: true });
  return {
    file,
    catalog: 'A',
    period: '9 tháng năm 2024',
    about:
      'unit only in the annex line; quarter | cumulative 9 months; NBSP, measure after the figure, a formula, "trên", English decimal',
    sheets: [{ sheet: s, expect: { kind: 'report', unitPending: 'Huyện Minh Hóa' } }],
  };
}

function batXat(): Layout {
  const file = 'BC quy II-2025 Bat Xat.xlsx';
  const s = sheet(file, 'Quy II');
  titleBlock(s, {
    issuer: ['UBND XÃ BÁT XÁT', ''],
    place: 'Bát Xát, ngày 30 tháng 6 năm 2025',
    title: 'BÁO CÁO quý II năm 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý II/2025', '6 tháng đầu năm 2025', 'Ghi chú'],
    [
      ['1', 'Trạm BTS đang hoạt động', 'Trạm', 33, 33, null],
      ['2', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Bộ hồ sơ', '1.120', '2.045', null],
      ['3', 'Doanh thu bưu chính, chuyển phát', 'Nghìn đồng', '640.000', '1.210.000', null],
      ['4', 'Kinh phí thực hiện chuyển đổi số', 'Tỷ đồng', '0,35', '0,8', null],
      ['5', 'Tiền phạt vi phạm hành chính', 'VNĐ', '3.000.000', '5.500.000', null],
      ['6', 'Doanh thu viễn thông trên địa bàn', null, '4.870', '9.530', null],
    ],
  );
  s.expect(r[0], 3, 'B03', 33);
  s.expect(r[1], 3, 'B09', 1120);
  s.expect(r[2], 3, 'B05', 0.64);
  s.expect(r[3], 3, 'B08', 350_000_000);
  s.expect(r[4], 3, 'B07', 3);
  s.expect(r[5], 3, 'B06', null, { flagged: true });
  signature(s, 'TM. UBND XÃ', 'Lý Seo Chảo');
  return {
    file,
    catalog: 'B',
    period: 'quý II năm 2025',
    about:
      'a quarterly report takes the quarter; nghìn→tỷ, tỷ→đồng, VNĐ→triệu; a money figure with no magnitude anywhere is flagged',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Bát Xát' } }],
  };
}

function yTy(): Layout {
  const file = 'Xa Y Ty - 6 thang.xlsx';
  const s = sheet(file, 'So lieu');
  titleBlock(s, {
    issuer: ['UBND XÃ Y TÝ', ''],
    place: 'Y Tý, ngày 18 tháng 6 năm 2025',
    title: 'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2025',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Số liệu 6 tháng', 'Ghi chú'],
    [
      ['1', 'Doanh thu viễn thông trên địa bàn', 'ty dong', '2,4 ty', null],
      ['2', 'Doanh thu bưu chính, chuyển phát (triệu đồng)', 'Nghìn đồng', 150, null],
      ['3', 'Tiền phạt vi phạm hành chính', null, '4,5 triệu đồng', null],
      ['4', 'Kinh phí thực hiện chuyển đổi số', 'đ', '125.000.000', null],
      ['5', 'Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', null, { n: 48.5, fmt: '#,##0.0 "triệu"' }, null],
      ['6', 'Số hộ dân', 'Người', '2.150', null],
      ['7', 'Tổng dân số', 'Nhân khẩu', '9.870', null],
    ],
  );
  s.expect(r[0], 3, 'B06', 2400);
  s.expect(r[1], 3, 'B05', null, { flagged: true });
  s.expect(r[2], 3, 'B07', 4.5);
  s.expect(r[3], 3, 'B08', 125_000_000);
  s.expect(r[4], 3, 'B15', 48_500);
  s.expect(r[5], 3, 'B02', null, { flagged: true });
  s.expect(r[6], 3, 'B01', 9870);
  signature(s, 'TM. UBND XÃ', 'Chu Văn Dìn');
  const guide = sheet(file, 'Sheet2');
  guide.line('HƯỚNG DẪN ĐIỀN BIỂU', { span: 4, bold: true });
  guide.line('1. Ghi số liệu thực hiện 6 tháng vào cột (4).', { span: 4 });
  guide.line('2. Số tiền ghi theo đơn vị triệu đồng, ví dụ:', { span: 4 });
  table(
    guide,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Số liệu 6 tháng'],
    [
      ['1', 'Doanh thu viễn thông trên địa bàn', 'Triệu đồng', '1.250,5'],
      ['2', 'Tiền phạt vi phạm hành chính', 'Triệu đồng', '3,5'],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about:
      '"2,4 ty" under "ty dong" scaled once, label and ĐVT in conflict, magnitude in the cell and in the number format, households counted in persons, a guide under a plain sheet name',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Xã Y Tý' } },
      { sheet: guide, expect: { kind: 'skipped', why: 'guide' } },
    ],
  };
}

function saPa(): Layout {
  const file = 'PHUONG SA PA.xlsx';
  const s = sheet(file, 'Bieu 2');
  s.line('BIỂU 2: KINH PHÍ VÀ DOANH THU 6 THÁNG ĐẦU NĂM 2025', { span: 4, bold: true });
  s.blank();
  const r = table(
    s,
    ['STT', 'Nội dung', 'Kế hoạch (triệu đồng)', 'Thực hiện 6 tháng (triệu đồng)'],
    [
      ['1', 'Kinh phí thực hiện chuyển đổi số', 500, '215,6'],
      ['2', 'Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', 120, 60],
      ['3', 'Doanh thu bưu chính, chuyển phát', null, '1.450'],
    ],
  );
  s.expect(r[0], 3, 'B08', 215_600_000);
  s.expect(r[1], 3, 'B15', 60_000);
  s.expect(r[2], 3, 'B05', 1.45);
  const summary = sheet(file, 'TH');
  summary.line('TỔNG HỢP SỐ LIỆU CÁC TỔ DÂN PHỐ', { span: 6, bold: true });
  summary.blank();
  table(
    summary,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổ 1', 'Tổ 2', 'Tổ 3', 'Cộng'],
    [
      ['1', 'Số hộ dân', 'hộ'],
      ['2', 'Camera kết nối Trung tâm giám sát điều hành', 'camera'],
    ],
  );
  return {
    file,
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'magnitude in the column header to đồng, nghìn and tỷ; the unit only in the file name; an empty summary',
    sheets: [
      { sheet: s, expect: { kind: 'report', unitPending: 'Phường Sa Pa' } },
      { sheet: summary, expect: { kind: 'skipped', why: 'summary' } },
    ],
  };
}

function quangTrach(): Layout {
  const file = 'Huyen Quang Trach 2024.xlsx';
  const s = sheet(file, 'Nam 2024');
  titleBlock(s, {
    issuer: ['UBND HUYỆN QUẢNG TRẠCH', ''],
    place: 'Quảng Trạch, ngày 10 tháng 12 năm 2024',
    title: 'BÁO CÁO SỐ LIỆU NĂM 2024',
  });
  const r = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Thực hiện năm 2024', 'Tăng/giảm (%)'],
    [
      ['1', 'Dân số', 'người', '210.450', '212.980', '1,2'],
      ['2', 'Số trạm BTS', 'trạm', 240, 256, '6,7'],
      ['3', 'Doanh thu dịch vụ viễn thông, ĐVT: triệu đồng', null, '145.000', '152.300', '5'],
      ['4', 'Số tiền xử phạt vi phạm hành chính đã thu', 'tỷ đồng', '0,12', '0,095', '-20,8'],
      ['5', 'Số người được tập huấn kỹ năng số', 'Người', '2 150', '3 480', '61,9'],
      ['6', 'Số thủ tục hành chính cung cấp trực tuyến toàn trình', 'Dịch vụ', 210, 265, '26,2'],
    ],
  );
  s.expect(r[0], 4, 'pop', 212980);
  s.expect(r[1], 4, 'bts', 256);
  s.expect(r[2], 4, 'tel_rev', 152.3);
  s.expect(r[3], 4, 'fines', 95_000_000);
  s.expect(r[4], 4, 'trained', 3480);
  s.expect(r[5], 4, 'full_services', 265);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Võ Văn Hùng');
  const staff = sheet(file, 'Can bo phu trach');
  staff.hidden = true;
  table(
    staff,
    ['STT', 'Họ và tên', 'Chức vụ', 'Điện thoại', 'Email'],
    [
      [1, 'Võ Văn Hùng', 'Phó Chủ tịch', '0915000111', 'hungvv@quangtrach.gov.vn'],
      [2, 'Ngô Thị Lan', 'Chuyên viên', '0988000222', 'lannt@quangtrach.gov.vn'],
    ],
  );
  return {
    file,
    catalog: 'A',
    period: 'năm 2024',
    about:
      'last year | this year, "ĐVT: triệu đồng" in the label to tỷ, tỷ to đồng, spaces as thousands, dịch vụ for thủ tục, a hidden roster',
    sheets: [
      { sheet: s, expect: { kind: 'report', unit: 'Huyện Quảng Trạch' } },
      { sheet: staff, expect: { kind: 'skipped', why: 'roster' } },
    ],
  };
}

async function main(): Promise<void> {
  const layouts = [
    leThuy(),
    quangNinh(),
    boTrach(),
    tanLap(),
    muongBo(),
    camDuong(),
    tuyenHoa(),
    minhHoa(),
    batXat(),
    yTy(),
    saPa(),
    quangTrach(),
  ];
  const expected = await writeCorpus(OUT, layouts);
  const figures = expected.layouts
    .flatMap((l) => l.sheets)
    .reduce((n, s) => n + (s.kind === 'report' ? s.figures.length : 0), 0);
  process.stdout.write(`reading hold-out: ${layouts.length} layouts, ${figures} figures → ${OUT}\n`);
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
