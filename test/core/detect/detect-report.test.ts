import { detectReport } from '../../../src/core/detect';
import type { DetectResult, UnitReport } from '../../../src/core/model';
import { encodeTcvn3, encodeVni } from '../../../src/core/text';
import { SIGNATURE, TITLE_BU_DOP, grid } from './grids';

function report(result: DetectResult): UnitReport {
  if (result.kind !== 'report') throw new Error(`expected a report, got not_report: ${result.reason}`);
  return result.report;
}

const labelsAndValues = (r: UnitReport) => r.rows.map((row) => [row.label, row.raw]);

describe('detectReport on a full district report', () => {
  const sheet = grid(
    [
      ...TITLE_BU_DOP,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2022', 'Thực hiện 6 tháng', 'Tỷ lệ đạt (%)', 'Ghi chú'],
      ['1', '2', '3', '4', '5', '6=5/4', '7'],
      ['I', 'BƯU CHÍNH', null, null, null, null, null],
      [1, 'Số điểm phục vụ bưu chính', 'điểm', 20, 18, 90, null],
      [2, 'Sản lượng bưu gửi', 'bưu gửi', '300.000', '297.514', 99.2, null],
      ['II', 'VIỄN THÔNG', null, null, null, null, null],
      [1, 'Số trạm BTS', 'trạm', 120, 123, 102.5, null],
      [2, 'Tỷ lệ người dân dùng điện thoại thông minh', '%', 80, 0.752, 94, null],
      [3, 'Số thuê bao Internet cáp quang', 'thuê bao', 5000, null, null, 'Chưa có số liệu'],
      [null],
      ['Ghi chú: số liệu tính đến ngày 15/6/2022'],
      ...SIGNATURE,
    ],
    { name: 'Bu Dop', file: 'bu_dop.xlsx', numberFormats: [] },
  );
  sheet.numberFormats![14] = [null, null, null, null, '0.0%'];
  const r = report(detectReport(sheet));

  test('takes the unit from the title block, not the department or the national motto', () => {
    expect(r.unit).toBe('Huyện Bù Đốp');
    expect(r.unitEvidence).toEqual({ from: 'title', text: 'UBND HUYỆN BÙ ĐỐP' });
  });

  test('takes the period from the report title, not from the date line', () => {
    expect(r.period).toBe('6 tháng đầu năm 2022');
  });

  test('reads the Thực hiện column, never Kế hoạch or Tỷ lệ đạt', () => {
    expect(r.layout).toMatchObject({
      headerRow: 7,
      labelCol: 1,
      valueCol: 4,
      measureCol: 2,
      valueHeader: 'Thực hiện 6 tháng',
      numberStyle: 'vi',
    });
  });

  test('keeps indicator rows, with sections, and skips the column-number row, the note and the signature', () => {
    expect(labelsAndValues(r)).toEqual([
      ['Số điểm phục vụ bưu chính', 18],
      ['Sản lượng bưu gửi', '297.514'],
      ['Số trạm BTS', 123],
      ['Tỷ lệ người dân dùng điện thoại thông minh', 0.752],
      ['Số thuê bao Internet cáp quang', null],
    ]);
    expect(r.rows.map((row) => row.section)).toEqual([
      'BƯU CHÍNH',
      'BƯU CHÍNH',
      'VIỄN THÔNG',
      'VIỄN THÔNG',
      'VIỄN THÔNG',
    ]);
  });

  test('points every figure at its cell, with measure and number format', () => {
    expect(r.rows[0]).toMatchObject({
      labelCell: { file: 'bu_dop.xlsx', sheet: 'Bu Dop', address: 'B11' },
      valueCell: { file: 'bu_dop.xlsx', sheet: 'Bu Dop', address: 'E11' },
      measure: 'điểm',
    });
    expect(r.rows[3]).toMatchObject({ numberFormat: '0.0%', valueCell: { address: 'E15' } });
  });
});

