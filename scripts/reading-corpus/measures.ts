/**
 * Reading corpus, measures: ĐVT written other ways than the catalog's measure (the same measure), real mismatches
 * (flagged, not counted), and money in all four magnitudes written in every place (ĐVT cell, label, column header,
 * table note, the cell itself, its number format), including conflicting and missing magnitudes.
 */
import { sheet, signature, table, titleBlock, type Cell, type Layout, type Sheet } from '../lib/reading-kit';
import type { CatalogName } from '../lib/reading-catalogs';

export function measureLayouts(): Layout[] {
  return [
    synonymsA(),
    synonymsB(),
    mismatchesB(),
    moneyColumnA1(),
    moneyColumnA2(),
    moneyColumnB(),
    moneyLabelA(),
    moneyCellB(),
    moneyFormatA(),
    moneyHeaderB(),
    moneyNoteB(),
    conflictsA(),
    headerAndColumnB(),
    unknownMagnitudeA(),
    reportedBugsA(),
    countMagnitudeA(),
  ];
}

type Row = [
  label: string,
  measure: string | null,
  value: Cell,
  id: string,
  expected: number | null,
  marks?: { flagged?: boolean },
];

/** A one-unit report with a ĐVT column and one result column, its figures expected as given. */
function report(o: {
  file: string;
  sheetName?: string;
  issuer: string;
  unit: string;
  catalog: CatalogName;
  period: string;
  about: string;
  rows: Row[];
  measureColumn?: boolean;
  header?: string;
}): Layout {
  const s = sheet(o.file, o.sheetName ?? 'Bao cao');
  titleBlock(s, { issuer: [o.issuer, ''], title: `BÁO CÁO SỐ LIỆU ${o.period.toUpperCase()}` });
  writeRows(s, o.rows, o.measureColumn ?? true, o.header ?? `Thực hiện ${o.period}`);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Nguyễn Văn An');
  return {
    file: o.file,
    catalog: o.catalog,
    period: o.period,
    about: o.about,
    sheets: [{ sheet: s, expect: { kind: 'report', unit: o.unit } }],
  };
}

function writeRows(s: Sheet, rows: Row[], measureColumn: boolean, header: string): void {
  const head = measureColumn ? ['STT', 'Chỉ tiêu', 'ĐVT', header, 'Ghi chú'] : ['STT', 'Chỉ tiêu', header, 'Ghi chú'];
  const at = table(
    s,
    head,
    rows.map(([label, measure, value], i) =>
      measureColumn ? [String(i + 1), label, measure, value] : [String(i + 1), label, value],
    ),
  );
  rows.forEach(([, , , id, expected, marks], i) => s.expect(at[i], measureColumn ? 3 : 2, id, expected, marks));
}

const H1_2024 = '6 tháng đầu năm 2024';
const H1_2025 = '6 tháng đầu năm 2025';

function synonymsA(): Layout {
  return report({
    file: 'Huyen Le Thuy - DVT.xlsx',
    issuer: 'UBND HUYỆN LỆ THỦY',
    unit: 'Huyện Lệ Thủy',
    catalog: 'A',
    period: H1_2024,
    about: 'ĐVT synonyms: TB, Thuê bao/100 dân số, Chiếc, Đợt, HS, Lượt người, Hộ gia đình, TTHC',
    rows: [
      ['Số thuê bao điện thoại di động', 'TB', '112.480', 'mob', 112480],
      ['Mật độ thuê bao di động', 'Thuê bao/100 dân số', '78,9', 'dens', 78.9],
      ['Số camera giám sát an ninh', 'Chiếc', 46, 'cameras', 46],
      ['Số cuộc thanh tra, kiểm tra', 'Đợt', 3, 'inspections', 3],
      ['Số hồ sơ tiếp nhận trực tuyến', 'HS', '5.604', 'dossiers', 5604],
      ['Số người được tập huấn kỹ năng số', 'Lượt người', '1.350', 'trained', 1350],
      ['Tổng số hộ gia đình', 'Hộ gia đình', '39.870', 'hh', 39870],
      ['Số thủ tục hành chính cung cấp trực tuyến toàn trình', 'TTHC', 186, 'full_services', 186],
    ],
  });
}

