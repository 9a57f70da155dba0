/**
 * Reading corpus, number forms: space, no-break and thin-space thousands, the measure after the figure, qualifiers
 * kept as notes, English decimals on a Vietnamese sheet, formulas whose cached result is the figure, percentages
 * stored as fractions, and a sheet typed in TCVN3 (.VnTime) with its money measures.
 */
import { encodeTcvn3 } from '../../src/core/text';
import { sheet, signature, table, titleBlock, type Cell, type Layout } from '../lib/reading-kit';

export function numberLayouts(): Layout[] {
  return [spaces(), measureAfter(), qualifiers(), englishDecimals(), formulas(), fractions(), tcvn3()];
}

type Row = [label: string, measure: string, value: Cell, id: string, expected: number, marks?: { estimate?: boolean }];

function simple(o: {
  file: string;
  issuer: string;
  unit: string;
  catalog: 'A' | 'B';
  period: string;
  about: string;
  rows: Row[];
}): Layout {
  const s = sheet(o.file, 'So lieu');
  titleBlock(s, { issuer: [o.issuer, ''], title: `BÁO CÁO ${o.period.toUpperCase()}` });
  const at = table(
    s,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả', 'Ghi chú'],
    o.rows.map(([label, measure, value], i) => [String(i + 1), label, measure, value]),
  );
  o.rows.forEach(([, , , id, expected, marks], i) => s.expect(at[i], 3, id, expected, marks));
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Trần Văn Bình');
  return {
    file: o.file,
    catalog: o.catalog,
    period: o.period,
    about: o.about,
    sheets: [{ sheet: s, expect: { kind: 'report', unit: o.unit } }],
  };
}

function spaces(): Layout {
  return simple({
    file: 'Huyen Quang Ninh - so.xlsx',
    issuer: 'UBND HUYỆN QUẢNG NINH',
    unit: 'Huyện Quảng Ninh',
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'thousands grouped by a space, a no-break space, a narrow no-break space and a thin space',
    rows: [
      ['Dân số', 'người', '54 120', 'pop', 54120],
      ['Số thuê bao điện thoại di động', 'thuê bao', '61\u00a0230', 'mob', 61230],
      ['Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', '2\u202f450', 'dossiers', 2450],
      ['Số tiền xử phạt vi phạm hành chính đã thu', 'đồng', '12\u2009345\u2009000', 'fines', 12_345_000],
      ['Tổng số hộ gia đình', 'hộ', '1 234', 'hh', 1234],
    ],
  });
}

function measureAfter(): Layout {
  return simple({
    file: 'Xa Huong Viet - so.xlsx',
    issuer: 'UBND XÃ HƯỚNG VIỆT',
    unit: 'Xã Hướng Việt',
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'the measure written after the figure',
    rows: [
      ['Trạm BTS đang hoạt động', 'Trạm', '12 trạm', 'B03', 12],
      ['Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Hồ sơ', '1.300 hồ sơ', 'B09', 1300],
      ['Tỷ lệ hộ có cáp quang', '%', '65,5 %', 'B13', 65.5],
      ['Hội nghị trực tuyến đã tổ chức', 'Cuộc', '3 cuộc', 'B10', 3],
      ['Tổng dân số', 'Người', '9.870 người', 'B01', 9870],
    ],
  });
}

function qualifiers(): Layout {
  return simple({
    file: 'Huyen Gio Linh - uoc.xlsx',
    issuer: 'UBND HUYỆN GIO LINH',
    unit: 'Huyện Gio Linh',
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'qualifiers ước, khoảng, trên, gần, ước đạt: the figure, marked approximate',
    rows: [
      ['Số trạm BTS', 'trạm', 'ước 120', 'bts', 120, { estimate: true }],
      ['Số thuê bao điện thoại di động', 'thuê bao', 'khoảng 91.000', 'mob', 91000, { estimate: true }],
      ['Số hồ sơ tiếp nhận trực tuyến', 'hồ sơ', 'trên 3.000', 'dossiers', 3000, { estimate: true }],
      ['Số điểm phục vụ bưu chính', 'điểm', 'gần 50', 'post_points', 50, { estimate: true }],
      ['Tỷ lệ hộ gia đình sử dụng Internet cáp quang', '%', 'Ước đạt 75%', 'fibre_rate', 75, { estimate: true }],
    ],
  });
}