describe('detectReport chooses the current period column', () => {
  test.each([
    ['two years side by side', ['Chỉ tiêu', 'ĐVT', 'Năm 2021', 'Năm 2022'], 'Năm 2022'],
    ['same period last year and this period', ['Nội dung', 'ĐVT', 'Cùng kỳ', 'Kỳ này'], 'Kỳ này'],
    ['plan, result and comparison', ['Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Kết quả', 'So sánh (%)'], 'Kết quả'],
    ['a result to date after the plan', ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm', 'Lũy kế đến 30/6'], 'Lũy kế đến 30/6'],
    [
      'an estimate beside the result',
      ['Nội dung', 'ĐVT', 'Thực hiện 6 tháng đầu năm 2022', 'Ước thực hiện năm 2022'],
      'Thực hiện 6 tháng đầu năm 2022',
    ],
    ['a result before the plan', ['Chỉ tiêu', 'ĐVT', 'Số liệu', 'Chỉ tiêu giao'], 'Số liệu'],
  ])('%s → "%s"', (_case, headerRow, chosen) => {
    const r = report(
      detectReport(
        grid([headerRow, ['Số trạm BTS', 'trạm', 110, 123, 98], ['Số điểm Bưu điện văn hóa xã', 'điểm', 10, 12, 97]]),
      ),
    );
    expect(r.layout.valueHeader).toBe(chosen);
    expect(r.layout.valueCol).toBe(headerRow.indexOf(chosen));
  });

  test('prefers the column whose period is the one in the title', () => {
    const r = report(
      detectReport(
        grid([
          ['BÁO CÁO SỐ LIỆU NĂM 2021'],
          ['Chỉ tiêu', 'ĐVT', 'Năm 2021', 'Năm 2022 (dự kiến)'],
          ['Số trạm BTS', 'trạm', 118, 125],
          ['Số thuê bao di động', 'thuê bao', '91.000', '95.000'],
        ]),
      ),
    );
    expect(r.layout.valueHeader).toBe('Năm 2021');
    expect(r.rows.map((row) => row.raw)).toEqual([118, '91.000']);
  });

  test('reads a two-row header where a year spans Kế hoạch and Thực hiện', () => {
    const r = report(
      detectReport(
        grid(
          [
            ['ỦY BAN NHÂN DÂN XÃ TÂN TIẾN'],
            ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2022'],
            ['STT', 'Nội dung', 'ĐVT', 'Năm 2022', null, 'Ghi chú'],
            [null, null, null, 'Kế hoạch', 'Thực hiện', null],
            ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
            ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 50, '62,5', null],
            ['2', 'Số hộ gia đình có cáp quang', 'hộ', 800, 845, null],
          ],
          {
            merges: [
              { top: 2, left: 3, bottom: 2, right: 4 },
              { top: 2, left: 0, bottom: 3, right: 0 },
              { top: 2, left: 1, bottom: 3, right: 1 },
            ],
          },
        ),
      ),
    );
    expect(r.layout).toMatchObject({ headerRow: 2, valueCol: 4, valueHeader: 'Năm 2022 Thực hiện', measureCol: 2 });
    expect(labelsAndValues(r)).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', '62,5'],
      ['Số hộ gia đình có cáp quang', 845],
    ]);
    expect(r.unit).toBe('Xã Tân Tiến');
    expect(r.period).toBe('năm 2022');
  });

  test('reads the same two-row header without merge information', () => {
    const r = report(
      detectReport(
        grid([
          ['STT', 'Nội dung', 'ĐVT', 'Năm 2022', null],
          [null, null, null, 'Kế hoạch', 'Thực hiện'],
          ['1', 'Số trạm BTS', 'trạm', 120, 123],
          ['2', 'Số thuê bao Internet', 'thuê bao', 900, 950],
        ]),
      ),
    );
    expect(r.layout.valueCol).toBe(4);
  });

  test('refuses to guess between two equal result columns', () => {
    const result = detectReport(
      grid([
        ['Chỉ tiêu', 'Thực hiện', 'Thực hiện'],
        ['Số trạm BTS', 1, 2],
        ['Số thuê bao', 3, 4],
      ]),
    );
    expect(result).toMatchObject({ kind: 'not_report' });
    expect(result.kind === 'not_report' && result.reason).toMatch(/ngang nhau/);
  });
});

describe('detectReport on sheets without a header', () => {
  test('takes the figure column next to the labels', () => {
    const r = report(
      detectReport(
        grid([
          ['Số điểm phục vụ bưu chính', 42],
          ['Số trạm BTS', 123],
          ['Tỷ lệ dân số trưởng thành có điện thoại thông minh', '75,2%'],
        ]),
      ),
    );
    expect(r.layout).toMatchObject({ headerRow: null, labelCol: 0, valueCol: 1, measureCol: null, valueHeader: null });
    expect(r.rows).toHaveLength(3);
  });

  test('skips the measure column between labels and figures', () => {
    const r = report(
      detectReport(
        grid([
          ['Số điểm phục vụ bưu chính', 'điểm', 42],
          ['Số trạm BTS', 'trạm', 123],
          ['Số thuê bao băng rộng cố định', 'thuê bao', '12.500'],
        ]),
      ),
    );
    expect(r.layout).toMatchObject({ valueCol: 2, measureCol: 1 });
    expect(r.rows.map((row) => row.measure)).toEqual(['điểm', 'trạm', 'thuê bao']);
  });

  test('notices English-style numbers', () => {
    const r = report(
      detectReport(
        grid([
          ['Chỉ tiêu', 'Số liệu'],
          ['Sản lượng bưu gửi', '297,514'],
          ['Số thuê bao di động', '1,250,300'],
          ['Doanh thu (tỷ đồng)', '16.25'],
        ]),
      ),
    );
    expect(r.layout.numberStyle).toBe('en');
    expect(r.notes.join(' ')).toMatch(/kiểu Anh/);
  });
});