function synonymsB(): Layout {
  return report({
    file: 'Xa Huong Phung - DVT.xlsx',
    issuer: 'UBND XÃ HƯỚNG PHÙNG',
    unit: 'Xã Hướng Phùng',
    catalog: 'B',
    period: H1_2025,
    about: 'ĐVT synonyms: Máy/100 dân, HGĐ, Người dân, Hội nghị, Thủ tục, Cái, Lượt, Hồ sơ TTHC',
    rows: [
      ['Mật độ điện thoại di động', 'Máy/100 dân', '84,6', 'B04', 84.6],
      ['Số hộ dân', 'HGĐ', '2.318', 'B02', 2318],
      ['Tổng dân số', 'Người dân', '10.245', 'B01', 10245],
      ['Hội nghị trực tuyến đã tổ chức', 'Hội nghị', 9, 'B10', 9],
      ['Dịch vụ công trực tuyến toàn trình', 'Thủ tục', 142, 'B11', 142],
      ['Camera kết nối Trung tâm giám sát điều hành', 'Cái', 22, 'B12', 22],
      ['Lượt người tham gia tập huấn chuyển đổi số', 'Lượt', 615, 'B14', 615],
      ['Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ TTHC', 894, 'B09', 894],
    ],
  });
}

function mismatchesB(): Layout {
  return report({
    file: 'Xa A Doi.xlsx',
    issuer: 'UBND XÃ A DƠI',
    unit: 'Xã A Dơi',
    catalog: 'B',
    period: H1_2025,
    about: 'real mismatches (persons counted in households, a count in %, a rate in households): flagged, not counted',
    rows: [
      ['Tổng dân số', 'Hộ', '1.905', 'B01', null, { flagged: true }],
      ['Trạm BTS đang hoạt động', '%', 35, 'B03', null, { flagged: true }],
      ['Tỷ lệ hộ có cáp quang', 'Hộ', 812, 'B13', null, { flagged: true }],
      ['Số hộ dân', 'hộ', '1.540', 'B02', 1540],
    ],
  });
}

function moneyColumnA1(): Layout {
  return report({
    file: 'Huyen Cam Lo - tai chinh.xlsx',
    issuer: 'UBND HUYỆN CAM LỘ',
    unit: 'Huyện Cam Lộ',
    catalog: 'A',
    period: H1_2024,
    about: 'money ĐVT: Tr.đồng, Triệu đồng → tỷ, Ngàn đồng → đồng, 1000đ',
    rows: [
      ['Doanh thu dịch vụ bưu chính', 'Tr.đồng', '2.340,5', 'post_rev', 2340.5],
      ['Doanh thu dịch vụ viễn thông', 'Triệu đồng', '18.650', 'tel_rev', 18.65],
      ['Số tiền xử phạt vi phạm hành chính đã thu', 'Ngàn đồng', '3.250', 'fines', 3_250_000],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin', '1000đ', '845.000', 'it_budget', 845_000],
    ],
  });
}

function moneyColumnA2(): Layout {
  return report({
    file: 'Huyen Gio Linh - tai chinh.xlsx',
    issuer: 'UBND HUYỆN GIO LINH',
    unit: 'Huyện Gio Linh',
    catalog: 'A',
    period: H1_2024,
    about: 'money ĐVT: 1.000 đồng → triệu, Tỉ đồng, VND, Tỷ đồng → nghìn',
    rows: [
      ['Doanh thu dịch vụ bưu chính', '1.000 đồng', '1.250.000', 'post_rev', 1250],
      ['Doanh thu dịch vụ viễn thông', 'Tỉ đồng', '22,4', 'tel_rev', 22.4],
      ['Số tiền xử phạt vi phạm hành chính đã thu', 'VND', '8.500.000', 'fines', 8_500_000],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin', 'Tỷ đồng', '1,2', 'it_budget', 1_200_000],
    ],
  });
}