function englishDecimals(): Layout {
  return simple({
    file: 'Xa Cam Lo - so.xlsx',
    issuer: 'UBND XÃ CAM LỘ',
    unit: 'Xã Cam Lộ',
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'English decimals ("68.25", "112.5") on a sheet that groups thousands with "."',
    rows: [
      ['Tổng dân số', 'người', '12.480', 'B01', 12480],
      ['Số hộ dân', 'hộ', '3.105', 'B02', 3105],
      ['Tỷ lệ hộ có cáp quang', '%', '68.25', 'B13', 68.25],
      ['Mật độ điện thoại di động', 'TB/100 dân', '112.5', 'B04', 112.5],
      ['Kinh phí thực hiện chuyển đổi số', 'đồng', '125.000.000', 'B08', 125_000_000],
    ],
  });
}

function formulas(): Layout {
  const file = 'Huyen Cam Lo - cong thuc.xlsx';
  const s = sheet(file, 'Bieu 01');
  titleBlock(s, { issuer: ['UBND HUYỆN CAM LỘ', ''], title: 'BÁO CÁO 6 THÁNG ĐẦU NĂM 2024' });
  s.row(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng', 'Ghi chú'], { bold: true });
  const first = s.next + 1;
  const pop = s.row(['1', 'Dân số', 'người', { f: '45210+0', result: 45210 }]);
  const mob = s.row(['2', 'Số thuê bao điện thoại di động', 'thuê bao', 43085]);
  const dens = s.row([
    '3',
    'Mật độ thuê bao di động',
    'thuê bao/100 dân',
    { f: `ROUND(D${first + 1}/D${first}*100,1)`, result: 95.3 },
  ]);
  const hh = s.row(['4', 'Tổng số hộ gia đình', 'hộ', { f: '11800+540', result: 12340 }]);
  const rate = s.row([
    '5',
    'Tỷ lệ hộ gia đình sử dụng Internet cáp quang',
    '%',
    { f: `7922/D${first + 3}`, result: 0.642, fmt: '0.0%' },
  ]);
  s.expect(pop, 3, 'pop', 45210);
  s.expect(mob, 3, 'mob', 43085);
  s.expect(dens, 3, 'dens', 95.3);
  s.expect(hh, 3, 'hh', 12340);
  s.expect(rate, 3, 'fibre_rate', 64.2);
  signature(s, 'TM. ỦY BAN NHÂN DÂN', 'Lê Văn Cam');
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'formulas whose cached result is the figure (a sum, a rounded rate, a fraction shown as %)',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Cam Lộ' } }],
  };
}

function fractions(): Layout {
  return simple({
    file: 'Xa Vinh Linh - ty le.xlsx',
    issuer: 'UBND XÃ VĨNH LINH',
    unit: 'Xã Vĩnh Linh',
    catalog: 'B',
    period: '6 tháng đầu năm 2025',
    about: 'a percentage stored as a fraction with a % format; a density with a comma decimal',
    rows: [
      ['Tỷ lệ hộ có cáp quang', '%', { n: 0.655, fmt: '0.0%' }, 'B13', 65.5],
      ['Mật độ điện thoại di động', 'TB/100 dân', '95,2', 'B04', 95.2],
      ['Trạm BTS đang hoạt động', 'trạm', 16, 'B03', 16],
    ],
  });
}

function tcvn3(): Layout {
  const file = 'Huyen Huong Hoa - VnTime.xlsx';
  const s = sheet(file, 'BC');
  const font = { font: '.VnTime' };
  const t = (text: string): string => encodeTcvn3(text, false);
  // Capitals typed in TCVN3 need the capitals font (.VnTimeH), as offices do for titles.
  const caps = { font: '.VnTimeH' };
  s.put(0, 0, encodeTcvn3('UBND HUYỆN HƯỚNG HÓA', true), caps);
  s.put(2, 0, encodeTcvn3('BÁO CÁO 6 THÁNG ĐẦU NĂM 2024', true), caps);
  s.next = 4;
  const r = table(
    s,
    [t('STT'), t('Chỉ tiêu'), t('ĐVT'), t('Thực hiện 6 tháng'), t('Ghi chú')],
    [
      ['1', t('Số trạm BTS'), t('trạm'), 33],
      ['2', t('Doanh thu dịch vụ bưu chính'), t('tỷ đồng'), '1,25'],
      ['3', t('Số tiền xử phạt vi phạm hành chính đã thu'), t('nghìn đồng'), '4.500'],
    ],
    font,
  );
  s.expect(r[0], 3, 'bts', 33);
  s.expect(r[1], 3, 'post_rev', 1250);
  s.expect(r[2], 3, 'fines', 4_500_000);
  return {
    file,
    catalog: 'A',
    period: '6 tháng đầu năm 2024',
    about: 'a sheet typed in TCVN3 (.VnTime): money measures decoded before their magnitude is read',
    sheets: [{ sheet: s, expect: { kind: 'report', unit: 'Huyện Hướng Hóa' } }],
  };
}