describe('detectReport decodes legacy fonts', () => {
  test('a TCVN3 sheet typed in .VnTime / .VnTimeH reads as Unicode, with a note', () => {
    const rows = [
      ['UBND huyÖn léc ninh', null],
      ['B¸o c¸o kÕt qu¶ 6 th¸ng ®Çu n¨m 2022', null],
      ['Néi dung', 'Thùc hiÖn'],
      ['Sè ®iÓm phôc vô b\u00adu chÝnh', 35],
      ['Sè tr¹m BTS', 140],
    ];
    const fonts = [
      ['.VnTimeH', null],
      ['.VnTime', null],
      ['.VnTime', '.VnTime'],
      ['.VnTime', null],
      ['.VnTime', null],
    ];
    const r = report(detectReport(grid(rows, { fonts })));
    expect(r.rows.map((row) => row.label)).toEqual(['Số điểm phục vụ bưu chính', 'Số trạm BTS']);
    expect(r.unit).toBe('Huyện Lộc Ninh');
    expect(r.period).toBe('6 tháng đầu năm 2022');
    expect(r.notes).toContain('Đã chuyển mã TCVN3 → Unicode.');
  });

  test('plain ASCII in an all-capitals .VnTimeH cell reads in capitals, as Excel shows it', () => {
    const rows = [
      ['UBND HUYEN LOC NINH', null],
      ['BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2022', null],
      ['Chỉ tiêu', 'Thực hiện'],
      ['So tram BTS', 140],
      ['Số điểm phục vụ bưu chính', 35],
    ];
    const fonts = [
      [null, null],
      [null, null],
      [null, null],
      ['.VnTimeH', null],
      [null, null],
    ];
    const r = report(detectReport(grid(rows, { fonts })));
    expect(r.rows.map((row) => row.label)).toEqual(['SO TRAM BTS', 'Số điểm phục vụ bưu chính']);
  });

  test('encodeTcvn3 round trip: a sheet encoded from real text decodes back', () => {
    const labels = ['Số hồ sơ trực tuyến mức độ 4', 'Tỷ lệ thuê bao điện thoại thông minh'];
    const r = report(
      detectReport(
        grid([[encodeTcvn3('Chỉ tiêu'), encodeTcvn3('Kết quả')], ...labels.map((l, i) => [encodeTcvn3(l), i + 10])], {
          fonts: [
            ['.VnTime', '.VnTime'],
            ['.VnTime', null],
            ['.VnTime', null],
          ],
        }),
      ),
    );
    expect(r.rows.map((row) => row.label)).toEqual(labels);
  });
});

describe('detectReport reports what a reader should know', () => {
  test('a hidden sheet and hidden rows are noted and flagged', () => {
    const r = report(
      detectReport(
        grid(
          [
            ['Chỉ tiêu', 'Kết quả'],
            ['Số trạm BTS', 123],
            ['Số điểm bưu điện văn hóa xã', 9],
          ],
          { hidden: true, hiddenRows: [2] },
        ),
      ),
    );
    expect(r.rows.map((row) => row.hidden ?? false)).toEqual([false, true]);
    expect(r.notes.join(' ')).toMatch(/bị ẩn trong tệp/);
    expect(r.notes.join(' ')).toMatch(/1 dòng chỉ tiêu bị ẩn \(A3\)/);
  });

  test('addresses follow the grid origin', () => {
    const r = report(
      detectReport(
        grid(
          [
            ['Chỉ tiêu', 'Kết quả'],
            ['Số trạm BTS', 123],
            ['Số thuê bao', 9],
          ],
          { origin: { row: 4, col: 2 } },
        ),
      ),
    );
    expect(r.rows[0].valueCell.address).toBe('D6');
  });

  test('a merged section title spread across the row is a section, not a figure', () => {
    const r = report(
      detectReport(
        grid(
          [
            ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
            ['A', 'Bưu chính', null, null],
            ['1', 'Số điểm phục vụ', 'điểm', 12],
            ['2', 'Số bưu cục', 'bưu cục', 3],
          ],
          { merges: [{ top: 1, left: 1, bottom: 1, right: 3 }] },
        ),
      ),
    );
    expect(r.rows.map((row) => [row.label, row.section])).toEqual([
      ['Số điểm phục vụ', 'Bưu chính'],
      ['Số bưu cục', 'Bưu chính'],
    ]);
  });

  test('a parent row over sub-items is a section, but an indicator with its measure and no figure stays', () => {
    const r = report(
      detectReport(
        grid([
          ['Nội dung', 'ĐVT', 'Kết quả'],
          ['1. Dịch vụ công trực tuyến', null, null],
          ['a) Mức độ 3', 'dịch vụ', 120],
          ['b) Mức độ 4', 'dịch vụ', 85],
          ['2. Số camera giám sát IOC', 'camera', null],
          ['3. Số cuộc thanh tra, kiểm tra', 'cuộc', 4],
        ]),
      ),
    );
    expect(labelsAndValues(r)).toEqual([
      ['a) Mức độ 3', 120],
      ['b) Mức độ 4', 85],
      ['2. Số camera giám sát IOC', null],
      ['3. Số cuộc thanh tra, kiểm tra', 4],
    ]);
    expect(r.rows[0].section).toBe('1. Dịch vụ công trực tuyến');
  });
});

