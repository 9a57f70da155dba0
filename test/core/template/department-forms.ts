/**
 * Three departments' blank report forms, laid out the way real offices lay them out, and the units' reports
 * written against each: the unit's name and the period typed into the title, figures typed into the result column
 * (numbers, and text such as "1.300" or "16,2%"), a wording edited, a row inserted, a row deleted.
 * Each form comes with the catalog a person would write for it by hand, to compare against.
 */
import ExcelJS from 'exceljs';
import type { Catalog, Grid } from '../../../src/core/model';
import { gridsFromXlsx } from '../../../src/xlsx/read';
import { encodeTcvn3 } from '../../../src/core/text/legacy';

/** A row of a form. `hand`: the id of the hand-written catalog's indicator this row is. */
export type FormRow =
  | { kind: 'section'; number?: string; label: string }
  | { kind: 'marker'; label: string }
  | {
      kind: 'indicator';
      number?: string;
      label: string;
      measure?: string;
      hand: string;
      expect: { name: string; measure: string; group: string; parent?: string };
    };

export type Column = { top: string; bottom?: string; role: 'stt' | 'label' | 'measure' | 'result' | 'other' | 'note' };

export type DepartmentForm = {
  file: string;
  sheet: string;
  /** Title lines above the table, top-left cell text and how many columns each spans (merged). */
  title: { left: string[]; right: string[]; centre: string[] };
  columns: Column[];
  /** Row of column numbers "(1) (2) ..." under the header. */
  columnNumbers: boolean;
  /** Numbering written in the label itself ("1. Số trạm BTS") instead of an STT column. */
  numberInLabel: boolean;
  /** Legacy TCVN3 text in .VnTime fonts. */
  tcvn3?: boolean;
  signature: [string, string];
  rows: FormRow[];
  handCatalog: Catalog;
  units: string[];
  period: string;
  /** A unit's figure for a hand indicator; text figures as units type them. */
  figure: (hand: string, unit: number) => number | string;
};

/** What a unit does to the form before sending it back. */
export type UnitEdits = {
  /** New wording of some rows (by hand id). */
  reword?: Record<string, string>;
  /** A row the unit added after a hand id: label, measure, figure. */
  insertAfter?: { after: string; label: string; measure: string; value: number };
  /** A row the unit deleted (by hand id). */
  remove?: string;
};

const ind = (
  number: string | undefined,
  label: string,
  measure: string | undefined,
  hand: string,
  expect: Extract<FormRow, { kind: 'indicator' }>['expect'],
): FormRow => ({
  kind: 'indicator',
  number,
  label,
  measure,
  hand,
  expect,
});

// ─── Form A: a district-era half-year report (Sở TT&TT): STT column, ĐVT, a two-row header with plan, last year,
// this period and a comparison, "Trong đó:" on its own row, a heading over 1.1/1.2 without ĐVT.
const BC = 'BƯU CHÍNH';
const VT = 'VIỄN THÔNG';
const CDS = 'ỨNG DỤNG CNTT, CHUYỂN ĐỔI SỐ';
const DVC = `${CDS} › Dịch vụ công trực tuyến`;
const DS = 'DÂN SỐ, QUY MÔ';