function moneyColumnB(): Layout {
  return report({
    file: 'Xa Huong Lap - tai chinh.xlsx',
    issuer: 'UBND XÃ HƯỚNG LẬP',
    unit: 'Xã Hướng Lập',
    catalog: 'B',
    period: H1_2025,
    about: 'money ĐVT: bare Triệu → tỷ, Nghìn đồng → triệu, Đồng → triệu, Triệu đồng → đồng, tr.đ → nghìn',
    rows: [
      ['Doanh thu bưu chính, chuyển phát', 'Triệu', '3.450', 'B05', 3.45],
      ['Doanh thu viễn thông trên địa bàn', 'Nghìn đồng', '12.500.000', 'B06', 12_500],
      ['Tiền phạt vi phạm hành chính', 'Đồng', '6.000.000', 'B07', 6],
      ['Kinh phí thực hiện chuyển đổi số', 'Triệu đồng', 450, 'B08', 450_000_000],
      ['Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', 'tr.đ', 85, 'B15', 85_000],
    ],
  });
}

function moneyLabelA(): Layout {
  return report({
    file: 'Huyen Hai Lang - kinh phi.xlsx',
    issuer: 'UBND HUYỆN HẢI LĂNG',
    unit: 'Huyện Hải Lăng',
    catalog: 'A',
    period: H1_2024,
    measureColumn: false,
    about: 'money in the label: (tỷ đồng), (nghìn đồng), (ĐVT: triệu đồng), "- ĐVT: đồng"',
    rows: [
      ['Doanh thu dịch vụ bưu chính (tỷ đồng)', null, '1,35', 'post_rev', 1350],
      ['Số tiền phạt đã thu (nghìn đồng)', null, '9.600', 'fines', 9_600_000],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin (ĐVT: triệu đồng)', null, 640, 'it_budget', 640_000],
      ['Doanh thu dịch vụ viễn thông - ĐVT: đồng', null, '15.250.000.000', 'tel_rev', 15.25],
      ['Số trạm BTS (trạm)', null, 45, 'bts', 45],
    ],
  });
}

function moneyCellB(): Layout {
  return report({
    file: 'Xa Tan Thanh - kinh phi.xlsx',
    issuer: 'UBND XÃ TÂN THÀNH',
    unit: 'Xã Tân Thành',
    catalog: 'B',
    period: H1_2025,
    measureColumn: false,
    about: 'money in the cell: "1,2 tỷ", "850 triệu", "12.500.000 đồng", "3 tỷ 200 triệu", "450 nghìn đồng"',
    rows: [
      ['Doanh thu bưu chính, chuyển phát', null, '1,2 tỷ', 'B05', 1.2],
      ['Doanh thu viễn thông trên địa bàn', null, '850 triệu', 'B06', 850],
      ['Tiền phạt vi phạm hành chính', null, '12.500.000 đồng', 'B07', 12.5],
      ['Kinh phí thực hiện chuyển đổi số', null, '3 tỷ 200 triệu', 'B08', 3_200_000_000],
      ['Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', null, '450 nghìn đồng', 'B15', 450],
    ],
  });
}