describe('detectReport turns away sheets that are not reports', () => {
  test.each([
    ['an empty sheet', grid([]), /trống/],
    [
      'a sheet of blank cells',
      grid([
        [null, ''],
        ['  ', null],
      ]),
      /trống/,
    ],
    [
      'an instructions sheet',
      grid([['Hướng dẫn'], ['1. Cột Thực hiện ghi số liệu 6 tháng']], { name: 'Hướng dẫn' }),
      /hướng dẫn/,
    ],
    [
      'a list of units',
      grid(
        [
          ['STT', 'Tên đơn vị', 'Ghi chú'],
          [1, 'Huyện Bù Đốp', null],
          [2, 'Huyện Lộc Ninh', null],
          [3, 'Thị xã Phước Long', null],
        ],
        { name: 'Đơn vị' },
      ),
      /./,
    ],
    [
      'a sheet of prose',
      grid([
        [
          'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2022 của UBND tỉnh về chuyển đổi số, các đơn vị báo cáo kết quả trước ngày 20/6.',
        ],
        [
          'Đề nghị các đơn vị nghiêm túc thực hiện, gửi báo cáo về Sở Thông tin và Truyền thông đúng thời hạn quy định.',
        ],
      ]),
      /văn bản|không tìm thấy/i,
    ],
  ])('%s', (_case, sheet, reason) => {
    const result = detectReport(sheet);
    expect(result.kind).toBe('not_report');
    expect(result.kind === 'not_report' && result.reason).toMatch(reason);
  });
});