export const formA: DepartmentForm = {
  file: 'mau-bao-cao-6-thang.xlsx',
  sheet: 'Biểu 01',
  title: {
    left: ['UBND HUYỆN ....................', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    centre: [
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ thông tin và truyền thông 6 tháng đầu năm 20...',
      '(Kèm theo Công văn số      /STTTT-KHTC ngày     tháng     năm 20.. của Sở Thông tin và Truyền thông)',
    ],
  },
  columns: [
    { top: 'STT', role: 'stt' },
    { top: 'Chỉ tiêu', role: 'label' },
    { top: 'ĐVT', role: 'measure' },
    { top: 'Kế hoạch năm', role: 'other' },
    { top: 'Kết quả thực hiện', bottom: 'Cùng kỳ năm trước', role: 'other' },
    { top: 'Kết quả thực hiện', bottom: '6 tháng đầu năm nay', role: 'result' },
    { top: 'So sánh (%)', role: 'other' },
    { top: 'Ghi chú', role: 'note' },
  ],
  columnNumbers: true,
  numberInLabel: false,
  signature: ['NGƯỜI LẬP BIỂU', 'TRƯỞNG PHÒNG'],
  rows: [
    { kind: 'section', number: 'I', label: BC },
    ind('1', 'Số điểm phục vụ bưu chính', 'Điểm', 'diem_bc', {
      name: 'Số điểm phục vụ bưu chính',
      measure: 'Điểm',
      group: BC,
    }),
    ind('2', 'Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI', 'Hồ sơ', 'hs_bcci', {
      name: 'Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI',
      measure: 'Hồ sơ',
      group: BC,
    }),
    ind('3', 'Số kết quả giải quyết TTHC trả qua dịch vụ BCCI', 'Hồ sơ', 'kq_bcci', {
      name: 'Số kết quả giải quyết TTHC trả qua dịch vụ BCCI',
      measure: 'Hồ sơ',
      group: BC,
    }),
    { kind: 'section', number: 'II', label: VT },
    ind('1', 'Số trạm thu phát sóng di động (BTS)', 'Trạm', 'bts', {
      name: 'Số trạm thu phát sóng di động (BTS)',
      measure: 'Trạm',
      group: VT,
    }),
    { kind: 'marker', label: 'Trong đó:' },
    ind('-', 'Trạm BTS 4G', 'Trạm', 'bts_4g', { name: 'Trạm BTS 4G', measure: 'Trạm', group: VT, parent: 'bts' }),
    ind('-', 'Trạm BTS 5G', 'Trạm', 'bts_5g', { name: 'Trạm BTS 5G', measure: 'Trạm', group: VT, parent: 'bts' }),
    ind('2', 'Tổng số thuê bao điện thoại di động', 'Thuê bao', 'tb_dd', {
      name: 'Tổng số thuê bao điện thoại di động',
      measure: 'Thuê bao',
      group: VT,
    }),
    ind('3', 'Số thuê bao Internet băng rộng cố định', 'Thuê bao', 'tb_cd', {
      name: 'Số thuê bao Internet băng rộng cố định',
      measure: 'Thuê bao',
      group: VT,
    }),
    ind('4', 'Mật độ thuê bao di động', 'TB/100 dân', 'mat_do', {
      name: 'Mật độ thuê bao di động',
      measure: 'TB/100 dân',
      group: VT,
    }),
    ind('5', 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang', '%', 'cap_quang', {
      name: 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
      measure: '%',
      group: VT,
    }),
    { kind: 'section', number: 'III', label: CDS },
    { kind: 'section', number: '1', label: 'Dịch vụ công trực tuyến' },
    ind('1.1', 'Tổng số DVCTT đang cung cấp', 'Dịch vụ', 'dvc', {
      name: 'Tổng số DVCTT đang cung cấp',
      measure: 'Dịch vụ',
      group: DVC,
    }),
    ind('1.2', 'DVCTT toàn trình', 'Dịch vụ', 'dvc_tt', { name: 'DVCTT toàn trình', measure: 'Dịch vụ', group: DVC }),
    ind('1.3', 'DVCTT một phần', 'Dịch vụ', 'dvc_mp', { name: 'DVCTT một phần', measure: 'Dịch vụ', group: DVC }),
    { kind: 'section', number: '2', label: 'Hồ sơ trực tuyến' },
    ind('2.1', 'Số hồ sơ tiếp nhận trực tuyến', 'Hồ sơ', 'hs_tt', {
      name: 'Số hồ sơ tiếp nhận trực tuyến',
      measure: 'Hồ sơ',
      group: `${CDS} › Hồ sơ trực tuyến`,
    }),
    ind('2.2', 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến', '%', 'ty_le_hs_tt', {
      name: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến',
      measure: '%',
      group: `${CDS} › Hồ sơ trực tuyến`,
    }),
    ind('3', 'Số chứng thư số đã cấp', 'Chứng thư', 'cts', {
      name: 'Số chứng thư số đã cấp',
      measure: 'Chứng thư',
      group: CDS,
    }),
    { kind: 'section', number: 'IV', label: DS },
    ind('1', 'Dân số', 'Người', 'dan_so', { name: 'Dân số', measure: 'Người', group: DS }),
    ind('2', 'Số hộ gia đình', 'Hộ', 'so_ho', { name: 'Số hộ gia đình', measure: 'Hộ', group: DS }),
  ],
  handCatalog: {
    indicators: [
      { id: 'diem_bc', name: 'Số điểm phục vụ bưu chính', unit: 'điểm', group: 'Bưu chính' },
      { id: 'hs_bcci', name: 'Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI', unit: 'hồ sơ', group: 'Bưu chính' },
      { id: 'kq_bcci', name: 'Số kết quả giải quyết TTHC trả qua dịch vụ BCCI', unit: 'hồ sơ', group: 'Bưu chính' },
      { id: 'bts', name: 'Số trạm thu phát sóng di động (BTS)', unit: 'trạm', group: 'Viễn thông' },
      { id: 'bts_4g', name: 'Trạm BTS 4G', unit: 'trạm', group: 'Viễn thông', rules: [{ lte: 'bts' }] },
      { id: 'bts_5g', name: 'Trạm BTS 5G', unit: 'trạm', group: 'Viễn thông', rules: [{ lte: 'bts' }] },
      { id: 'tb_dd', name: 'Tổng số thuê bao điện thoại di động', unit: 'thuê bao', group: 'Viễn thông' },
      { id: 'tb_cd', name: 'Số thuê bao Internet băng rộng cố định', unit: 'thuê bao', group: 'Viễn thông' },
      {
        id: 'mat_do',
        name: 'Mật độ thuê bao di động',
        unit: 'TB/100 dân',
        group: 'Viễn thông',
        aggregate: { ratio: ['tb_dd', 'dan_so'], scale: 100 },
      },
      {
        id: 'cap_quang',
        name: 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang',
        unit: '%',
        group: 'Viễn thông',
        aggregate: { weightedBy: 'so_ho' },
        min: 0,
        max: 100,
      },
      { id: 'dvc', name: 'Tổng số DVCTT đang cung cấp', unit: 'dịch vụ', group: 'Dịch vụ công', aggregate: 'max' },
      { id: 'dvc_tt', name: 'DVCTT toàn trình', unit: 'dịch vụ', group: 'Dịch vụ công', aggregate: 'max' },
      { id: 'dvc_mp', name: 'DVCTT một phần', unit: 'dịch vụ', group: 'Dịch vụ công', aggregate: 'max' },
      { id: 'hs_tt', name: 'Số hồ sơ tiếp nhận trực tuyến', unit: 'hồ sơ', group: 'Dịch vụ công' },
      {
        id: 'ty_le_hs_tt',
        name: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến',
        unit: '%',
        group: 'Dịch vụ công',
        aggregate: 'mean',
      },
      { id: 'cts', name: 'Số chứng thư số đã cấp', unit: 'chứng thư', group: 'Chuyển đổi số' },
      { id: 'dan_so', name: 'Dân số', unit: 'người', group: 'Dân số' },
      { id: 'so_ho', name: 'Số hộ gia đình', unit: 'hộ', group: 'Dân số' },
    ],
  },
  units: ['Huyện Bù Đốp', 'Huyện Lộc Ninh', 'Thị xã Bình Long', 'Huyện Đồng Phú'],
  period: '6 tháng đầu năm 2022',
  figure: (hand, u) => {
    const people = [58900, 131600, 61200, 112500][u];
    const homes = Math.round(people / 3.9);
    const table: Record<string, number | string> = {
      diem_bc: 11 + u * 3,
      hs_bcci: 1300 + u * 211,
      kq_bcci: 1180 + u * 190,
      bts: 60 + u * 17,
      bts_4g: 55 + u * 15,
      bts_5g: u,
      tb_dd: Math.round(people * 1.12),
      tb_cd: Math.round(homes * 0.71),
      mat_do: Math.round(((people * 1.12) / people) * 1000) / 10,
      cap_quang: [68.2, 71.5, 80.4, 66.9][u],
      dvc: 1215,
      dvc_tt: 602 + u,
      dvc_mp: 455 + u,
      hs_tt: 5400 + u * 777,
      ty_le_hs_tt: [61.2, 70.4, 75.8, 58.3][u],
      cts: 140 + u * 25,
      dan_so: people,
      so_ho: homes,
    };
    const value = table[hand];
    // Units type some figures as text, the way they write them.
    if (hand === 'hs_bcci' && typeof value === 'number') return value.toLocaleString('de-DE');
    if (hand === 'cap_quang' && u === 1) return '71,5%';
    return value;
  },
};

