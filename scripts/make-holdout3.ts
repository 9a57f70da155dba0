/**
 * Writes the THIRD hold-out corpus: test/holdout3/corpus/*.xlsx, expected.json and units.txt.
 *
 * Written without reading the engine's matching aliases or detection rules: labels are what commune offices of a
 * northern mountainous province (Tuyên Quang after the 2025 merger with Hà Giang) write, from the seeds and office
 * habit. Period "6 tháng đầu năm 2025". Styles, one office each:
 *  - a Word table pasted into Excel: merged cells everywhere, labels wrapped with line breaks, figures as text with
 *    trailing spaces, a tall row merged over two sheet rows;
 *  - the department's template "Chỉ tiêu | Đơn vị tính | Số liệu kỳ báo cáo | Lũy kế từ đầu năm | Ghi chú" with a
 *    column-number row, filled in the usual column by one office and only in "Lũy kế" by another;
 *  - "Cùng kỳ năm 2024" left of "Kết quả thực hiện 6 tháng đầu năm 2025", then "So sánh (%)";
 *  - "Kế hoạch năm 2025 | Thực hiện 6 tháng đầu năm 2025 | Tỷ lệ % so với KH";
 *  - percentages stored as fractions with a "0.0%" format; numbers typed with non-breaking / plain spaces;
 *  - abbreviations (TTHC, DVCTT, CĐS, BCCI, HTTT, CNSCĐ, IOC); a sheet typed in .VnTime (TCVN3) with a .VnTimeH title;
 *  - "Tổng cộng" and "Trong đó" rows; measures in the cell ("12 trạm", "7.500.000 đồng"); "đồng" and "tỷ đồng" ĐVT;
 *  - rows of other sectors (văn hóa, thể thao, du lịch) that must stay unmatched, some built as traps
 *    ("hộ gia đình văn hóa", "tỷ lệ thôn có nhà văn hóa", "doanh thu du lịch");
 *  - a workbook with a second sheet of culture figures (Biểu 02) beside the ICT report (Biểu 01);
 *  - Phường Hà Giang 1 and Phường Hà Giang 2, and two listed communes that sent nothing.
 * The expected value is in the catalog's measure (only the catalog's id, name, unit and aggregate were read).
 *
 * Deterministic: fixed seed, fixed workbook dates, fixed zip timestamps. Run with `npx tsx scripts/make-holdout3.ts`.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAddress } from '../src/core/address/address';
import { encodeTcvn3 } from '../src/core/text';
import type { Expect, ExpectedCorpus2, ExpectedRow } from './lib/holdout-expect';

const OUT = join(__dirname, '..', 'test', 'holdout3', 'corpus');
const PERIOD = '6 tháng đầu năm 2025';

// ─── Figures (fixed seed) ────────────────────────────────────────────────────────────────────────────────────
let seed = 0x2025_0630;
function rnd(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return ((seed >>> 8) & 0xffff) / 0x10000;
}
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

type Fig = {
  pop: number;
  hh: number;
  bts: number;
  mobile: number;
  mbb: number;
  fixed: number;
  dossiers: number;
  docs: number;
  postalIn: number;
  postalOut: number;
  pay: number;
  certs: number;
  mails: number;
  trained: number;
  teams: number;
  members: number;
};
function figures(pop: number): Fig {
  const hh = Math.round(pop / (4.4 + rnd()));
  const mobile = Math.round(pop * (0.78 + rnd() * 0.25));
  const teams = int(8, 22);
  return {
    pop,
    hh,
    bts: Math.max(4, Math.round(pop / int(900, 1500))),
    mobile,
    mbb: Math.round(mobile * (0.55 + rnd() * 0.2)),
    fixed: Math.round(hh * (0.25 + rnd() * 0.3)),
    dossiers: int(420, 2600),
    docs: int(900, 3400),
    postalIn: int(15, 140),
    postalOut: int(20, 190),
    pay: int(60, 900),
    certs: int(24, 61),
    mails: int(28, 70),
    trained: int(150, 1900),
    teams,
    members: teams * int(4, 7),
  };
}

/** "12.345": the Vietnamese thousands separator. */
function vn(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
/** "12 345" with the given space character. */
function spaced(n: number, sp: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sp);
}
const comma = (x: number): string => String(x).replace('.', ',');

// ─── Writing cells and recording what a careful reader expects ───────────────────────────────────────────────
type Cell = string | number | null | { n: number; fmt: string };
type Enc = 'unicode' | 'tcvn3' | 'tcvn3caps';
type Opt = { bold?: boolean; wrap?: boolean; enc?: Enc; border?: boolean };

class W {
  readonly rows: ExpectedRow[] = [];
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly file: string,
    readonly enc: Enc = 'unicode',
  ) {}

  put(r: number, c: number, v: Cell, o: Opt = {}): void {
    const cell = this.ws.getCell(r + 1, c + 1);
    const enc = o.enc ?? this.enc;
    if (v === null) cell.value = null;
    else if (typeof v === 'object') {
      cell.value = v.n;
      cell.numFmt = v.fmt;
    } else if (typeof v === 'string' && enc !== 'unicode') cell.value = encodeTcvn3(v, enc === 'tcvn3caps');
    else cell.value = v;
    const font = enc === 'tcvn3' ? '.VnTime' : enc === 'tcvn3caps' ? '.VnTimeH' : 'Times New Roman';
    cell.font = { name: font, size: 13, bold: o.bold ?? false };
    if (o.wrap) cell.alignment = { wrapText: true, vertical: 'middle' };
    if (o.border)
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  }

  ref(r: number, c: number): string {
    return `${this.file}#${this.ws.name}!${cellAddress(r, c)}`;
  }

  expect(label: string, r: number, lc: number, vc: number | null, raw: Cell, e: Expect): void {
    const rawText = raw === null ? '' : typeof raw === 'object' ? `${raw.n} [${raw.fmt}]` : String(raw);
    this.rows.push({
      label,
      labelCell: this.ref(r, lc),
      valueCell: vc === null ? null : this.ref(r, vc),
      raw: rawText,
      expect: e,
    });
  }

  heading(label: string, r: number, c: number): void {
    this.rows.push({ label, labelCell: this.ref(r, c), valueCell: null, raw: '', expect: { kind: 'heading' } });
  }
}

const is = (id: string, value: number | null, alsoAccept?: (number | null)[]): Expect => ({
  kind: 'indicator',
  id,
  value,
  ...(alsoAccept ? { alsoAccept } : {}),
});
const no = (why: string): Expect => ({ kind: 'unmatched', why });
const either = (id: string, value: number | null, why: string): Expect => ({ kind: 'either', id, value, why });

/** A data row: label, measure, the figure as written, what it means, other columns' cells. */
type Line = { stt?: string; label: string; measure?: string; v: Cell; e: Expect; other?: Cell[] };
/** A section heading or a label-only row ("Trong đó:"). */
type Head = { head: string; stt?: string };
type Item = Line | Head;
const isHead = (x: Item): x is Head => 'head' in x;

const TEMPLATE_NUMBERS = ['A', 'B', 'C', '(1)', '(2)', '(3)'];
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO2 = 'Độc lập - Tự do - Hạnh phúc';