describe('detectReport on more office layouts', () => {
  test('a commune title over two rows, "Đơn vị" as measure header, and a signature in the label column', () => {
    const r = report(
      detectReport(
        grid([
          ['ỦY BAN NHÂN DÂN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
          ['XÃ TÂN TIẾN', null, null, 'Độc lập - Tự do - Hạnh phúc'],
          ['BIỂU SỐ LIỆU QUÝ II/2023'],
          ['STT', 'Chỉ tiêu', 'Đơn vị', 'Số liệu'],
          ['1', 'Số hồ sơ TTHC tiếp nhận qua BCCI', 'hồ sơ', 245],
          ['2', 'Số camera an ninh', 'cái', null],
          ['Người lập biểu', null, null, 'CHỦ TỊCH'],
          ['Trần Thị Bình', null, null, 'Lê Văn Cường'],
        ]),
      ),
    );
    expect(r).toMatchObject({ unit: 'Xã Tân Tiến', period: 'quý II/2023', layout: { measureCol: 2, valueCol: 3 } });
    expect(labelsAndValues(r)).toEqual([
      ['Số hồ sơ TTHC tiếp nhận qua BCCI', 245],
      ['Số camera an ninh', null],
    ]);
  });

  test('"Kết quả thực hiện" merged over the years picks the latest, not the comparison', () => {
    const r = report(
      detectReport(
        grid(
          [
            ['Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện', null, null],
            [null, null, 'Năm 2021', '6 tháng 2022', 'So sánh'],
            ['Số trạm BTS', 'trạm', 100, 110, 110],
            ['Số thuê bao di động', 'thuê bao', '80.000', '91.000', 113.7],
          ],
          {
            name: 'TP. Đồng Xoài',
            merges: [
              { top: 0, left: 2, bottom: 0, right: 4 },
              { top: 0, left: 0, bottom: 1, right: 0 },
            ],
          },
        ),
      ),
    );
    expect(r.layout).toMatchObject({ valueCol: 3, valueHeader: 'Kết quả thực hiện 6 tháng 2022' });
    expect(r).toMatchObject({
      unit: 'Thành phố Đồng Xoài',
      unitEvidence: { from: 'sheet' },
      period: '6 tháng đầu năm 2022',
    });
  });

  test('a title block over a sheet without header: the table starts at the first label with a figure', () => {
    const r = report(
      detectReport(
        grid([
          ['UBND XÃ TÂN TIẾN'],
          ['BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2022'],
          [null],
          ['Số trạm BTS', 12],
          ['Số điểm phục vụ bưu chính', 3],
          ['Tỷ lệ hộ gia đình có cáp quang', '65,5%'],
          [null],
          ['Nơi nhận:'],
        ]),
      ),
    );
    expect(r).toMatchObject({ unit: 'Xã Tân Tiến', period: '6 tháng đầu năm 2022' });
    expect(r.rows.map((row) => row.valueCell.address)).toEqual(['B4', 'B5', 'B6']);
  });

  test('a VNI sheet is decoded with a note', () => {
    const r = report(
      detectReport(
        grid(
          [
            [encodeVni('Chỉ tiêu'), encodeVni('Thực hiện')],
            [encodeVni('Số điểm phục vụ bưu chính'), 4],
            [encodeVni('Số trạm BTS'), 9],
          ],
          {
            fonts: [['VNI-Times', 'VNI-Times'], ['VNI-Times'], ['VNI-Times']],
          },
        ),
      ),
    );
    expect(r.rows.map((row) => row.label)).toEqual(['Số điểm phục vụ bưu chính', 'Số trạm BTS']);
    expect(r.notes).toContain('Đã chuyển mã VNI → Unicode.');
  });
});

describe('a consolidated summary sheet in the workbook', () => {
  it('is not read as one unit’s report (it would count every unit twice)', () => {
    const grid = {
      name: 'Tổng hợp 2021',
      source: { file: 'so.xlsx', sheet: 'Tổng hợp 2021' },
      values: [
        ['BẢNG TỔNG HỢP SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG'],
        ['Tỉnh Bình Phước — Kỳ báo cáo: năm 2021'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Huyện Bù Đốp', 'Huyện Lộc Ninh'],
        [1, 'Số trạm thu phát sóng thông tin di động (BTS)', 'trạm', 30, 12, 18],
        [2, 'Số điểm phục vụ bưu chính', 'điểm', 20, 9, 11],
        [3, 'Số hộp thư điện tử công vụ đã cấp', 'hộp thư', 500, 200, 300],
      ],
    };
    const r = detectReport(grid);
    expect(r.kind).toBe('not_report');
    expect(r.kind === 'not_report' && r.reason).toContain('Toàn tỉnh');
  });
});

describe('a sheet with two tables', () => {
  const twoTables = {
    name: 'Sheet1',
    source: { file: 'xa.xlsx', sheet: 'Sheet1' },
    values: [
      ['UBND XÃ TÂN TIẾN', null, null, null, null],
      ['BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2025', null, null, null, null],
      ['A. BƯU CHÍNH, VIỄN THÔNG', null, null, null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', 'Ghi chú'],
      [1, 'Số điểm phục vụ bưu chính', 'điểm', 4, null],
      [2, 'Số trạm BTS', 'trạm', 11, null],
      [null, null, null, null, null],
      ['B. CHUYỂN ĐỔI SỐ', null, null, null, null],
      ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'],
      [1, 'Số hộp thư điện tử công vụ đã cấp', 'hộp thư', 60, 57],
      [2, 'Số chứng thư số đã cấp', 'chứng thư', 30, 28],
    ] as (string | number | null)[][],
  };
  const r = detectReport(twoTables);

  it('reads every table, each with its own result column', () => {
    const rows = r.kind === 'report' ? r.report.rows.map((x) => [x.label, x.raw, x.valueCell.address]) : [];
    expect(rows).toEqual([
      ['Số điểm phục vụ bưu chính', 4, 'D5'],
      ['Số trạm BTS', 11, 'D6'],
      ['Số hộp thư điện tử công vụ đã cấp', 57, 'E10'],
      ['Số chứng thư số đã cấp', 28, 'E11'],
    ]);
  });

  it('says so in the reading notes', () => {
    expect(r.kind === 'report' && r.report.notes.join(' ')).toContain('2 bảng số liệu');
  });
});