// ─── Form B: a commune-era year form (Sở KH&CN, 2025): numbering inside the label, no STT and no ĐVT column
// (measures in brackets or not at all), a one-row header with plan / result / comparison, "..., trong đó:",
// a) b) and + parts.
const HT = 'HẠ TẦNG SỐ';
const CQ = 'CHÍNH QUYỀN SỐ';
const XH = 'XÃ HỘI SỐ';

export const formB: DepartmentForm = {
  file: 'Bieu so lieu CDS nam 2025.xlsx',
  sheet: 'Sheet1',
  title: {
    left: ['UBND XÃ, PHƯỜNG ..........'],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    centre: [
      'BIỂU SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2025',
      '(Ban hành kèm theo Công văn số ...../SKHCN-CĐS của Sở Khoa học và Công nghệ)',
    ],
  },
  columns: [
    { top: 'Nội dung', role: 'label' },
    { top: 'Kế hoạch năm 2025', role: 'other' },
    { top: 'Thực hiện năm 2025', role: 'result' },
    { top: 'So với kế hoạch (%)', role: 'other' },
    { top: 'Ghi chú', role: 'note' },
  ],
  columnNumbers: false,
  numberInLabel: true,
  signature: ['Người lập biểu', 'TM. ỦY BAN NHÂN DÂN'],
  rows: [
    { kind: 'section', label: `A. ${HT}` },
    ind(undefined, '1. Số trạm BTS (trạm)', undefined, 'bts', { name: 'Số trạm BTS', measure: 'trạm', group: HT }),
    ind(undefined, '2. Tổng số thuê bao di động (thuê bao), trong đó:', undefined, 'tb', {
      name: 'Tổng số thuê bao di động',
      measure: 'thuê bao',
      group: HT,
    }),
    ind(undefined, '- Thuê bao 4G (thuê bao)', undefined, 'tb_4g', {
      name: 'Thuê bao 4G',
      measure: 'thuê bao',
      group: HT,
      parent: 'tb',
    }),
    ind(undefined, '- Thuê bao 5G (thuê bao)', undefined, 'tb_5g', {
      name: 'Thuê bao 5G',
      measure: 'thuê bao',
      group: HT,
      parent: 'tb',
    }),
    ind(undefined, '3. Tỷ lệ dân số được phủ sóng 4G (%)', undefined, 'phu_4g', {
      name: 'Tỷ lệ dân số được phủ sóng 4G',
      measure: '%',
      group: HT,
    }),
    { kind: 'section', label: `B. ${CQ}` },
    ind(undefined, '1. Số dịch vụ công trực tuyến toàn trình (dịch vụ)', undefined, 'dvc_tt', {
      name: 'Số dịch vụ công trực tuyến toàn trình',
      measure: 'dịch vụ',
      group: CQ,
    }),
    ind(undefined, '2. Tỷ lệ hồ sơ giải quyết trực tuyến (%)', undefined, 'hs_tt', {
      name: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
      measure: '%',
      group: CQ,
    }),
    ind(undefined, '3. Số hồ sơ thanh toán trực tuyến', undefined, 'thanh_toan', {
      name: 'Số hồ sơ thanh toán trực tuyến',
      measure: 'hồ sơ',
      group: CQ,
    }),
    ind(undefined, '4. Số cuộc họp trực tuyến có kết nối tới thôn', undefined, 'hop_thon', {
      name: 'Số cuộc họp trực tuyến có kết nối tới thôn',
      measure: '',
      group: CQ,
    }),
    { kind: 'section', label: `C. ${XH}` },
    ind(undefined, '1. Tổng dân số (người)', undefined, 'dan', { name: 'Tổng dân số', measure: 'người', group: XH }),
    ind(undefined, '2. Tổng số hộ (hộ)', undefined, 'ho', { name: 'Tổng số hộ', measure: 'hộ', group: XH }),
    ind(undefined, '3. Số hộ có kết nối cáp quang (hộ)', undefined, 'ho_cq', {
      name: 'Số hộ có kết nối cáp quang',
      measure: 'hộ',
      group: XH,
    }),
    ind(undefined, '4. Tỷ lệ hộ có kết nối cáp quang (%)', undefined, 'tl_cq', {
      name: 'Tỷ lệ hộ có kết nối cáp quang',
      measure: '%',
      group: XH,
    }),
    { kind: 'section', label: '5. Tổ công nghệ số cộng đồng:' },
    ind(undefined, 'a) Số tổ (tổ)', undefined, 'so_to', {
      name: 'Số tổ',
      measure: 'tổ',
      group: `${XH} › Tổ công nghệ số cộng đồng`,
    }),
    ind(undefined, 'b) Số thành viên (người)', undefined, 'thanh_vien', {
      name: 'Số thành viên',
      measure: 'người',
      group: `${XH} › Tổ công nghệ số cộng đồng`,
    }),
    ind(undefined, '+ Trong đó: thành viên nữ (người)', undefined, 'nu', {
      name: 'Thành viên nữ',
      measure: 'người',
      group: `${XH} › Tổ công nghệ số cộng đồng`,
      parent: 'thanh_vien',
    }),
    ind(undefined, '6. Tỷ lệ người dân có tài khoản định danh điện tử mức 2 (%)', undefined, 'vneid', {
      name: 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2',
      measure: '%',
      group: XH,
    }),
  ],
  handCatalog: {
    indicators: [
      { id: 'bts', name: 'Số trạm BTS', unit: 'trạm' },
      { id: 'tb', name: 'Tổng số thuê bao di động', unit: 'thuê bao' },
      { id: 'tb_4g', name: 'Thuê bao 4G', unit: 'thuê bao', rules: [{ lte: 'tb' }] },
      { id: 'tb_5g', name: 'Thuê bao 5G', unit: 'thuê bao', rules: [{ lte: 'tb' }] },
      { id: 'phu_4g', name: 'Tỷ lệ dân số được phủ sóng 4G', unit: '%', aggregate: { weightedBy: 'dan' } },
      { id: 'dvc_tt', name: 'Số dịch vụ công trực tuyến toàn trình', unit: 'dịch vụ', aggregate: 'max' },
      { id: 'hs_tt', name: 'Tỷ lệ hồ sơ giải quyết trực tuyến', unit: '%', aggregate: 'mean' },
      { id: 'thanh_toan', name: 'Số hồ sơ thanh toán trực tuyến', unit: 'hồ sơ' },
      { id: 'hop_thon', name: 'Số cuộc họp trực tuyến có kết nối tới thôn', unit: 'cuộc' },
      { id: 'dan', name: 'Tổng dân số', unit: 'người' },
      { id: 'ho', name: 'Tổng số hộ', unit: 'hộ' },
      { id: 'ho_cq', name: 'Số hộ có kết nối cáp quang', unit: 'hộ' },
      {
        id: 'tl_cq',
        name: 'Tỷ lệ hộ có kết nối cáp quang',
        unit: '%',
        aggregate: { ratio: ['ho_cq', 'ho'], scale: 100 },
      },
      { id: 'so_to', name: 'Số tổ công nghệ số cộng đồng', unit: 'tổ', aliases: ['Số tổ'] },
      { id: 'thanh_vien', name: 'Số thành viên tổ công nghệ số cộng đồng', unit: 'người', aliases: ['Số thành viên'] },
      {
        id: 'nu',
        name: 'Thành viên nữ tổ công nghệ số cộng đồng',
        unit: 'người',
        aliases: ['Trong đó: thành viên nữ'],
      },
      {
        id: 'vneid',
        name: 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2',
        unit: '%',
        aggregate: { weightedBy: 'dan' },
      },
    ],
  },
  units: ['Xã Tân Tiến', 'Xã Hưng Phước', 'Phường Phước Bình'],
  period: 'năm 2025',
  figure: (hand, u) => {
    const people = [18400, 9700, 26100][u];
    const homes = [4700, 2500, 6900][u];
    const table: Record<string, number | string> = {
      bts: 14 + u * 4,
      tb: Math.round(people * 1.05),
      tb_4g: Math.round(people * 0.9),
      tb_5g: 120 * u,
      phu_4g: [98.5, 95, 100][u],
      dvc_tt: 1012,
      hs_tt: [88.4, 91, 79.5][u],
      thanh_toan: 2300 + 410 * u,
      hop_thon: 12 + u,
      dan: people,
      ho: homes,
      ho_cq: Math.round(homes * 0.8),
      tl_cq: Math.round(((homes * 0.8) / homes) * 1000) / 10,
      so_to: 9 + u,
      thanh_vien: 45 + 5 * u,
      nu: 20 + u,
      vneid: [72.3, 65.8, 81][u],
    };
    if (hand === 'dan' && u === 2) return '26.100';
    return table[hand];
  },
};