/** A plain table: header cells at r0, then rows; cols maps stt/label/measure/value/other columns. Returns next row. */
function table(
  w: W,
  r0: number,
  header: string[],
  cols: { stt: number; label: number; measure: number | null; value: number; other: number[] },
  items: Item[],
  numbers?: string[],
): number {
  header.forEach((h, c) => w.put(r0, c, h, { bold: true, border: true, wrap: true }));
  let r = r0 + 1;
  // The template's column-number row ("A | B | C | (1) | (2) | (3)").
  if (numbers) numbers.forEach((t, c) => w.put(r, c, t, { border: true }));
  if (numbers) r++;
  for (const it of items) {
    if (isHead(it)) {
      if (it.stt) w.put(r, cols.stt, it.stt, { bold: true, border: true });
      w.put(r, cols.label, it.head, { bold: true, border: true });
      w.heading(it.head, r, cols.label);
    } else {
      if (it.stt !== undefined) w.put(r, cols.stt, it.stt, { border: true });
      w.put(r, cols.label, it.label, { border: true, wrap: true });
      if (cols.measure !== null && it.measure !== undefined) w.put(r, cols.measure, it.measure, { border: true });
      w.put(r, cols.value, it.v, { border: true });
      (it.other ?? []).forEach((x, i) => w.put(r, cols.other[i], x, { border: true }));
      w.expect(it.label, r, cols.label, cols.value, it.v, it.e);
    }
    r++;
  }
  return r;
}

function sign(w: W, r: number, c: number, role: string, name: string): void {
  w.put(r, 0, 'Nơi nhận:', { bold: true });
  w.put(r + 1, 0, '- Sở Khoa học và Công nghệ;');
  w.put(r + 2, 0, '- Lưu: VT.');
  w.put(r, c, 'TM. ỦY BAN NHÂN DÂN', { bold: true });
  w.put(r + 1, c, role, { bold: true });
  w.put(r + 5, c, name, { bold: true });
}

type Doc = {
  unit: string;
  file: string;
  sheets: { name: string; write: (w: W) => void; report: boolean; enc?: Enc; why?: string }[];
};

