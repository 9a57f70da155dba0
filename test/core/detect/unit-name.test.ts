import { matchUnitName, parseUnitFromName, parseUnitPhrase, recogniseUnit } from '../../../src/core/detect';

const DISTRICTS = ['Huyện Bù Đốp', 'Huyện Lộc Ninh', 'Thị xã Phước Long', 'Thành phố Đồng Xoài', 'Huyện Bù Gia Mập'];
const COMMUNES = ['Xã Tân Tiến', 'Xã Tân Tiến A', 'Phường Tân Phú', 'Xã Tân Phú', 'Thị trấn Thanh Bình'];

describe('parseUnitPhrase reads the unit line of a title block', () => {
  test.each([
    ['UBND HUYỆN BÙ ĐỐP', 'Huyện Bù Đốp'],
    ['ỦY BAN NHÂN DÂN XÃ TÂN TIẾN', 'Xã Tân Tiến'],
    ['UỶ BAN NHÂN DÂN THỊ XÃ PHƯỚC LONG', 'Thị xã Phước Long'],
    ['UBND THÀNH PHỐ ĐỒNG XOÀI', 'Thành phố Đồng Xoài'],
    ['UBND PHƯỜNG TÂN PHÚ', 'Phường Tân Phú'],
    ['Đơn vị: Huyện Lộc Ninh', 'Huyện Lộc Ninh'],
    ['Đơn vị báo cáo: UBND xã Tân Tiến A', 'Xã Tân Tiến A'],
    ['HUYỆN BÙ GIA MẬP', 'Huyện Bù Gia Mập'],
    ['Xã Tân Tiến, huyện Bù Đốp', 'Xã Tân Tiến'],
  ])('"%s" → %s', (line, display) => {
    expect(parseUnitPhrase(line)?.display).toBe(display);
  });

  test.each([
    ['the province', 'UBND TỈNH BÌNH PHƯỚC'],
    ['the department', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
    ['the district office', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    ['the national motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['a word that only folds like a type word', 'Quản lý nhà nước về bưu chính'],
    ['the measure line', 'Đơn vị tính: triệu đồng'],
    ['the date line', 'Bù Đốp, ngày 20 tháng 6 năm 2022'],
  ])('is not fooled by %s', (_case, line) => {
    expect(parseUnitPhrase(line)).toBeNull();
  });
});

describe('parseUnitFromName reads sheet and file names', () => {
  test.each([
    ['H. Lộc Ninh', 'Huyện Lộc Ninh'],
    ['TX Phước Long', 'Thị xã Phước Long'],
    ['TP. Đồng Xoài', 'Thành phố Đồng Xoài'],
    ['BC 6T - Lộc Ninh', 'Lộc Ninh'],
    ['Xa Tan Tien', 'Xã Tan Tien'],
    ['bu_dop.xlsx', 'Bu Dop'],
    ['BaoCao_LocNinh_6T2022.xlsx', 'Loc Ninh'],
  ])('"%s" → %s', (name, display) => {
    expect(parseUnitFromName(name)?.display).toBe(display);
  });

  test.each([['Sheet1'], ['Báo cáo'], ['Tổng hợp'], ['BC_6T_2022.xlsx']])('finds no unit in "%s"', (name) => {
    expect(parseUnitFromName(name)).toBeNull();
  });
});

describe('matchUnitName finds the official spelling', () => {
  test.each([
    ['UBND HUYỆN BÙ ĐỐP', 'Huyện Bù Đốp', DISTRICTS],
    ['H. Lộc Ninh', 'Huyện Lộc Ninh', DISTRICTS],
    ['TX Phước Long', 'Thị xã Phước Long', DISTRICTS],
    ['TP. Đồng Xoài', 'Thành phố Đồng Xoài', DISTRICTS],
    ['bu_dop', 'Huyện Bù Đốp', DISTRICTS],
    ['HUYEN BU GIA MAP', 'Huyện Bù Gia Mập', DISTRICTS],
    ['Xa Tan Tien', 'Xã Tân Tiến', COMMUNES],
    ['UBND XÃ TÂN TIẾN A', 'Xã Tân Tiến A', COMMUNES],
    ['UBND PHƯỜNG TÂN PHÚ', 'Phường Tân Phú', COMMUNES],
    ['Xã Tân Phú', 'Xã Tân Phú', COMMUNES],
    ['Lộc Ninh', 'Lộc Ninh', ['Lộc Ninh', 'Bù Đốp']],
  ])('"%s" → %s', (name, official, list) => {
    expect(matchUnitName(name, list)?.name).toBe(official);
  });

  test.each([
    ['a name on neither list', 'Huyện Hớn Quản', DISTRICTS],
    ['a bare name that two types share', 'Tân Phú', COMMUNES],
    ['a type the list does not give that name', 'Thị trấn Tân Phú', COMMUNES],
    ['a prefix of a longer name', 'Tân', COMMUNES],
  ])('returns null for %s', (_case, name, list: string[]) => {
    expect(matchUnitName(name, list)).toBeNull();
  });

  test('is surer of a typed exact name than of a bare folded one', () => {
    const typed = matchUnitName('UBND HUYỆN BÙ ĐỐP', DISTRICTS)!;
    const bare = matchUnitName('bu_dop', DISTRICTS)!;
    expect(typed.confidence).toBe(1);
    expect(bare.confidence).toBeLessThan(typed.confidence);
  });
});

describe('recogniseUnit looks at the title, then the sheet, then the file', () => {
  test('a commune under its district: the commune reports', () => {
    const r = recogniseUnit({
      titleLines: ['UBND HUYỆN BÙ ĐỐP', 'UBND XÃ TÂN TIẾN'],
      sheetName: 'Sheet1',
      fileName: 'bc.xlsx',
    });
    expect(r).toMatchObject({ unit: 'Xã Tân Tiến', from: 'title', text: 'UBND XÃ TÂN TIẾN' });
  });

  test('falls back to the sheet name, then the file name', () => {
    expect(recogniseUnit({ titleLines: ['BÁO CÁO'], sheetName: 'TX Phước Long', fileName: 'x.xlsx' })).toMatchObject({
      unit: 'Thị xã Phước Long',
      from: 'sheet',
    });
    expect(recogniseUnit({ titleLines: [], sheetName: 'Sheet1', fileName: 'bu_dop.xlsx' }, DISTRICTS)).toMatchObject({
      unit: 'Huyện Bù Đốp',
      from: 'file',
      matched: true,
    });
  });

  test('with a list, a source that matches wins over one that does not', () => {
    const r = recogniseUnit(
      { titleLines: ['UBND HUYỆN BÙ ĐỐP'], sheetName: 'Xa Tan Tien', fileName: 'x.xlsx' },
      COMMUNES,
    );
    expect(r).toMatchObject({ unit: 'Xã Tân Tiến', from: 'sheet', matched: true });
  });

  test('keeps the recognised name when the list has no match', () => {
    expect(
      recogniseUnit({ titleLines: ['UBND HUYỆN HỚN QUẢN'], sheetName: 'Sheet1', fileName: 'x.xlsx' }, DISTRICTS),
    ).toMatchObject({
      unit: 'Huyện Hớn Quản',
      matched: false,
    });
  });

  test('says so when nothing names a unit', () => {
    expect(recogniseUnit({ titleLines: ['BÁO CÁO'], sheetName: 'Sheet1', fileName: 'bao-cao.xlsx' })).toMatchObject({
      unit: null,
      from: 'none',
    });
  });
});