function moneyFormatA(): Layout {
  return report({
    file: 'Huyen Dakrong - dinh dang.xlsx',
    issuer: 'UBND HUYỆN ĐAKRÔNG',
    unit: 'Huyện Đakrông',
    catalog: 'A',
    period: H1_2024,
    measureColumn: false,
    about: 'money in the number format: "tr.đ", millions shown by ",," with "tr", "triệu", "đ"',
    rows: [
      ['Doanh thu dịch vụ bưu chính', null, { n: 2150.5, fmt: '#,##0.0 "tr.đ"' }, 'post_rev', 2150.5],
      ['Doanh thu dịch vụ viễn thông', null, { n: 1_234_500_000, fmt: '#,##0.0,," tr"' }, 'tel_rev', 1.2345],
      ['Số tiền xử phạt vi phạm hành chính đã thu', null, { n: 7.5, fmt: '0.0 "triệu"' }, 'fines', 7_500_000],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin', null, { n: 3_200_000, fmt: '#,##0 "đ"' }, 'it_budget', 3200],
    ],
  });
}

function moneyHeaderB(): Layout {
  return report({
    file: 'Phuong Dong Luong - kinh phi.xlsx',
    issuer: 'UBND PHƯỜNG ĐÔNG LƯƠNG',
    unit: 'Phường Đông Lương',
    catalog: 'B',
    period: H1_2025,
    measureColumn: false,
    header: 'Thực hiện 6 tháng đầu năm 2025 (ĐVT: tỷ đồng)',
    about: 'money in the column header "(ĐVT: tỷ đồng)" to tỷ, triệu, đồng and nghìn',
    rows: [
      ['Doanh thu bưu chính, chuyển phát', null, '0,85', 'B05', 0.85],
      ['Doanh thu viễn thông trên địa bàn', null, '12,6', 'B06', 12_600],
      ['Kinh phí thực hiện chuyển đổi số', null, '0,45', 'B08', 450_000_000],
      ['Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', null, '0,2', 'B15', 200_000],
    ],
  });
}