// ─── The reports ─────────────────────────────────────────────────────────────────────────────────────────────
function docs(): Doc[] {
  const list: Doc[] = [];

  // 1. Xã Lũng Cú — a Word table pasted into Excel.
  {
    const f = figures(9620);
    const village = 94.7;
    const digit = 72.5;
    const culture = int(900, 1300);
    list.push({
      unit: 'Xã Lũng Cú',
      file: 'Lung Cu - bao cao CDS 6 thang.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          report: true,
          write: (w) => {
            w.put(0, 0, 'ỦY BAN NHÂN DÂN\nXÃ LŨNG CÚ', { bold: true, wrap: true });
            w.merge(0, 0, 0, 2);
            w.put(0, 3, `${MOTTO}\n${MOTTO2}`, { bold: true, wrap: true });
            w.merge(0, 3, 0, 5);
            w.put(1, 0, 'Số: 87/BC-UBND');
            w.merge(1, 0, 1, 2);
            w.put(1, 3, 'Lũng Cú, ngày 20 tháng 6 năm 2025');
            w.merge(1, 3, 1, 5);
            w.put(
              3,
              0,
              'BÁO CÁO\nKết quả thực hiện nhiệm vụ chuyển đổi số, thông tin và truyền thông\n6 tháng đầu năm 2025',
              { bold: true, wrap: true },
            );
            w.merge(3, 0, 3, 5);
            // Two-row header, every cell merged.
            w.put(5, 0, 'TT', { bold: true, border: true });
            w.merge(5, 0, 6, 0);
            w.put(5, 1, 'Nội dung', { bold: true, border: true });
            w.merge(5, 1, 6, 2);
            w.put(5, 3, 'Đơn vị\ntính', { bold: true, border: true, wrap: true });
            w.merge(5, 3, 6, 3);
            w.put(5, 4, 'Kết quả thực hiện\n6 tháng đầu năm 2025', { bold: true, border: true, wrap: true });
            w.merge(5, 4, 6, 4);
            w.put(5, 5, 'Ghi chú', { bold: true, border: true });
            w.merge(5, 5, 6, 5);
            let r = 7;
            const sec = (stt: string, text: string): void => {
              w.put(r, 0, stt, { bold: true, border: true });
              w.put(r, 1, text, { bold: true, border: true });
              w.merge(r, 1, r, 5);
              w.heading(text, r, 1);
              r++;
            };
            const row = (
              stt: string,
              label: string,
              measure: string,
              v: string,
              e: Expect,
              note?: string,
              tall = false,
            ): void => {
              const r2 = tall ? r + 1 : r;
              w.put(r, 0, stt, { border: true });
              if (tall) w.merge(r, 0, r2, 0);
              w.put(r, 1, label, { border: true, wrap: true });
              w.merge(r, 1, r2, 2);
              w.put(r, 3, measure, { border: true, wrap: true });
              if (tall) w.merge(r, 3, r2, 3);
              w.put(r, 4, v, { border: true });
              if (tall) w.merge(r, 4, r2, 4);
              w.put(r, 5, note ?? null, { border: true, wrap: true });
              if (tall) w.merge(r, 5, r2, 5);
              w.expect(label, r, 1, 4, v, e);
              r = r2 + 1;
            };
            sec('I', 'HẠ TẦNG VIỄN THÔNG, BƯU CHÍNH');
            row(
              '1',
              'Số trạm BTS\n(trạm thu phát sóng di động)',
              'Trạm',
              `${f.bts} `,
              is('bts_stations', f.bts),
              'Viettel, VNPT',
            );
            row(
              '2',
              'Số thuê bao điện thoại\ndi động',
              'Thuê\nbao',
              `${vn(f.mobile)} `,
              is('mobile_subscribers', f.mobile),
            );
            row(
              '3',
              'Thuê bao Internet băng rộng\ncố định (FTTH)',
              'Thuê\nbao',
              `${vn(f.fixed)}  `,
              is('fixed_broadband_subscribers', f.fixed),
            );
            row(
              '4',
              'Tỷ lệ thôn, bản được phủ sóng\nbăng rộng di động',
              '%',
              `${comma(village)} `,
              is('village_broadband_coverage_rate', village),
              '18/19 thôn',
              true,
            );
            row('5', 'Điểm Bưu điện - Văn hóa xã', 'Điểm', '1 ', is('postal_service_points', 1));
            sec('II', 'XÂY DỰNG CHÍNH QUYỀN SỐ');
            row(
              '1',
              'Hồ sơ TTHC tiếp nhận\ntrực tuyến',
              'Hồ sơ',
              `${vn(f.dossiers)} `,
              is('online_dossiers', f.dossiers),
            );
            row(
              '2',
              'Tỷ lệ số hóa hồ sơ, kết quả\ngiải quyết TTHC',
              '%',
              `${comma(digit)} `,
              is('digitisation_rate', digit),
              undefined,
              true,
            );
            row(
              '3',
              'Văn bản đi gửi trên môi trường\nmạng (có ký số)',
              'Văn bản',
              `${vn(f.docs)} `,
              is('electronic_documents', f.docs),
            );
            sec('III', 'VĂN HÓA - XÃ HỘI');
            row(
              '1',
              'Số hộ gia đình được công nhận\n"Gia đình văn hóa"',
              'Hộ',
              `${vn(culture)} `,
              no('culture: cultured-family title, not the number of households'),
            );
            row('2', 'Lễ hội truyền thống được tổ chức\n(Lễ hội Khèn Mông)', 'Lễ hội', '2 ', no('culture: festivals'));
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Vàng Mí Chứ');
          },
        },
      ],
    });
  }

  // 2. Xã Đồng Văn — the department's template, filled in the usual column; flows repeated in "Lũy kế".
  {
    const f = figures(14310);
    const fibre = 31.4;
    const smart = 58.2;
    const rate = 83.6;
    const tourists = int(40000, 90000);
    list.push({
      unit: 'Xã Đồng Văn',
      file: 'DONG VAN_Bieu mau so lieu.xlsx',
      sheets: [
        {
          name: 'Biểu số liệu',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ ĐỒNG VĂN', { bold: true });
            w.put(0, 3, MOTTO, { bold: true });
            w.put(1, 3, MOTTO2, { bold: true });
            w.put(3, 0, 'BIỂU SỐ LIỆU BÁO CÁO CHUYỂN ĐỔI SỐ, THÔNG TIN VÀ TRUYỀN THÔNG', { bold: true });
            w.merge(3, 0, 3, 5);
            w.put(4, 0, 'Kỳ báo cáo: 6 tháng đầu năm 2025');
            w.merge(4, 0, 4, 5);
            w.put(5, 0, '(Kèm theo Báo cáo số 112/BC-UBND ngày 18/6/2025 của UBND xã Đồng Văn)');
            w.merge(5, 0, 5, 5);
            const flow = (n: number): Cell[] => [n, null];
            const r = table(
              w,
              7,
              ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu kỳ báo cáo', 'Lũy kế từ đầu năm', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [4, 5] },
              [
                { stt: '1', label: 'Dân số trên địa bàn', measure: 'Người', v: f.pop, e: is('population', f.pop) },
                { stt: '2', label: 'Số hộ gia đình', measure: 'Hộ', v: f.hh, e: is('households', f.hh) },
                {
                  stt: '3',
                  label: 'Trạm phát sóng thông tin di động',
                  measure: 'Trạm',
                  v: f.bts,
                  e: is('bts_stations', f.bts),
                },
                {
                  stt: '4',
                  label: 'Thuê bao băng rộng di động (3G, 4G)',
                  measure: 'Thuê bao',
                  v: f.mbb,
                  e: is('mobile_broadband_subscribers', f.mbb),
                },
                {
                  stt: '5',
                  label: 'Tỷ lệ hộ gia đình có kết nối cáp quang',
                  measure: '%',
                  v: fibre,
                  e: is('fibre_households_rate', fibre),
                },
                {
                  stt: '6',
                  label: 'Tỷ lệ người dân trưởng thành có điện thoại thông minh',
                  measure: '%',
                  v: smart,
                  e: is('smartphone_users_rate', smart),
                },
                {
                  stt: '7',
                  label: 'Tỷ lệ hồ sơ giải quyết TTHC trực tuyến',
                  measure: '%',
                  v: rate,
                  e: is('online_dossier_rate', rate),
                },
                {
                  stt: '8',
                  label: 'Số hồ sơ thanh toán phí, lệ phí trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.pay,
                  e: is('online_payment_dossiers', f.pay),
                  other: flow(f.pay),
                },
                {
                  stt: '9',
                  label: 'Hộp thư điện tử công vụ đã cấp cho cán bộ, công chức',
                  measure: 'Hộp thư',
                  v: f.mails,
                  e: is('official_email_boxes', f.mails),
                },
                {
                  stt: '10',
                  label: 'Chứng thư số chuyên dùng đã cấp',
                  measure: 'Chứng thư',
                  v: f.certs,
                  e: is('digital_certificates', f.certs),
                },
                {
                  stt: '11',
                  label: 'Tổ công nghệ số cộng đồng',
                  measure: 'Tổ',
                  v: f.teams,
                  e: is('community_digital_teams', f.teams),
                },
                {
                  stt: '12',
                  label: 'Thành viên tổ công nghệ số cộng đồng',
                  measure: 'Người',
                  v: f.members,
                  e: is('community_digital_members', f.members),
                },
                {
                  stt: '13',
                  label: 'Lượt người được tập huấn, hướng dẫn kỹ năng số',
                  measure: 'Lượt người',
                  v: f.trained,
                  e: is('digital_training_participants', f.trained),
                  other: flow(f.trained),
                },
                {
                  stt: '14',
                  label: 'Lượt khách du lịch đến Cao nguyên đá',
                  measure: 'Lượt khách',
                  v: tourists,
                  e: no('tourism'),
                  other: flow(tourists),
                },
              ],
              TEMPLATE_NUMBERS,
            );
            sign(w, r + 1, 3, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Sùng Mí Páo');
          },
        },
      ],
    });
  }

  // 3. Phường Hà Giang 2 — same template, but the office filled only "Lũy kế từ đầu năm".
  {
    const f = figures(21840);
    const cams = int(12, 40);
    const wifi = int(4, 15);
    list.push({
      unit: 'Phường Hà Giang 2',
      file: 'Phuong Ha Giang 2.xlsx',
      sheets: [
        {
          name: 'Bieu mau',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND PHƯỜNG HÀ GIANG 2', { bold: true });
            w.put(0, 3, MOTTO, { bold: true });
            w.put(1, 3, MOTTO2, { bold: true });
            w.put(3, 0, 'BIỂU SỐ LIỆU BÁO CÁO CHUYỂN ĐỔI SỐ, THÔNG TIN VÀ TRUYỀN THÔNG', { bold: true });
            w.put(4, 0, 'Kỳ báo cáo: 6 tháng đầu năm 2025');
            // Only "Lũy kế từ đầu năm" (E) is filled: it is the value column of the expectation; "Số liệu kỳ báo cáo" stays empty.
            const cum = (n: number, note?: string): { v: Cell; other: Cell[] } => ({
              v: n,
              other: [null, note ?? null],
            });
            const items: Item[] = [
              {
                stt: '1',
                label: 'Số trạm BTS đang hoạt động',
                measure: 'Trạm',
                ...cum(f.bts),
                e: is('bts_stations', f.bts),
              },
              {
                stt: '2',
                label: 'Thuê bao di động (trả trước, trả sau)',
                measure: 'Thuê bao',
                ...cum(f.mobile),
                e: is('mobile_subscribers', f.mobile),
              },
              {
                stt: '3',
                label: 'Thuê bao Internet cố định băng rộng',
                measure: 'Thuê bao',
                ...cum(f.fixed),
                e: is('fixed_broadband_subscribers', f.fixed),
              },
              {
                stt: '4',
                label: 'Số hồ sơ tiếp nhận trực tuyến trên Cổng DVC',
                measure: 'Hồ sơ',
                ...cum(f.dossiers),
                e: is('online_dossiers', f.dossiers),
              },
              {
                stt: '5',
                label: 'Hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích',
                measure: 'Hồ sơ',
                ...cum(f.postalIn),
                e: is('postal_dossiers_received', f.postalIn),
              },
              {
                stt: '6',
                label: 'Kết quả giải quyết TTHC trả qua dịch vụ bưu chính công ích',
                measure: 'Hồ sơ',
                ...cum(f.postalOut),
                e: is('postal_results_returned', f.postalOut),
              },
              {
                stt: '7',
                label: 'Camera giám sát kết nối về Trung tâm IOC tỉnh',
                measure: 'Camera',
                ...cum(cams),
                e: is('ioc_cameras', cams),
              },
              {
                stt: '8',
                label: 'Điểm phát Wi-Fi miễn phí nơi công cộng',
                measure: 'Điểm',
                ...cum(wifi, 'Quảng trường, chợ'),
                e: is('public_wifi_points', wifi),
              },
              { stt: '9', label: 'Số câu lạc bộ thể dục thể thao', measure: 'CLB', ...cum(9), e: no('sport: clubs') },
            ];
            const r = table(
              w,
              6,
              ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu kỳ báo cáo', 'Lũy kế từ đầu năm', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 4, other: [3, 5] },
              items,
              TEMPLATE_NUMBERS,
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Nguyễn Thị Hoa');
          },
        },
      ],
    });
  }

  // 4. Xã Yên Minh — "Cùng kỳ năm 2024" left of the 2025 result, then "So sánh (%)".
  {
    const f = figures(17250);
    const last = (n: number): number => Math.round(n * (0.8 + rnd() * 0.15));
    const ratio = (a: number, b: number): number => Math.round((a / b) * 1000) / 10;
    const cov = 91.3;
    const covLast = 86.8;
    const rate = 79.4;
    const rateLast = 64.1;
    const edoc = 96.5;
    const edocLast = 92;
    const radio = int(180, 420);
    const revenue = int(3500, 9000);
    const lines: [string, string, string, number, number, Expect][] = [
      ['1', 'Trạm thu phát sóng di động (BTS)', 'Trạm', f.bts, f.bts - 1, is('bts_stations', f.bts)],
      ['2', 'Thuê bao điện thoại di động', 'Thuê bao', f.mobile, last(f.mobile), is('mobile_subscribers', f.mobile)],
      [
        '3',
        'Thuê bao Internet di động băng rộng',
        'Thuê bao',
        f.mbb,
        last(f.mbb),
        is('mobile_broadband_subscribers', f.mbb),
      ],
      [
        '4',
        'Thuê bao Internet cáp quang (FTTH)',
        'Thuê bao',
        f.fixed,
        last(f.fixed),
        is('fixed_broadband_subscribers', f.fixed),
      ],
      ['5', 'Tỷ lệ dân số được phủ sóng 4G', '%', cov, covLast, is('coverage_4g_rate', cov)],
      ['6', 'Điểm phục vụ bưu chính', 'Điểm', 3, 3, is('postal_service_points', 3)],
      ['7', 'Số hồ sơ nộp trực tuyến', 'Hồ sơ', f.dossiers, last(f.dossiers), is('online_dossiers', f.dossiers)],
      ['8', 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến', '%', rate, rateLast, is('online_dossier_rate', rate)],
      ['9', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', '%', edoc, edocLast, is('electronic_documents_rate', edoc)],
      ['10', 'Cụm loa truyền thanh ứng dụng CNTT-VT', 'Cụm', 14, 9, is('loudspeaker_clusters', 14)],
      [
        '11',
        'Tin, bài phát trên hệ thống truyền thanh cơ sở',
        'Tin, bài',
        radio,
        last(radio),
        is('radio_news_items', radio),
      ],
      [
        '12',
        'Doanh thu từ hoạt động du lịch',
        'Triệu đồng',
        revenue,
        last(revenue),
        no('tourism revenue, not a telecom or postal revenue'),
      ],
      ['13', 'Số di tích được xếp hạng cấp tỉnh', 'Di tích', 4, 4, no('culture: heritage sites')],
    ];
    list.push({
      unit: 'Xã Yên Minh',
      file: 'BC 6T 2025 - Yen Minh.xlsx',
      sheets: [
        {
          name: '6 thang',
          report: true,
          write: (w) => {
            w.put(0, 0, 'ỦY BAN NHÂN DÂN XÃ YÊN MINH', { bold: true });
            w.put(2, 0, 'BÁO CÁO SỐ LIỆU LĨNH VỰC THÔNG TIN, TRUYỀN THÔNG VÀ CHUYỂN ĐỔI SỐ', { bold: true });
            w.put(3, 0, '6 tháng đầu năm 2025', { bold: true });
            const r = table(
              w,
              5,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Cùng kỳ năm 2024', 'Kết quả thực hiện 6 tháng đầu năm 2025', 'So sánh (%)'],
              { stt: 0, label: 1, measure: 2, value: 4, other: [3, 5] },
              lines.map(([stt, label, measure, now, before, e]) => ({
                stt,
                label,
                measure,
                v: now,
                e,
                other: [before, ratio(now, before)],
              })),
            );
            w.put(r + 1, 4, 'NGƯỜI LẬP BIỂU', { bold: true });
            w.put(r + 5, 4, 'Lý Thị Mai');
          },
        },
      ],
    });
  }

  // 5. Xã Quản Bạ — percentages stored as fractions with a 0.0% format.
  {
    const f = figures(12980);
    const p = (x: number, fmt = '0.0%'): Cell => ({ n: Math.round(x * 10) / 1000, fmt });
    const fibre = 38.6;
    const smart = 64.9;
    const village = 88.9;
    const rate = 81.7;
    const digit = 67.3;
    const withDossiers = 72.4;
    const edoc = 98.1;
    list.push({
      unit: 'Xã Quản Bạ',
      file: 'Quan Ba.xlsx',
      sheets: [
        {
          name: 'BC CĐS',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ QUẢN BẠ', { bold: true });
            w.put(1, 0, 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025', { bold: true });
            const r = table(
              w,
              3,
              ['TT', 'Tên chỉ tiêu', 'Đơn vị', 'Thực hiện 6 tháng', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [4] },
              [
                {
                  stt: '1',
                  label: 'Dân số',
                  measure: 'Người',
                  v: { n: f.pop, fmt: '#,##0' },
                  e: is('population', f.pop),
                },
                {
                  stt: '2',
                  label: 'Tổng số hộ',
                  measure: 'Hộ',
                  v: { n: f.hh, fmt: '#,##0' },
                  e: is('households', f.hh),
                },
                { stt: '3', label: 'Số trạm BTS', measure: 'Trạm', v: f.bts, e: is('bts_stations', f.bts) },
                {
                  stt: '4',
                  label: 'Tỷ lệ hộ gia đình có Internet cáp quang',
                  measure: '%',
                  v: p(fibre),
                  e: is('fibre_households_rate', fibre),
                },
                {
                  stt: '5',
                  label: 'Tỷ lệ người dân sử dụng điện thoại thông minh',
                  measure: '%',
                  v: p(smart),
                  e: is('smartphone_users_rate', smart),
                },
                {
                  stt: '6',
                  label: 'Tỷ lệ thôn, bản có sóng băng rộng di động',
                  measure: '%',
                  v: p(village),
                  e: is('village_broadband_coverage_rate', village),
                  other: ['16/18 thôn'],
                },
                {
                  stt: '7',
                  label: 'Tỷ lệ dân số được phủ sóng 4G',
                  measure: '%',
                  v: { n: 1, fmt: '0%' },
                  e: is('coverage_4g_rate', 100),
                },
                {
                  stt: '8',
                  label: 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến',
                  measure: '%',
                  v: p(rate),
                  e: is('online_dossier_rate', rate),
                },
                {
                  stt: '9',
                  label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
                  measure: '%',
                  v: p(digit),
                  e: is('digitisation_rate', digit),
                },
                {
                  stt: '10',
                  label: 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
                  measure: '%',
                  v: p(withDossiers),
                  e: is('online_services_with_dossiers_rate', withDossiers),
                },
                {
                  stt: '11',
                  label: 'Tỷ lệ văn bản đi được gửi dưới dạng điện tử',
                  measure: '%',
                  v: p(edoc),
                  e: is('electronic_documents_rate', edoc),
                },
                {
                  stt: '12',
                  label: 'Số hồ sơ thanh toán trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.pay,
                  e: is('online_payment_dossiers', f.pay),
                },
                {
                  stt: '13',
                  label: 'Tỷ lệ thôn, bản có nhà văn hóa',
                  measure: '%',
                  v: p(94.4),
                  e: no('culture: village halls, not broadband coverage'),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Thào Văn Lử');
          },
        },
      ],
    });
  }

  // 6. Xã Hoàng Su Phì — figures typed as text with non-breaking (and plain) spaces between thousands.
  {
    const f = figures(16820);
    const smart = 61.5;
    const nb = (n: number): string => spaced(n, '\u00a0');
    const shops = int(30, 120);
    list.push({
      unit: 'Xã Hoàng Su Phì',
      file: 'HSP_bc_6thang.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ HOÀNG SU PHÌ', { bold: true });
            w.put(1, 0, 'Số liệu thông tin và truyền thông 6 tháng đầu năm 2025', { bold: true });
            const r = table(
              w,
              3,
              ['STT', 'Nội dung chỉ tiêu', 'ĐVT', 'Số liệu 6 tháng đầu năm 2025'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [] },
              [
                { stt: '1', label: 'Dân số toàn xã', measure: 'người', v: nb(f.pop), e: is('population', f.pop) },
                { stt: '2', label: 'Số hộ dân', measure: 'hộ', v: nb(f.hh), e: is('households', f.hh) },
                {
                  stt: '3',
                  label: 'Thuê bao di động',
                  measure: 'thuê bao',
                  v: nb(f.mobile),
                  e: is('mobile_subscribers', f.mobile),
                },
                {
                  stt: '4',
                  label: 'Thuê bao Internet di động (3G/4G)',
                  measure: 'thuê bao',
                  v: spaced(f.mbb, ' '),
                  e: is('mobile_broadband_subscribers', f.mbb),
                },
                {
                  stt: '5',
                  label: 'Thuê bao Internet băng rộng cố định',
                  measure: 'thuê bao',
                  v: nb(f.fixed),
                  e: is('fixed_broadband_subscribers', f.fixed),
                },
                {
                  stt: '6',
                  label: 'Hồ sơ tiếp nhận trực tuyến',
                  measure: 'hồ sơ',
                  v: nb(f.dossiers),
                  e: is('online_dossiers', f.dossiers),
                },
                {
                  stt: '7',
                  label: 'Văn bản điện tử gửi đi',
                  measure: 'văn bản',
                  v: `${nb(f.docs)}\u00a0`,
                  e: is('electronic_documents', f.docs),
                },
                {
                  stt: '8',
                  label: 'Lượt người dân được hướng dẫn sử dụng VNeID, DVC',
                  measure: 'lượt',
                  v: nb(f.trained),
                  e: either(
                    'digital_training_participants',
                    f.trained,
                    'guidance on VNeID is digital-skills training to some offices, not to others',
                  ),
                },
                {
                  stt: '9',
                  label: 'Hộ sản xuất đưa sản phẩm lên sàn TMĐT',
                  measure: 'hộ',
                  v: String(shops),
                  e: is('ecommerce_households', shops),
                },
                {
                  stt: '10',
                  label: 'Tỷ lệ người dân có điện thoại thông minh',
                  measure: '%',
                  v: comma(smart),
                  e: is('smartphone_users_rate', smart),
                },
                {
                  stt: '11',
                  label: 'Số buổi chiếu phim lưu động phục vụ đồng bào',
                  measure: 'buổi',
                  v: '12',
                  e: no('culture: mobile cinema'),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Hoàng Văn Thắng');
          },
        },
      ],
    });
  }

  // 7. Xã Xín Mần — abbreviations everywhere.
  {
    const f = figures(11430);
    const full = int(180, 320);
    const partial = int(60, 140);
    const withDossiers = 55.8;
    const cams = int(6, 20);
    list.push({
      unit: 'Xã Xín Mần',
      file: 'Xin Man.xlsx',
      sheets: [
        {
          name: 'Bieu 01',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ XÍN MẦN', { bold: true });
            w.put(2, 0, 'Biểu 01: KẾT QUẢ THỰC HIỆN CĐS, TT&TT 6 THÁNG ĐẦU NĂM 2025', { bold: true });
            const r = table(
              w,
              4,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [] },
              [
                { head: 'I. CHÍNH QUYỀN SỐ', stt: '' },
                {
                  stt: '1',
                  label: 'Số TTHC cung cấp DVCTT toàn trình',
                  measure: 'TTHC',
                  v: full,
                  e: is('online_services_full', full),
                },
                {
                  stt: '2',
                  label: 'Số DVCTT một phần',
                  measure: 'DV',
                  v: partial,
                  e: is('online_services_partial', partial),
                },
                {
                  stt: '3',
                  label: 'Tỷ lệ DVCTT phát sinh hồ sơ',
                  measure: '%',
                  v: withDossiers,
                  e: is('online_services_with_dossiers_rate', withDossiers),
                },
                {
                  stt: '4',
                  label: 'Hồ sơ TTHC tiếp nhận qua BCCI',
                  measure: 'Hồ sơ',
                  v: f.postalIn,
                  e: is('postal_dossiers_received', f.postalIn),
                },
                {
                  stt: '5',
                  label: 'Kết quả giải quyết TTHC trả qua BCCI',
                  measure: 'Hồ sơ',
                  v: f.postalOut,
                  e: is('postal_results_returned', f.postalOut),
                },
                {
                  stt: '6',
                  label: 'Số VB đi gửi qua HTTT quản lý văn bản và điều hành',
                  measure: 'VB',
                  v: f.docs,
                  e: is('electronic_documents', f.docs),
                },
                { stt: '7', label: 'Số camera kết nối IOC', measure: 'Camera', v: cams, e: is('ioc_cameras', cams) },
                { head: 'II. XÃ HỘI SỐ', stt: '' },
                {
                  stt: '8',
                  label: 'Số Tổ CNSCĐ',
                  measure: 'Tổ',
                  v: f.teams,
                  e: is('community_digital_teams', f.teams),
                },
                {
                  stt: '9',
                  label: 'Số lượt người được tập huấn CĐS',
                  measure: 'Lượt',
                  v: f.trained,
                  e: is('digital_training_participants', f.trained),
                },
                {
                  stt: '10',
                  label: 'Số giải thể thao cấp xã tổ chức',
                  measure: 'Giải',
                  v: 3,
                  e: no('sport: tournaments'),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Lù Văn Sình');
          },
        },
      ],
    });
  }

  // 8. Phường Hà Giang 1 — "Tổng số … / Trong đó" blocks and a "Tổng cộng" row.
  {
    const f = figures(26540);
    const direct = int(900, 2200);
    const rate = 74.8;
    const certStaff = f.certs;
    const certOrg = int(4, 9);
    const vc = int(3, 6);
    const meetings = int(18, 46);
    list.push({
      unit: 'Phường Hà Giang 1',
      file: 'HG1_bao cao 6 thang.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          report: true,
          write: (w) => {
            w.put(0, 0, 'ỦY BAN NHÂN DÂN PHƯỜNG HÀ GIANG 1', { bold: true });
            w.put(0, 3, MOTTO, { bold: true });
            w.put(2, 0, 'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2025', { bold: true });
            w.put(3, 0, '(Lĩnh vực Thông tin và Truyền thông, Chuyển đổi số)');
            const r = table(
              w,
              5,
              ['STT', 'Nội dung', 'Đơn vị tính', 'Thực hiện', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [4] },
              [
                { stt: '1', label: 'Số trạm BTS', measure: 'Trạm', v: f.bts, e: is('bts_stations', f.bts) },
                {
                  stt: '2',
                  label: 'Số bưu cục, điểm phục vụ bưu chính',
                  measure: 'Điểm',
                  v: 4,
                  e: is('postal_service_points', 4),
                },
                {
                  stt: '3',
                  label: 'Tổng số thuê bao Internet',
                  measure: 'Thuê bao',
                  v: f.fixed + f.mbb,
                  e: no('fixed + mobile broadband: no catalog indicator'),
                },
                { head: 'Trong đó:' },
                {
                  label: '- Thuê bao băng rộng cố định',
                  measure: 'Thuê bao',
                  v: f.fixed,
                  e: is('fixed_broadband_subscribers', f.fixed),
                },
                {
                  label: '- Thuê bao băng rộng di động',
                  measure: 'Thuê bao',
                  v: f.mbb,
                  e: is('mobile_broadband_subscribers', f.mbb),
                },
                {
                  stt: '4',
                  label: 'Số hồ sơ TTHC tiếp nhận',
                  measure: 'Hồ sơ',
                  v: direct + f.dossiers + f.postalIn,
                  e: no('all dossiers: no catalog indicator'),
                },
                {
                  label: 'Trong đó: + Trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.dossiers,
                  e: either('online_dossiers', f.dossiers, 'the online part, named only under its parent'),
                },
                {
                  label: '+ Trực tiếp tại Bộ phận một cửa',
                  measure: 'Hồ sơ',
                  v: direct,
                  e: no('dossiers received at the counter'),
                },
                {
                  label: '+ Qua dịch vụ BCCI',
                  measure: 'Hồ sơ',
                  v: f.postalIn,
                  e: either('postal_dossiers_received', f.postalIn, 'the postal part, named only under its parent'),
                },
                {
                  stt: '5',
                  label: 'Tỷ lệ hồ sơ xử lý trực tuyến',
                  measure: '%',
                  v: rate,
                  e: is('online_dossier_rate', rate),
                },
                {
                  stt: '6',
                  label: 'Chứng thư số đã cấp',
                  measure: 'Chứng thư',
                  v: null,
                  e: either(
                    'digital_certificates',
                    certStaff + certOrg,
                    'the block title of the certificates; its figure is the "Tổng cộng" below',
                  ),
                },
                {
                  label: '- Cho cán bộ, công chức',
                  measure: 'Chứng thư',
                  v: certStaff,
                  e: no('a part of the certificates, never the total'),
                },
                {
                  label: '- Cho cơ quan, tổ chức',
                  measure: 'Chứng thư',
                  v: certOrg,
                  e: no('a part of the certificates, never the total'),
                },
                {
                  label: 'Tổng cộng',
                  measure: 'Chứng thư',
                  v: certStaff + certOrg,
                  e: either('digital_certificates', certStaff + certOrg, '"Tổng cộng" names no indicator by itself'),
                },
                {
                  stt: '7',
                  label: 'Điểm cầu họp trực tuyến',
                  measure: 'Điểm cầu',
                  v: vc,
                  e: is('video_conference_points', vc),
                },
                {
                  stt: '8',
                  label: 'Số cuộc họp trực tuyến với tỉnh',
                  measure: 'Cuộc',
                  v: meetings,
                  e: is('online_meetings', meetings),
                },
                {
                  stt: '9',
                  label: 'Số buổi biểu diễn nghệ thuật quần chúng',
                  measure: 'Buổi',
                  v: 6,
                  e: no('culture: performances'),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Đỗ Minh Tuấn');
          },
        },
      ],
    });
  }

  // 9. Xã Mèo Vạc — typed in .VnTime (TCVN3), title in .VnTimeH.
  {
    const f = figures(15470);
    const rate = 85.3;
    const digit = 60.7;
    const radio = int(150, 380);
    list.push({
      unit: 'Xã Mèo Vạc',
      file: 'MEO VAC.xlsx',
      sheets: [
        {
          name: 'Sheet1',
          report: true,
          enc: 'tcvn3',
          write: (w) => {
            w.put(0, 0, 'UBND XÃ MÈO VẠC', { bold: true, enc: 'tcvn3caps' });
            w.put(1, 0, 'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2025', { bold: true, enc: 'tcvn3caps' });
            const r = table(
              w,
              3,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [4] },
              [
                {
                  stt: '1',
                  label: 'Số trạm thu phát sóng di động',
                  measure: 'Trạm',
                  v: f.bts,
                  e: is('bts_stations', f.bts),
                },
                {
                  stt: '2',
                  label: 'Số thuê bao điện thoại di động',
                  measure: 'Thuê bao',
                  v: f.mobile,
                  e: is('mobile_subscribers', f.mobile),
                },
                {
                  stt: '3',
                  label: 'Thuê bao Internet băng rộng cố định',
                  measure: 'Thuê bao',
                  v: f.fixed,
                  e: is('fixed_broadband_subscribers', f.fixed),
                },
                {
                  stt: '4',
                  label: 'Điểm bưu điện văn hóa xã',
                  measure: 'Điểm',
                  v: 2,
                  e: is('postal_service_points', 2),
                },
                {
                  stt: '5',
                  label: 'Hồ sơ tiếp nhận trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.dossiers,
                  e: is('online_dossiers', f.dossiers),
                },
                {
                  stt: '6',
                  label: 'Tỷ lệ hồ sơ xử lý trực tuyến',
                  measure: '%',
                  v: comma(rate),
                  e: is('online_dossier_rate', rate),
                },
                {
                  stt: '7',
                  label: 'Tỷ lệ số hóa hồ sơ, kết quả TTHC',
                  measure: '%',
                  v: comma(digit),
                  e: is('digitisation_rate', digit),
                },
                {
                  stt: '8',
                  label: 'Tin bài phát trên đài truyền thanh xã',
                  measure: 'Tin, bài',
                  v: radio,
                  e: is('radio_news_items', radio),
                },
                {
                  stt: '9',
                  label: 'Tổ công nghệ số cộng đồng',
                  measure: 'Tổ',
                  v: f.teams,
                  e: is('community_digital_teams', f.teams),
                },
                {
                  stt: '10',
                  label: 'Số di tích, danh thắng được xếp hạng',
                  measure: 'Di tích',
                  v: 3,
                  e: no('culture: heritage sites'),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Giàng Mí Sính');
          },
        },
      ],
    });
  }

  // 10. Xã Sủng Máng — no ĐVT column: measures in the label or in the cell.
  {
    const f = figures(8240);
    const fine = 7_500_000;
    const clubs = 5;
    list.push({
      unit: 'Xã Sủng Máng',
      file: 'Sung Mang 6T2025.xlsx',
      sheets: [
        {
          name: 'Báo cáo',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ SỦNG MÁNG', { bold: true });
            w.put(1, 0, 'SỐ LIỆU KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025', { bold: true });
            const r = table(
              w,
              3,
              ['TT', 'Chỉ tiêu', 'Số liệu'],
              { stt: 0, label: 1, measure: null, value: 2, other: [] },
              [
                { stt: '1', label: 'Trạm BTS (trạm)', v: `${f.bts} trạm`, e: is('bts_stations', f.bts) },
                {
                  stt: '2',
                  label: 'Thuê bao di động',
                  v: `${vn(f.mobile)} thuê bao`,
                  e: is('mobile_subscribers', f.mobile),
                },
                {
                  stt: '3',
                  label: 'Thuê bao Internet cáp quang',
                  v: `${vn(f.fixed)} thuê bao`,
                  e: is('fixed_broadband_subscribers', f.fixed),
                },
                {
                  stt: '4',
                  label: 'Hồ sơ nộp trực tuyến (hồ sơ)',
                  v: vn(f.dossiers),
                  e: is('online_dossiers', f.dossiers),
                },
                { stt: '5', label: 'Tỷ lệ hồ sơ TTHC trực tuyến', v: '76,2%', e: is('online_dossier_rate', 76.2) },
                {
                  stt: '6',
                  label: 'Số tiền xử phạt vi phạm hành chính lĩnh vực TT&TT',
                  v: '7.500.000 đồng',
                  e: is('fines', fine / 1e6),
                },
                {
                  stt: '7',
                  label: 'Số câu lạc bộ văn nghệ dân gian (Mông, Lô Lô)',
                  v: `${clubs} CLB`,
                  e: no('culture: folk-art clubs'),
                },
                {
                  stt: '8',
                  label: 'Số người tập luyện TDTT thường xuyên (người)',
                  v: '1.240',
                  e: no('sport: people exercising, not a count of ICT people'),
                },
              ],
            );
            sign(w, r + 1, 2, 'CHỦ TỊCH', 'Ly Mí Dính');
          },
        },
      ],
    });
  }

  // 11. Xã Pà Vầy Sủ — Biểu 01 (ICT) and Biểu 02 (culture, same unit) in one workbook.
  {
    const f = figures(7360);
    const village = 83.3;
    const staff = 2;
    const pcs = int(18, 34);
    const wifi = 2;
    list.push({
      unit: 'Xã Pà Vầy Sủ',
      file: 'Pa Vay Su - BC 6 thang 2025.xlsx',
      sheets: [
        {
          name: 'Biểu 01-CĐS',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ PÀ VẦY SỦ', { bold: true });
            w.put(1, 0, 'Biểu 01. Số liệu chuyển đổi số, thông tin và truyền thông 6 tháng đầu năm 2025', {
              bold: true,
            });
            const r = table(
              w,
              3,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [] },
              [
                { stt: '1', label: 'Trạm BTS', measure: 'Trạm', v: f.bts, e: is('bts_stations', f.bts) },
                {
                  stt: '2',
                  label: 'Thuê bao di động',
                  measure: 'TB',
                  v: f.mobile,
                  e: is('mobile_subscribers', f.mobile),
                },
                {
                  stt: '3',
                  label: 'Thuê bao băng rộng di động',
                  measure: 'TB',
                  v: f.mbb,
                  e: is('mobile_broadband_subscribers', f.mbb),
                },
                {
                  stt: '4',
                  label: 'Tỷ lệ thôn có sóng di động băng rộng',
                  measure: '%',
                  v: village,
                  e: is('village_broadband_coverage_rate', village),
                },
                {
                  stt: '5',
                  label: 'Hồ sơ tiếp nhận trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.dossiers,
                  e: is('online_dossiers', f.dossiers),
                },
                {
                  stt: '6',
                  label: 'Hồ sơ thanh toán trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.pay,
                  e: is('online_payment_dossiers', f.pay),
                },
                {
                  stt: '7',
                  label: 'Công chức phụ trách CNTT (kiêm nhiệm)',
                  measure: 'Người',
                  v: staff,
                  e: is('it_staff', staff),
                },
                {
                  stt: '8',
                  label: 'Máy tính phục vụ công tác tại UBND xã',
                  measure: 'Máy',
                  v: pcs,
                  e: is('office_computers', pcs),
                },
                {
                  stt: '9',
                  label: 'Điểm Wi-Fi công cộng miễn phí',
                  measure: 'Điểm',
                  v: wifi,
                  e: is('public_wifi_points', wifi),
                },
              ],
            );
            sign(w, r + 1, 3, 'CHỦ TỊCH', 'Hoàng Seo Sử');
          },
        },
        {
          name: 'Biểu 02-VHTT',
          report: false,
          why: 'culture and sport figures of the same unit; no ICT indicator',
          write: (w) => {
            w.put(0, 0, 'UBND XÃ PÀ VẦY SỦ', { bold: true });
            w.put(1, 0, 'Biểu 02. Số liệu văn hóa, thể thao và du lịch 6 tháng đầu năm 2025', { bold: true });
            table(
              w,
              3,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [] },
              [
                {
                  stt: '1',
                  label: 'Số hộ gia đình đạt danh hiệu gia đình văn hóa',
                  measure: 'Hộ',
                  v: 1240,
                  e: no('culture'),
                },
                { stt: '2', label: 'Số thôn, bản có nhà văn hóa', measure: 'Thôn', v: 14, e: no('culture') },
                { stt: '3', label: 'Số đội văn nghệ thôn, bản', measure: 'Đội', v: 11, e: no('culture') },
                { stt: '4', label: 'Lượt khách du lịch', measure: 'Lượt', v: 5300, e: no('tourism') },
                { stt: '5', label: 'Số người tham gia giải thể thao', measure: 'Người', v: 320, e: no('sport') },
              ],
            );
          },
        },
      ],
    });
  }

  // 12. Xã Lâm Bình — "đồng" and "tỷ đồng" in the ĐVT column.
  {
    const f = figures(13120);
    const fine = 12_500_000;
    const postalRev = 1.25;
    const insp = 2;
    const dec = 3;
    const news = int(40, 120);
    list.push({
      unit: 'Xã Lâm Bình',
      file: 'Lam Binh - BC TTTT.xlsx',
      sheets: [
        {
          name: 'TH',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND XÃ LÂM BÌNH', { bold: true });
            w.put(0, 3, MOTTO, { bold: true });
            w.put(2, 0, 'TỔNG HỢP SỐ LIỆU LĨNH VỰC THÔNG TIN VÀ TRUYỀN THÔNG 6 THÁNG ĐẦU NĂM 2025', { bold: true });
            const r = table(
              w,
              4,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện 6 tháng đầu năm 2025', 'Ghi chú'],
              { stt: 0, label: 1, measure: 2, value: 3, other: [4] },
              [
                { stt: '1', label: 'Dân số', measure: 'Người', v: f.pop, e: is('population', f.pop) },
                { stt: '2', label: 'Số hộ gia đình', measure: 'Hộ', v: f.hh, e: is('households', f.hh) },
                {
                  stt: '3',
                  label: 'Doanh thu dịch vụ bưu chính',
                  measure: 'Tỷ đồng',
                  v: comma(postalRev),
                  e: is('postal_revenue', postalRev * 1000),
                },
                {
                  stt: '4',
                  label: 'Số cuộc kiểm tra lĩnh vực TT&TT',
                  measure: 'Cuộc',
                  v: insp,
                  e: is('inspections', insp),
                },
                {
                  stt: '5',
                  label: 'Số quyết định xử phạt VPHC',
                  measure: 'Quyết định',
                  v: dec,
                  e: is('sanction_decisions', dec),
                },
                {
                  stt: '6',
                  label: 'Số tiền phạt',
                  measure: 'Đồng',
                  v: { n: fine, fmt: '#,##0' },
                  e: is('fines', fine / 1e6),
                  other: ['Nộp ngân sách'],
                },
                {
                  stt: '7',
                  label: 'Tin, bài đăng trên Trang thông tin điện tử xã',
                  measure: 'Tin, bài',
                  v: news,
                  e: is('news_articles', news),
                },
                { stt: '8', label: 'Doanh thu du lịch', measure: 'Tỷ đồng', v: '3,6', e: no('tourism revenue') },
                {
                  stt: '9',
                  label: 'Số điểm du lịch cộng đồng',
                  measure: 'Điểm',
                  v: 4,
                  e: no('tourism: community tourism sites'),
                },
              ],
            );
            sign(w, r + 1, 3, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Ma Văn Thành');
          },
        },
      ],
    });
  }

  // 13. Phường Minh Xuân — "Kế hoạch năm 2025 | Thực hiện 6 tháng đầu năm 2025 | Tỷ lệ % so với KH".
  {
    const f = figures(24750);
    const rate = 88.2;
    const digit = 79.5;
    const pct = (a: number, b: number): number => Math.round((a / b) * 1000) / 10;
    const planDossiers = 5000;
    const planDocs = 6000;
    const planTrained = 3000;
    list.push({
      unit: 'Phường Minh Xuân',
      file: 'P Minh Xuan.xlsx',
      sheets: [
        {
          name: 'Phụ lục',
          report: true,
          write: (w) => {
            w.put(0, 0, 'UBND PHƯỜNG MINH XUÂN', { bold: true });
            w.put(1, 0, 'PHỤ LỤC SỐ LIỆU', { bold: true });
            w.put(2, 0, '(Kèm theo Báo cáo kết quả công tác 6 tháng đầu năm 2025)');
            const r = table(
              w,
              4,
              ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng đầu năm 2025', 'Tỷ lệ % so với KH'],
              { stt: 0, label: 1, measure: 2, value: 4, other: [3, 5] },
              [
                {
                  stt: '1',
                  label: 'Hồ sơ TTHC tiếp nhận trực tuyến',
                  measure: 'Hồ sơ',
                  v: f.dossiers,
                  e: is('online_dossiers', f.dossiers),
                  other: [planDossiers, pct(f.dossiers, planDossiers)],
                },
                {
                  stt: '2',
                  label: 'Tỷ lệ hồ sơ giải quyết trực tuyến',
                  measure: '%',
                  v: rate,
                  e: is('online_dossier_rate', rate),
                  other: [80, pct(rate, 80)],
                },
                {
                  stt: '3',
                  label: 'Tỷ lệ số hóa kết quả giải quyết TTHC',
                  measure: '%',
                  v: digit,
                  e: is('digitisation_rate', digit),
                  other: [100, digit],
                },
                {
                  stt: '4',
                  label: 'Văn bản điện tử',
                  measure: 'Văn bản',
                  v: f.docs,
                  e: is('electronic_documents', f.docs),
                  other: [planDocs, pct(f.docs, planDocs)],
                },
                {
                  stt: '5',
                  label: 'Người dân được tập huấn kỹ năng số',
                  measure: 'Lượt người',
                  v: f.trained,
                  e: is('digital_training_participants', f.trained),
                  other: [planTrained, pct(f.trained, planTrained)],
                },
                {
                  stt: '6',
                  label: 'Hộ kinh doanh bán hàng trên sàn thương mại điện tử',
                  measure: 'Hộ',
                  v: 65,
                  e: is('ecommerce_households', 65),
                  other: [100, 65],
                },
                {
                  stt: '7',
                  label: 'Thành viên Tổ công nghệ số cộng đồng',
                  measure: 'Người',
                  v: f.members,
                  e: is('community_digital_members', f.members),
                  other: [f.members, 100],
                },
                {
                  stt: '8',
                  label: 'Số giải thể thao phong trào',
                  measure: 'Giải',
                  v: 5,
                  e: no('sport: tournaments'),
                  other: [8, 62.5],
                },
              ],
            );
            sign(w, r + 1, 4, 'CHỦ TỊCH', 'Trần Quốc Việt');
          },
        },
      ],
    });
  }

  return list;
}

// ─── Writing the corpus ──────────────────────────────────────────────────────────────────────────────────────
const MISSING = ['Xã Phố Bảng', 'Xã Sà Phìn'];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const f of await readdir(OUT)) if (/\.(xlsx|json|txt)$/.test(f)) await rm(join(OUT, f));
  const expected: ExpectedCorpus2 = {
    period: PERIOD,
    units: [],
    missingUnits: MISSING,
    notReports: [],
    issues: [],
    superseded: [],
  };
  const list = docs();
  for (const doc of list) {
    const book = new ExcelJS.Workbook();
    for (const sh of doc.sheets) {
      const ws = book.addWorksheet(sh.name);
      ws.getColumn(2).width = 55;
      const w = new W(ws, doc.file, sh.enc ?? 'unicode');
      sh.write(w);
      if (sh.report) expected.units.push({ name: doc.unit, file: doc.file, sheet: sh.name, rows: w.rows });
      else {
        expected.notReports.push({ file: doc.file, sheet: sh.name, why: sh.why ?? '' });
      }
    }
    book.created = book.modified = new Date(Date.UTC(2025, 5, 25));
    book.creator = 'UBND xã';
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(OUT, doc.file), stampZip(data));
  }
  for (const name of MISSING)
    expected.issues.push({ code: 'unit_missing', unit: name, why: 'on the list, sent nothing' });
  await writeFile(
    join(OUT, 'units.txt'),
    `${['# Đơn vị báo cáo (hold-out 3): xã, phường tỉnh Tuyên Quang sau sắp xếp 2025', ...list.map((d) => d.unit), ...MISSING].join('\n')}\n`,
  );
  await writeFile(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  const rows = expected.units.reduce((n, u) => n + u.rows.length, 0);
  process.stdout.write(
    `hold-out 3 corpus: ${list.length} files, ${expected.units.length} unit reports, ${rows} rows → ${OUT}\n`,
  );
}

/** Sets every zip entry's DOS time and date (local headers and central directory) so equal content gives equal bytes. */
function stampZip(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return zip;
  const time = 9 << 11; // 09:00:00
  const date = ((2025 - 1980) << 9) | (6 << 5) | 25;
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    zip.writeUInt16LE(time, p + 12);
    zip.writeUInt16LE(date, p + 14);
    const local = zip.readUInt32LE(p + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
