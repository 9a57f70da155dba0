import type { CellValue, Grid } from '../../../src/core/model';

/** A grid as a front end would read it, from rows of cells; extra fields override the defaults. */
export function grid(values: CellValue[][], extra: Partial<Grid> & { file?: string } = {}): Grid {
  const { file = 'bao-cao.xlsx', ...rest } = extra;
  const name = rest.name ?? 'Sheet1';
  return { name, source: { file, sheet: name }, values, ...rest };
}

/** The title block most district reports start with (two columns: issuer on the left, national motto on the right). */
export const TITLE_BU_DOP: CellValue[][] = [
  ['UBND HUYỆN BÙ ĐỐP', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['PHÒNG VĂN HÓA VÀ THÔNG TIN', null, null, 'Độc lập - Tự do - Hạnh phúc'],
  ['Số: 123/BC-VHTT', null, null, 'Bù Đốp, ngày 20 tháng 6 năm 2022'],
  [null],
  ['BÁO CÁO'],
  ['Kết quả thực hiện nhiệm vụ thông tin và truyền thông 6 tháng đầu năm 2022'],
  [null],
];

/** The signature block that closes a report. */
export const SIGNATURE: CellValue[][] = [
  [null],
  ['Nơi nhận:', null, null, 'TM. ỦY BAN NHÂN DÂN'],
  ['- Sở TT&TT;', null, null, 'KT. CHỦ TỊCH'],
  ['- Lưu: VT.', null, null, 'PHÓ CHỦ TỊCH'],
  [null, null, null, 'Nguyễn Văn An'],
];