function moneyNoteB(): Layout {
  const file = 'Xa Cam Tuyen - kinh phi.xlsx';
  const s = sheet(file, 'Bieu 2');
  titleBlock(s, { issuer: ['UBND XÃ CAM TUYỀN', ''], title: 'BIỂU 02: KINH PHÍ, DOANH THU 6 THÁNG ĐẦU NĂM 2025' });
  s.put(s.next, 3, '(Đơn vị tính: nghìn đồng)');
  s.next += 1;
  const r = table(
    s,
    ['STT', 'Nội dung', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng', 'Ghi chú'],
    [
      ['1', 'Doanh thu bưu chính, chuyển phát', '2.500.000', '1.250.000'],
      ['2', 'Doanh thu viễn thông trên địa bàn', '16.000.000', '8.400.000'],
      ['3', 'Tiền phạt vi phạm hành chính', null, '2.500'],
      ['4', 'Kinh phí thực hiện chuyển đổi số', '200.000', '95.000'],
      ['5', 'Giá trị hợp đồng thuê dịch vụ công nghệ thông tin', '96.000', '48.000'],
    ],
  );
  s.expect(r[0], 3, 'B05', 1.25);
  s.expect(r[1], 3, 'B06', 8400);
  s.expect(r[2], 3, 'B07', 2.5);
  s.expect(r[3], 3, 'B08', 95_000_000);
  s.expect(r[4], 3, 'B15', 48_000);
  signature(s, 'TM. UBND XÃ', 'Trương Văn Tuyền');
  return {
    file,
    catalog: 'B',
    period: H1_2025,
    about: 'a table note "(Đơn vị tính: nghìn đồng)" to tỷ, triệu, đồng and nghìn',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Xã Cam Tuyền' } }],
  };
}

function conflictsA(): Layout {
  return report({
    file: 'Huyen Vinh Linh - mau thuan.xlsx',
    issuer: 'UBND HUYỆN VĨNH LINH',
    unit: 'Huyện Vĩnh Linh',
    catalog: 'A',
    period: H1_2024,
    about: "label against ĐVT, format against ĐVT (flagged, not counted); the cell's own words decide over the ĐVT",
    rows: [
      ['Doanh thu dịch vụ bưu chính (tỷ đồng)', 'triệu đồng', '2,1', 'post_rev', null, { flagged: true }],
      [
        'Số tiền xử phạt vi phạm hành chính đã thu',
        'đồng',
        { n: 5, fmt: '0 "triệu"' },
        'fines',
        null,
        { flagged: true },
      ],
      ['Doanh thu dịch vụ viễn thông', 'tỷ đồng', '1.500 triệu', 'tel_rev', 1.5],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin', 'nghìn đồng', '520.000', 'it_budget', 520_000],
    ],
  });
}

function headerAndColumnB(): Layout {
  return report({
    file: 'Xa Dakrong - hai nguon.xlsx',
    issuer: 'UBND XÃ ĐAKRÔNG',
    unit: 'Xã Đakrông',
    catalog: 'B',
    period: H1_2025,
    header: 'Thực hiện 6 tháng (triệu đồng)',
    about:
      'a column header in triệu đồng over a ĐVT column: agreeing rows read once, a row in tỷ flagged, a count row untouched',
    rows: [
      ['Doanh thu viễn thông trên địa bàn', 'Triệu đồng', '5.200', 'B06', 5200],
      ['Doanh thu bưu chính, chuyển phát', 'Tỷ đồng', '1,1', 'B05', null, { flagged: true }],
      ['Trạm BTS đang hoạt động', 'Trạm', 14, 'B03', 14],
    ],
  });
}

function unknownMagnitudeA(): Layout {
  return report({
    file: 'Huyen Huong Hoa - thieu DVT.xlsx',
    issuer: 'UBND HUYỆN HƯỚNG HÓA',
    unit: 'Huyện Hướng Hóa',
    catalog: 'A',
    period: H1_2024,
    about: 'money with no magnitude anywhere is flagged and not counted; a bare "Tỷ" is money in tỷ; counts need none',
    rows: [
      ['Doanh thu dịch vụ bưu chính', null, '1.250', 'post_rev', null, { flagged: true }],
      ['Số tiền xử phạt vi phạm hành chính đã thu', null, 15, 'fines', null, { flagged: true }],
      ['Doanh thu dịch vụ viễn thông', 'Tỷ', '3,4', 'tel_rev', 3.4],
      ['Số trạm BTS', null, 88, 'bts', 88],
    ],
  });
}

function reportedBugsA(): Layout {
  return report({
    file: 'Huyen Trieu Phong - doanh thu.xlsx',
    issuer: 'UBND HUYỆN TRIỆU PHONG',
    unit: 'Huyện Triệu Phong',
    catalog: 'A',
    period: H1_2024,
    about:
      'the two reported bugs: "106,7 ty" under "ty dong" (scaled once), "(triệu đồng)" in the label of a đồng indicator',
    rows: [
      ['Doanh thu dịch vụ viễn thông', 'ty dong', '106,7 ty', 'tel_rev', 106.7],
      ['Số tiền phạt đã thu (triệu đồng)', null, '26,9', 'fines', 26_900_000],
      ['Doanh thu dịch vụ bưu chính', 'triệu đồng', '850 triệu', 'post_rev', 850],
      ['Kinh phí chi cho ứng dụng công nghệ thông tin', 'Tỷ đồng', '1,5 tỷ đồng', 'it_budget', 1_500_000],
    ],
  });
}

function countMagnitudeA(): Layout {
  return report({
    file: 'Huyen Do Linh - nghin.xlsx',
    issuer: 'UBND HUYỆN DO LINH',
    unit: 'Huyện Do Linh',
    catalog: 'A',
    period: H1_2024,
    about: 'counts in thousands: "Nghìn người", "Nghìn thuê bao"',
    rows: [
      ['Dân số', 'Nghìn người', '54,2', 'pop', 54_200],
      ['Số thuê bao điện thoại di động', 'Nghìn thuê bao', '68,5', 'mob', 68_500],
      ['Tổng số hộ gia đình', 'hộ', '12.300', 'hh', 12_300],
    ],
  });
}