// ─── Form C: a mountain province's half-year form typed in TCVN3 (.VnTime), an STT column with I / 1 / a / -,
// a heading that only its parts make a heading, a two-row header "Năm 2025" over "Kế hoạch | Thực hiện".
const TT = 'THÔNG TIN CƠ SỞ';
const BC3 = 'BƯU CHÍNH, VIỄN THÔNG';

export const formC: DepartmentForm = {
  file: 'HG_bieu_6thang.xlsx',
  sheet: 'BC 6 thang',
  title: {
    left: ['UBND XÃ ...............'],
    right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    centre: ['BÁO CÁO', 'Số liệu thông tin và truyền thông 6 tháng đầu năm 2025'],
  },
  columns: [
    { top: 'TT', role: 'stt' },
    { top: 'Nội dung chỉ tiêu', role: 'label' },
    { top: 'Đơn vị tính', role: 'measure' },
    { top: '6 tháng năm 2025', bottom: 'Kế hoạch', role: 'other' },
    { top: '6 tháng năm 2025', bottom: 'Thực hiện', role: 'result' },
    { top: 'Ghi chú', role: 'note' },
  ],
  columnNumbers: false,
  numberInLabel: false,
  tcvn3: true,
  signature: ['NGƯỜI TỔNG HỢP', 'CHỦ TỊCH'],
  rows: [
    { kind: 'section', number: 'I', label: TT },
    ind('1', 'Số đài truyền thanh cấp xã', 'Đài', 'dai', {
      name: 'Số đài truyền thanh cấp xã',
      measure: 'Đài',
      group: TT,
    }),
    ind('2', 'Số cụm loa ứng dụng CNTT-VT', 'Cụm', 'cum_loa', {
      name: 'Số cụm loa ứng dụng CNTT-VT',
      measure: 'Cụm',
      group: TT,
    }),
    ind('3', 'Số tin, bài phát trên hệ thống truyền thanh', 'Tin, bài', 'tin_bai', {
      name: 'Số tin, bài phát trên hệ thống truyền thanh',
      measure: 'Tin, bài',
      group: TT,
    }),
    { kind: 'section', number: 'II', label: BC3 },
    // No ĐVT: the built-in catalog knows the indicator and its measure.
    ind('1', 'Tổng số điểm phục vụ bưu chính', undefined, 'diem', {
      name: 'Tổng số điểm phục vụ bưu chính',
      measure: 'điểm',
      group: BC3,
    }),
    ind('a', 'Bưu cục', 'Điểm', 'buu_cuc', { name: 'Bưu cục', measure: 'Điểm', group: BC3, parent: 'diem' }),
    ind('b', 'Điểm Bưu điện - Văn hóa xã', 'Điểm', 'bdvhx', {
      name: 'Điểm Bưu điện - Văn hóa xã',
      measure: 'Điểm',
      group: BC3,
      parent: 'diem',
    }),
    ind('2', 'Số thôn có sóng di động 4G', 'Thôn', 'thon_4g', {
      name: 'Số thôn có sóng di động 4G',
      measure: 'Thôn',
      group: BC3,
    }),
    ind('3', 'Tổng số thôn', 'Thôn', 'thon', { name: 'Tổng số thôn', measure: 'Thôn', group: BC3 }),
    ind('4', 'Tỷ lệ thôn có sóng di động 4G', '%', 'tl_thon', {
      name: 'Tỷ lệ thôn có sóng di động 4G',
      measure: '%',
      group: BC3,
    }),
    ind('5', 'Doanh thu bưu chính, viễn thông', 'Triệu đồng', 'doanh_thu', {
      name: 'Doanh thu bưu chính, viễn thông',
      measure: 'Triệu đồng',
      group: BC3,
    }),
  ],
  handCatalog: {
    indicators: [
      { id: 'dai', name: 'Số đài truyền thanh cấp xã', unit: 'đài' },
      { id: 'cum_loa', name: 'Số cụm loa ứng dụng CNTT-VT', unit: 'cụm' },
      { id: 'tin_bai', name: 'Số tin, bài phát trên hệ thống truyền thanh', unit: 'tin, bài' },
      { id: 'diem', name: 'Tổng số điểm phục vụ bưu chính', unit: 'điểm' },
      { id: 'buu_cuc', name: 'Số bưu cục', unit: 'điểm', aliases: ['Bưu cục'] },
      { id: 'bdvhx', name: 'Điểm Bưu điện - Văn hóa xã', unit: 'điểm' },
      { id: 'thon_4g', name: 'Số thôn có sóng di động 4G', unit: 'thôn' },
      { id: 'thon', name: 'Tổng số thôn', unit: 'thôn' },
      {
        id: 'tl_thon',
        name: 'Tỷ lệ thôn có sóng di động 4G',
        unit: '%',
        aggregate: { ratio: ['thon_4g', 'thon'], scale: 100 },
      },
      { id: 'doanh_thu', name: 'Doanh thu bưu chính, viễn thông', unit: 'triệu đồng' },
    ],
  },
  units: ['Xã Lũng Cú', 'Xã Mèo Vạc', 'Xã Sủng Máng'],
  period: '6 tháng đầu năm 2025',
  figure: (hand, u) => {
    const villages = [12, 19, 15][u];
    const table: Record<string, number | string> = {
      dai: 1,
      cum_loa: 10 + u * 3,
      tin_bai: 180 + u * 22,
      diem: 3 + u,
      buu_cuc: 1,
      bdvhx: 2 + u,
      thon_4g: villages - 2 - u,
      thon: villages,
      tl_thon: Math.round(((villages - 2 - u) / villages) * 1000) / 10,
      doanh_thu: u === 0 ? '1,7 tỷ đồng' : 850 + u * 120,
    };
    return table[hand];
  },
};

export const FORMS: DepartmentForm[] = [formA, formB, formC];

// ─── Writing the forms ───────────────────────────────────────────────────────────────────────────────────────

type Filled = { unit: string; index: number; edits: UnitEdits };

/**
 * The .xlsx bytes of a form: blank (the department's template), or filled by a unit with its edits.
 */
export async function formBytes(form: DepartmentForm, filled?: Filled): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(form.sheet);
  const width = form.columns.length;
  // TCVN3 offices type capitals in the ".VnTimeH" font, which stores them as the lower-case codes.
  const caps = (s: string): boolean => /\p{L}/u.test(s) && s === s.toUpperCase();
  const put = (r: number, c: number, value: string | number | null, bold = false): void => {
    const cell = sheet.getCell(r, c);
    const legacy = form.tcvn3 && typeof value === 'string';
    cell.value = legacy ? encodeTcvn3(value, caps(value)) : value;
    cell.font = { name: legacy ? (caps(value) ? '.VnTimeH' : '.VnTime') : 'Times New Roman', size: 12, bold };
  };
  const half = Math.max(2, Math.floor(width / 2));
  let r = 1;
  const left = filled ? [unitTitle(filled.unit), ...form.title.left.slice(1)] : form.title.left;
  for (let i = 0; i < Math.max(left.length, form.title.right.length); i++, r++) {
    if (left[i]) {
      put(r, 1, left[i], true);
      sheet.mergeCells(r, 1, r, half);
    }
    if (form.title.right[i]) {
      put(r, half + 1, form.title.right[i], true);
      sheet.mergeCells(r, half + 1, r, width);
    }
  }
  r += 1;
  for (const line of form.title.centre) {
    const written = filled ? line.replace(/6 tháng đầu năm 20\.\.\./, form.period) : line;
    put(r, 1, written, true);
    sheet.mergeCells(r, 1, r, width);
    r += 1;
  }
  r += 1;
  const twoRows = form.columns.some((c) => c.bottom);
  form.columns.forEach((col, c) => {
    put(r, c + 1, col.top, true);
    if (twoRows && col.bottom) put(r + 1, c + 1, col.bottom, true);
  });
  if (twoRows) {
    for (let c = 0; c < width; c++) {
      const col = form.columns[c];
      if (!col.bottom) sheet.mergeCells(r, c + 1, r + 1, c + 1);
      else if (
        c + 1 < width &&
        form.columns[c + 1].top === col.top &&
        (c === 0 || form.columns[c - 1].top !== col.top)
      ) {
        let end = c;
        while (end + 1 < width && form.columns[end + 1].top === col.top) end++;
        sheet.mergeCells(r, c + 1, r, end + 1);
      }
    }
    r += 2;
  } else r += 1;
  if (form.columnNumbers) {
    form.columns.forEach((_, c) => put(r, c + 1, `(${c + 1})`));
    r += 1;
  }
  const col = (role: Column['role']) => form.columns.findIndex((c) => c.role === role) + 1;
  for (const row of form.rows) {
    if (row.kind === 'indicator' && filled?.edits.remove === row.hand) continue;
    const label = row.kind === 'indicator' ? (filled?.edits.reword?.[row.hand] ?? row.label) : row.label;
    if (col('stt') > 0 && row.kind !== 'marker' && row.number) put(r, col('stt'), row.number, row.kind === 'section');
    put(r, col('label'), label, row.kind === 'section');
    if (row.kind === 'indicator') {
      if (col('measure') > 0 && row.measure) put(r, col('measure'), row.measure);
      if (filled) put(r, col('result'), form.figure(row.hand, filled.index));
    }
    r += 1;
    if (row.kind === 'indicator' && filled?.edits.insertAfter?.after === row.hand) {
      const extra = filled.edits.insertAfter;
      put(r, col('label'), extra.label);
      if (col('measure') > 0) put(r, col('measure'), extra.measure);
      put(r, col('result'), extra.value);
      r += 1;
    }
  }
  r += 1;
  put(r, 2, form.signature[0], true);
  put(r, width - 1, form.signature[1], true);
  sheet.getColumn(col('label')).width = 50;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** "Xã Tân Tiến" → "UBND XÃ TÂN TIẾN", as a commune writes its own name at the top. */
export function unitTitle(unit: string): string {
  return `UBND ${unit.toUpperCase()}`;
}

/** The form's grid as the command line reads it. */
export async function formGrid(form: DepartmentForm, filled?: Filled): Promise<Grid> {
  const file = filled ? `${filled.unit}.xlsx` : form.file;
  const [grid] = gridsFromXlsx(await formBytes(form, filled), file);
  return grid;
}

/** The hand ids of a form's indicator rows, in order. */
export function handIds(form: DepartmentForm): string[] {
  return form.rows.flatMap((row) => (row.kind === 'indicator' ? [row.hand] : []));
}
