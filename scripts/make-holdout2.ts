/**
 * Writes the SECOND hold-out corpus: test/holdout2/corpus/*.xlsx, expected.json and units.txt.
 *
 * Written by a different hand from scripts/make-holdout.ts, in styles that corpus did not cover: wards and communes
 * of Vĩnh Long province after the 2025 reform (Vĩnh Long + Bến Tre + Trà Vinh), annual period "năm 2025".
 * Every sheet is laid out by its own function (no shared layout), because each office has its own habits:
 *  - two tables in one sheet whose second header moves the result column;
 *  - result columns titled only "2025" beside "2024" and "Tăng/giảm", "TH 9 tháng" beside "Ước TH năm 2025",
 *    "Số lượng" followed by "Đơn vị tính";
 *  - figures with their measure in the cell ("45 trạm", "0,8 tỷ", "17/17 thôn"), "Đạt" / "Hoàn thành";
 *  - one sheet typed in English-style numbers ("12,345", "1,234.5");
 *  - ALL CAPS labels without diacritics, labels split over two rows, footnote marks, trailing colons,
 *    "Trong đó:" / "+ Tr.đó" sub-rows, labels written in the STT column merged with the label column;
 *  - a unit named only in the signature block, one only in the file name, "Phường 7" and "Phường 10" both listed
 *    (and "Phường 1", which sent nothing, as bait);
 *  - a unit sending its report twice (a corrected version of the same period, sorted after the first);
 *  - numbers stored as text, a literal leading apostrophe, zeros, blank-but-formatted rows;
 *  - one report of "Quý III/2025" that must be flagged period_mismatch.
 * Labels are written fresh from the seeds and office habit, not copied from the catalog aliases, the samples or
 * the first hold-out.
 *
 * Deterministic: fixed seed, fixed workbook dates, fixed zip timestamps. Run with `npx tsx scripts/make-holdout2.ts`.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAddress } from '../src/core/address/address';
import type { Expect, ExpectedCorpus2, ExpectedRow } from './lib/holdout-expect';
import { fixZipDates } from './lib/reproducible-zip';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'holdout2', 'corpus');
const PERIOD = 'năm 2025';
/** Every zip entry's date: noon of the (corrected) reports' date, so the same content always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2026, 0, 12, 12));

// The row model and the issues a reviewer expects (ExpectedCorpus2) live in lib/holdout-expect.ts.

// ─── Random figures (fixed seed) ─────────────────────────────────────────────────────────────────────────────
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const rnd = lcg(20251231);
const between = (lo: number, hi: number): number => lo + Math.floor((hi - lo + 1) * rnd());

type Unit = {
  pop: number;
  hh: number;
  bts: number;
  mobile: number;
  fixed: number;
  dvc: number;
  dossiers: number;
  docs: number;
};
function sizeOf(pop: number): Unit {
  const hh = Math.round(pop / (3.6 + rnd() * 0.6));
  const mobile = Math.round(pop * (1.02 + rnd() * 0.3));
  return {
    pop,
    hh,
    bts: Math.max(3, Math.round(pop / between(650, 950))),
    mobile,
    fixed: Math.round(hh * (0.5 + rnd() * 0.3)),
    dvc: between(1200, 2600),
    dossiers: Math.round(pop * (0.04 + rnd() * 0.05)),
    docs: between(1800, 5200),
  };
}

// ─── One sheet, written cell by cell ─────────────────────────────────────────────────────────────────────────
type Val = string | number | null | { n: number; fmt: string } | { formula: string; result: number };

class Sheet {
  readonly rows: ExpectedRow[] = [];
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly file: string,
  ) {}

  /** r, c are 0-based. */
  set(r: number, c: number, v: Val, opts: { bold?: boolean; fmt?: string; border?: boolean } = {}): void {
    const cell = this.ws.getCell(r + 1, c + 1);
    if (v === null) cell.value = null;
    else if (typeof v === 'object' && 'n' in v) {
      cell.value = v.n;
      cell.numFmt = v.fmt;
    } else if (typeof v === 'object') cell.value = { formula: v.formula, result: v.result };
    else cell.value = v;
    if (opts.bold) cell.font = { bold: true, name: 'Times New Roman' };
    if (opts.fmt) cell.numFmt = opts.fmt;
    if (opts.border)
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  }

  ref(r: number, c: number): string {
    return `${this.file}#${this.ws.name}!${cellAddress(r, c)}`;
  }

  /** Records what a careful human would do with the row whose label is at (r, lc) and figure at (r, vc). */
  expect(label: string, r: number, lc: number, vc: number | null, raw: Val, e: Expect): void {
    this.rows.push({
      label,
      labelCell: this.ref(r, lc),
      valueCell: vc === null ? null : this.ref(r, vc),
      raw: rawOf(raw),
      expect: e,
    });
  }

  heading(text: string, r: number, c: number): void {
    this.rows.push({ label: text, labelCell: this.ref(r, c), valueCell: null, raw: '', expect: { kind: 'heading' } });
  }
}

function rawOf(v: Val): string {
  if (v === null) return '';
  if (typeof v === 'object' && 'n' in v) return `${v.n} [${v.fmt}]`;
  if (typeof v === 'object') return `=${v.formula} → ${v.result}`;
  return String(v);
}

const is = (id: string, value: number | null, alsoAccept?: (number | null)[]): Expect => ({
  kind: 'indicator',
  id,
  value,
  ...(alsoAccept ? { alsoAccept } : {}),
});
const no = (why: string): Expect => ({ kind: 'unmatched', why });
const either = (id: string, value: number | null, why: string): Expect => ({ kind: 'either', id, value, why });

/** A data row of a plain table. */
type Line = { stt?: string; label: string; measure?: string; v: Val; e: Expect; extra?: Val[] };

const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

function motto(s: Sheet, left: string[], rightCol: number): number {
  left.forEach((t, i) => s.set(i, 0, t, { bold: true }));
  MOTTO.forEach((t, i) => s.set(i, rightCol, t, { bold: true }));
  return Math.max(left.length, MOTTO.length) + 1;
}

/** Writes header + lines with columns [stt, label, measure?, value, ...extra]; returns the next free row. */
function plainTable(
  s: Sheet,
  r0: number,
  headers: string[],
  cols: { stt: number; label: number; measure: number | null; value: number; extra: number[] },
  lines: (Line | string)[],
): number {
  headers.forEach((h, c) => s.set(r0, c, h, { bold: true, border: true }));
  let r = r0 + 1;
  for (const line of lines) {
    if (typeof line === 'string') {
      s.set(r, cols.label, line, { bold: true });
      s.heading(line, r, cols.label);
      r++;
      continue;
    }
    if (line.stt !== undefined) s.set(r, cols.stt, line.stt, { border: true });
    s.set(r, cols.label, line.label, { border: true });
    if (cols.measure !== null && line.measure !== undefined) s.set(r, cols.measure, line.measure, { border: true });
    s.set(r, cols.value, line.v, { border: true });
    (line.extra ?? []).forEach((x, i) => s.set(r, cols.extra[i], x, { border: true }));
    s.expect(line.label, r, cols.label, cols.value, line.v, line.e);
    r++;
  }
  return r;
}

function signature(s: Sheet, r: number, col: number, lines: string[]): void {
  lines.forEach((t, i) => s.set(r + i, col, t, { bold: i < 2 }));
}

type Doc = { name: string; file: string; sheet: string; write: (s: Sheet) => void };

// ─── The unit reports ───────────────────────────────────────────────────────────────────────────────────────
function docs(): Doc[] {
  const list: Doc[] = [];

  // 1. Phường Long Châu — two tables in one sheet. Table A: "Kết quả năm 2025" in D. Table B (after a gap) has its
  // own header with "Kế hoạch năm 2025" in D and "Thực hiện năm 2025" in E: the result column moves.
  {
    const u = sizeOf(41250);
    list.push({
      name: 'Phường Long Châu',
      file: 'Long Chau - BC CDS 2025.xlsx',
      sheet: 'BC',
      write: (s) => {
        let r = motto(s, ['UBND PHƯỜNG LONG CHÂU', 'Số: 215/BC-UBND'], 3);
        s.set(r++, 0, 'BÁO CÁO', { bold: true });
        s.set(r++, 0, 'Kết quả thực hiện nhiệm vụ chuyển đổi số và hạ tầng thông tin năm 2025', { bold: true });
        r++;
        s.set(r++, 0, 'A. HẠ TẦNG VIỄN THÔNG, BƯU CHÍNH', { bold: true });
        r = plainTable(
          s,
          r,
          ['STT', 'Nội dung', 'ĐVT', 'Kết quả năm 2025', 'Ghi chú'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
          [
            {
              stt: '1',
              label: 'Trạm thu phát sóng di động hiện có trên địa bàn phường',
              measure: 'Trạm',
              v: u.bts,
              e: is('bts_stations', u.bts),
            },
            {
              stt: '2',
              label: 'Thuê bao di động phát sinh lưu lượng',
              measure: 'Thuê bao',
              v: { n: u.mobile, fmt: '#,##0' },
              e: is('mobile_subscribers', u.mobile),
            },
            {
              stt: '3',
              label: 'Thuê bao Internet cáp quang đến hộ gia đình (FTTH)',
              measure: 'Thuê bao',
              v: { n: u.fixed, fmt: '#,##0' },
              e: is('fixed_broadband_subscribers', u.fixed),
            },
            {
              stt: '4',
              label: 'Bưu cục, điểm Bưu điện - Văn hóa phường',
              measure: 'Điểm',
              v: 3,
              e: is('postal_service_points', 3),
            },
            {
              stt: '5',
              label: 'Cụm loa truyền thanh thông minh (IP)',
              measure: 'Cụm',
              v: 14,
              e: is('loudspeaker_clusters', 14),
              extra: ['Lắp mới 6 cụm'],
            },
          ],
        );
        r += 2; // the gap between the two tables
        s.set(r++, 0, 'B. CHÍNH QUYỀN SỐ, DỊCH VỤ CÔNG TRỰC TUYẾN', { bold: true });
        r = plainTable(
          s,
          r,
          ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025', 'Thực hiện năm 2025', 'Đạt (%)'],
          { stt: 0, label: 1, measure: 2, value: 4, extra: [3, 5] },
          [
            {
              stt: '1',
              label: 'Hồ sơ giải quyết TTHC nộp qua môi trường mạng',
              measure: 'Hồ sơ',
              v: u.dossiers,
              e: is('online_dossiers', u.dossiers),
              extra: [3000, Math.round((u.dossiers / 3000) * 1000) / 10],
            },
            {
              stt: '2',
              label: 'Tỷ lệ hồ sơ TTHC xử lý hoàn toàn trực tuyến',
              measure: '%',
              v: 58.4,
              e: is('online_dossier_rate', 58.4),
              extra: [50, 116.8],
            },
            {
              stt: '3',
              label: 'Tỷ lệ kết quả giải quyết TTHC được số hóa',
              measure: '%',
              v: 91.2,
              e: is('digitisation_rate', 91.2),
              extra: [100, 91.2],
            },
            {
              stt: '4',
              label: 'Văn bản đi được ký số, gửi trên hệ thống QLVB',
              measure: 'Văn bản',
              v: u.docs,
              e: is('electronic_documents', u.docs),
              extra: [4000, Math.round((u.docs / 4000) * 1000) / 10],
            },
            {
              stt: '5',
              label: 'Cán bộ, công chức được cấp chữ ký số cá nhân',
              measure: 'Chứng thư',
              v: 37,
              e: is('digital_certificates', 37),
              extra: [40, 92.5],
            },
            {
              stt: '6',
              label: 'Tổ công nghệ số cộng đồng khu phố',
              measure: 'Tổ',
              v: 11,
              e: is('community_digital_teams', 11),
              extra: [11, 100],
            },
          ],
        );
        r += 2;
        s.set(r, 3, 'TM. ỦY BAN NHÂN DÂN', { bold: true });
        s.set(r + 1, 3, 'CHỦ TỊCH', { bold: true });
        s.set(r + 4, 3, 'Trần Văn Lộc');
      },
    });
  }

  // 2. Phường 7 — named only in the file name; columns "2024 | 2025 | Tăng/giảm".
  {
    const u = sizeOf(23680);
    const prev = (n: number): number => Math.round(n * 0.93);
    list.push({
      name: 'Phường 7',
      file: 'BC_UBND_Phuong_7.xlsx',
      sheet: 'Sheet1',
      write: (s) => {
        s.set(0, 0, 'BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ, THÔNG TIN VÀ TRUYỀN THÔNG', { bold: true });
        s.merge(0, 0, 0, 5);
        s.set(1, 0, 'Năm 2025', { bold: true });
        s.merge(1, 0, 1, 5);
        const row = (n: number, label: string, measure: string, v2024: number, v2025: number, e: Expect): Line => ({
          stt: String(n),
          label,
          measure,
          v: v2025,
          e,
          extra: [
            v2024,
            v2024 === 0
              ? '-'
              : `${v2025 >= v2024 ? '+' : ''}${(Math.round(((v2025 - v2024) / v2024) * 1000) / 10).toString().replace('.', ',')}%`,
          ],
        });
        const r = plainTable(
          s,
          3,
          ['STT', 'Chỉ tiêu', 'ĐVT', '2024', '2025', 'Tăng/giảm'],
          { stt: 0, label: 1, measure: 2, value: 4, extra: [3, 5] },
          [
            row(1, 'Số dân trên địa bàn', 'Người', 23410, u.pop, is('population', u.pop)),
            row(2, 'Số trạm BTS đang phát sóng', 'Trạm', prev(u.bts), u.bts, is('bts_stations', u.bts)),
            row(
              3,
              'Thuê bao băng rộng di động (3G, 4G, 5G)',
              'TB',
              prev(Math.round(u.mobile * 0.8)),
              Math.round(u.mobile * 0.8),
              is('mobile_broadband_subscribers', Math.round(u.mobile * 0.8)),
            ),
            row(
              4,
              'Tỷ lệ người trưởng thành sử dụng điện thoại thông minh',
              '%',
              79.5,
              84.1,
              is('smartphone_users_rate', 84.1),
            ),
            row(5, 'Số cuộc họp trực tuyến có điểm cầu phường', 'Cuộc', 17, 22, is('online_meetings', 22)),
            row(6, 'Điểm wifi miễn phí phục vụ người dân', 'Điểm', 4, 6, is('public_wifi_points', 6)),
            row(7, 'Số hộ kinh doanh bán hàng trên sàn TMĐT', 'Hộ', 38, 52, is('ecommerce_households', 52)),
            row(
              8,
              'Số tin bài đăng trên Trang thông tin điện tử phường',
              'Tin, bài',
              120,
              146,
              is('news_articles', 146),
            ),
          ],
        );
        signature(s, r + 2, 4, ['CHỦ TỊCH', '', '', 'Thạch Sô Phol']);
      },
    });
  }

  // 3. Phường 10 — "Số lượng" then "Đơn vị tính"; a note names "Phường 1 cũ" (merged into it), "Phường 1" is on
  // the list and sent nothing.
  {
    const u = sizeOf(31075);
    list.push({
      name: 'Phường 10',
      file: 'phuong10_baocao_nam.xlsx',
      sheet: 'P10',
      write: (s) => {
        let r = motto(s, ['UBND PHƯỜNG 10', 'VĂN PHÒNG HĐND VÀ UBND'], 3);
        s.set(r++, 0, 'BIỂU SỐ LIỆU BÁO CÁO CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2025', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['TT', 'Chỉ tiêu', 'Số lượng', 'Đơn vị tính', 'Ghi chú'],
          { stt: 0, label: 1, measure: 3, value: 2, extra: [4] },
          [
            { stt: '1', label: 'Hộ gia đình trên địa bàn phường', measure: 'hộ', v: u.hh, e: is('households', u.hh) },
            { stt: '2', label: 'Trạm BTS của các nhà mạng', measure: 'trạm', v: u.bts, e: is('bts_stations', u.bts) },
            {
              stt: '3',
              label: 'Hộ gia đình có đường truyền cáp quang',
              measure: '%',
              v: 74.8,
              e: is('fibre_households_rate', 74.8),
            },
            {
              stt: '4',
              label: 'Hồ sơ TTHC tiếp nhận qua bưu chính công ích',
              measure: 'hồ sơ',
              v: 212,
              e: is('postal_dossiers_received', 212),
            },
            {
              stt: '5',
              label: 'Kết quả TTHC trả qua bưu chính công ích',
              measure: 'hồ sơ',
              v: 198,
              e: is('postal_results_returned', 198),
            },
            {
              stt: '6',
              label: 'Camera giám sát kết nối về Trung tâm IOC tỉnh',
              measure: 'camera',
              v: 26,
              e: is('ioc_cameras', 26),
            },
            {
              stt: '7',
              label: 'Thành viên tổ công nghệ số cộng đồng',
              measure: 'người',
              v: 64,
              e: is('community_digital_members', 64),
            },
            {
              stt: '8',
              label: 'Số lượt tuyên truyền trên loa phát thanh',
              measure: 'lượt',
              v: 520,
              e: either(
                'radio_news_items',
                520,
                'broadcasts on the loudspeakers: "lượt" rather than "tin, bài", close to radio_news_items',
              ),
            },
            {
              stt: '9',
              label: 'Máy tính trang bị cho cán bộ, công chức phường',
              measure: 'máy',
              v: 46,
              e: is('office_computers', 46),
            },
          ],
        );
        s.set(r + 1, 0, 'Ghi chú: số liệu đã bao gồm địa bàn Phường 1 cũ (sáp nhập từ 01/7/2025).');
        signature(s, r + 3, 3, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Thị Kim Hoa']);
      },
    });
  }

  // 4. Xã Cái Nhum — named only in the signature block; "TH 9 tháng" then "Ước TH năm 2025" (the annual estimate
  // is the result of an annual report) then "So sánh (%)".
  {
    const u = sizeOf(27390);
    const nine = (n: number): number => Math.round(n * 0.74);
    list.push({
      name: 'Xã Cái Nhum',
      file: 'bieu_so_lieu_CDS.xlsx',
      sheet: 'Bieu 01',
      write: (s) => {
        s.set(0, 0, 'BIỂU TỔNG HỢP SỐ LIỆU ỨNG DỤNG CNTT, CHUYỂN ĐỔI SỐ NĂM 2025', { bold: true });
        s.merge(0, 0, 0, 5);
        s.set(1, 0, '(Kèm theo Báo cáo số 112/BC-UBND ngày 10/12/2025)');
        s.merge(1, 0, 1, 5);
        const L = (
          n: number,
          label: string,
          measure: string,
          year: number,
          e: Expect,
          nineMonths = nine(year),
        ): Line => ({
          stt: String(n),
          label,
          measure,
          v: year,
          e,
          extra: [nineMonths, Math.round((year / Math.max(1, nineMonths)) * 1000) / 10],
        });
        const r = plainTable(
          s,
          3,
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Ước TH năm 2025', 'TH 9 tháng', 'So sánh (%)'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4, 5] },
          [
            L(1, 'Hồ sơ trực tuyến tiếp nhận trên Cổng DVC', 'Hồ sơ', u.dossiers, is('online_dossiers', u.dossiers)),
            L(2, 'Hồ sơ có thanh toán phí, lệ phí trực tuyến', 'Hồ sơ', 640, is('online_payment_dossiers', 640)),
            L(3, 'Văn bản điện tử gửi đi', 'Văn bản', u.docs, is('electronic_documents', u.docs)),
            L(4, 'Hộp thư điện tử công vụ cấp cho CBCC xã', 'Hộp thư', 41, is('official_email_boxes', 41), 41),
            L(
              5,
              'Lượt người tham gia tập huấn kỹ năng số',
              'Lượt người',
              1350,
              is('digital_training_participants', 1350),
            ),
            L(6, 'Cuộc họp ứng dụng phần mềm không giấy', 'Cuộc', 36, is('paperless_meetings', 36)),
            L(
              7,
              'Kiểm tra cơ sở kinh doanh dịch vụ Internet, trò chơi',
              'Cuộc',
              2,
              either('inspections', 2, 'checks of Internet shops: the only inspections the commune reports'),
              2,
            ),
          ],
        );
        signature(s, r + 2, 3, ['TM. UBND XÃ CÁI NHUM', 'CHỦ TỊCH', '', '', 'Lê Hoàng Nam']);
      },
    });
  }

  // 5. Xã Tân Long Hội — no ĐVT column: the measure is written in the cell with the figure.
  {
    list.push({
      name: 'Xã Tân Long Hội',
      file: 'TanLongHoi.xlsx',
      sheet: 'Số liệu',
      write: (s) => {
        let r = motto(s, ['ỦY BAN NHÂN DÂN', 'XÃ TÂN LONG HỘI'], 3);
        s.set(r++, 0, 'SỐ LIỆU BÁO CÁO NĂM 2025 VỀ BƯU CHÍNH, VIỄN THÔNG, CHUYỂN ĐỔI SỐ', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['STT', 'Tên chỉ tiêu', 'Kết quả thực hiện', 'Ghi chú'],
          { stt: 0, label: 1, measure: null, value: 2, extra: [3] },
          [
            { stt: '1', label: 'Trạm phát sóng thông tin di động', v: '45 trạm', e: is('bts_stations', 45) },
            { stt: '2', label: 'Thuê bao di động trên địa bàn', v: '31.870 TB', e: is('mobile_subscribers', 31870) },
            {
              stt: '3',
              label: 'Thuê bao Internet cố định băng rộng',
              v: '1.234 TB',
              e: is('fixed_broadband_subscribers', 1234),
            },
            { stt: '4', label: 'Tỷ lệ hồ sơ xử lý trực tuyến', v: '12,3 %', e: is('online_dossier_rate', 12.3) },
            {
              stt: '5',
              label: 'Doanh thu bưu chính, chuyển phát',
              v: '2.500 triệu đồng',
              e: is('postal_revenue', 2500),
            },
            { stt: '6', label: 'Doanh thu các dịch vụ viễn thông', v: '0,8 tỷ', e: is('telecom_revenue', 800) },
            { stt: '7', label: 'Hộ dân cư', v: 'khoảng 3.000 hộ', e: is('households', 3000) },
            {
              stt: '8',
              label: 'Thôn có sóng di động băng rộng',
              v: '17/17 thôn',
              e: is('village_broadband_coverage_rate', 100, [null]),
            },
            { stt: '9', label: 'Tỷ lệ dân cư được phủ sóng 4G', v: '100%', e: is('coverage_4g_rate', 100) },
            {
              stt: '10',
              label: 'Xây dựng Tổ công nghệ số cộng đồng các ấp',
              v: 'Hoàn thành',
              e: is('community_digital_teams', null),
            },
          ],
        );
        signature(s, r + 2, 2, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Võ Thanh Tâm']);
      },
    });
  }

  // 6. Xã Hiếu Phụng — an English Excel: figures typed "12,345" and "1,234.5", percentages "70.6" (some pasted as
  // text from an e-mail, some real numbers with "#,##0").
  {
    const u = sizeOf(24318);
    const en = (n: number): string => n.toLocaleString('en-US');
    list.push({
      name: 'Xã Hiếu Phụng',
      file: 'Hieu Phung 2025.xlsx',
      sheet: 'Report',
      write: (s) => {
        let r = motto(s, ['UBND XÃ HIẾU PHỤNG'], 3);
        s.set(r++, 0, 'BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2025', 'Ghi chú'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
          [
            { stt: '1', label: 'Dân số xã', measure: 'người', v: en(u.pop), e: is('population', u.pop) },
            { stt: '2', label: 'Tổng số hộ trên địa bàn xã', measure: 'hộ', v: en(u.hh), e: is('households', u.hh) },
            {
              stt: '3',
              label: 'Thuê bao điện thoại di động',
              measure: 'thuê bao',
              v: en(u.mobile),
              e: is('mobile_subscribers', u.mobile),
            },
            {
              stt: '4',
              label: 'Thuê bao Internet cáp quang',
              measure: 'thuê bao',
              v: en(u.fixed),
              e: is('fixed_broadband_subscribers', u.fixed),
            },
            {
              stt: '5',
              label: 'Tỷ lệ hộ có Internet cáp quang',
              measure: '%',
              v: '70.6',
              e: is('fibre_households_rate', 70.6),
            },
            {
              stt: '6',
              label: 'Tỷ lệ người dân có smartphone',
              measure: '%',
              v: '81.25',
              e: is('smartphone_users_rate', 81.25),
            },
            {
              stt: '7',
              label: 'Hồ sơ TTHC nộp trực tuyến',
              measure: 'hồ sơ',
              v: en(u.dossiers),
              e: is('online_dossiers', u.dossiers),
            },
            {
              stt: '8',
              label: 'Doanh thu viễn thông trên địa bàn',
              measure: 'triệu đồng',
              v: '1,234.5',
              e: is('telecom_revenue', 1234.5),
            },
            {
              stt: '9',
              label: 'Văn bản đi dạng điện tử',
              measure: 'văn bản',
              v: { n: u.docs, fmt: '#,##0' },
              e: is('electronic_documents', u.docs),
            },
            { stt: '10', label: 'Tỷ lệ số hóa hồ sơ TTHC', measure: '%', v: '55.0', e: is('digitisation_rate', 55) },
          ],
        );
        signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Phan Văn Út']);
      },
    });
  }

  // 7. Xã Song Phú — ALL CAPS labels without diacritics; three labels split over two rows (STT, ĐVT and the
  // figure merged down over both rows).
  {
    const u = sizeOf(19840);
    list.push({
      name: 'Xã Song Phú',
      file: 'SONG PHU.xlsx',
      sheet: 'Sheet1',
      write: (s) => {
        s.set(0, 0, 'UBND XA SONG PHU', { bold: true });
        s.set(2, 0, 'BAO CAO SO LIEU THONG TIN VA TRUYEN THONG NAM 2025', { bold: true });
        s.merge(2, 0, 2, 4);
        ['STT', 'CHI TIEU', 'DVT', 'THUC HIEN', 'GHI CHU'].forEach((h, c) =>
          s.set(4, c, h, { bold: true, border: true }),
        );
        let r = 5;
        const one = (stt: string, label: string, measure: string, v: Val, e: Expect): void => {
          s.set(r, 0, stt);
          s.set(r, 1, label);
          s.set(r, 2, measure);
          s.set(r, 3, v);
          s.expect(label, r, 1, 3, v, e);
          r++;
        };
        const two = (stt: string, first: string, second: string, measure: string, v: Val, e: Expect): void => {
          s.set(r, 0, stt);
          s.set(r, 1, first);
          s.set(r + 1, 1, second);
          s.set(r, 2, measure);
          s.set(r, 3, v);
          s.merge(r, 0, r + 1, 0);
          s.merge(r, 2, r + 1, 2);
          s.merge(r, 3, r + 1, 3);
          s.merge(r, 4, r + 1, 4);
          s.expect(`${first} ${second}`, r, 1, 3, v, e);
          r += 2;
        };
        s.set(r, 0, 'I');
        s.set(r, 1, 'HA TANG VIEN THONG');
        s.heading('HA TANG VIEN THONG', r, 1);
        r++;
        one('1', 'SO TRAM BTS TREN DIA BAN XA', 'TRAM', u.bts, is('bts_stations', u.bts));
        two(
          '2',
          'SO THUE BAO INTERNET BANG RONG',
          'CO DINH (CAP QUANG)',
          'THUE BAO',
          u.fixed,
          is('fixed_broadband_subscribers', u.fixed),
        );
        one('3', 'MAT DO THUE BAO DI DONG TREN 100 DAN', 'TB/100 DAN', 118.6, is('mobile_density', 118.6));
        s.set(r, 0, 'II');
        s.set(r, 1, 'DICH VU CONG TRUC TUYEN');
        s.heading('DICH VU CONG TRUC TUYEN', r, 1);
        r++;
        two(
          '4',
          'TY LE DICH VU CONG TRUC TUYEN',
          'CO PHAT SINH HO SO',
          '%',
          63.5,
          is('online_services_with_dossiers_rate', 63.5),
        );
        one('5', 'SO HO SO THANH TOAN TRUC TUYEN', 'HO SO', 412, is('online_payment_dossiers', 412));
        two(
          '6',
          'SO KET QUA GIAI QUYET TTHC TRA QUA',
          'DICH VU BUU CHINH CONG ICH',
          'HO SO',
          157,
          is('postal_results_returned', 157),
        );
        one('7', 'SO DAI TRUYEN THANH CO SO', 'DAI', 1, is('grassroots_radio_stations', 1));
        one('8', 'SO CAN BO PHU TRACH CNTT CUA XA', 'NGUOI', 2, is('it_staff', 2));
        signature(s, r + 2, 3, ['TM. UY BAN NHAN DAN', 'CHU TICH', '', 'Huynh Van Be']);
      },
    });
  }

  // 8. Xã Trà Ôn — footnote marks, trailing colons, "Trong đó:" and "+ Tr.đó" sub-rows.
  {
    const u = sizeOf(35120);
    const full = 168;
    const partial = 224;
    list.push({
      name: 'Xã Trà Ôn',
      file: 'xa_tra_on_bc_nam_2025.xlsx',
      sheet: 'Trà Ôn',
      write: (s) => {
        let r = motto(s, ['ỦY BAN NHÂN DÂN', 'XÃ TRÀ ÔN'], 3);
        s.set(r++, 0, 'TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['Số TT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', 'Ghi chú'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
          [
            'I. Hạ tầng số:',
            {
              stt: '1',
              label: 'Số thuê bao di động (*):',
              measure: 'Thuê bao',
              v: u.mobile,
              e: is('mobile_subscribers', u.mobile),
            },
            {
              label: 'Trong đó: thuê bao 5G',
              measure: 'Thuê bao',
              v: 2140,
              e: no('5G subscribers: a part of the mobile subscribers, no catalog indicator'),
            },
            {
              stt: '2',
              label: 'Thuê bao Internet di động (1):',
              measure: 'Thuê bao',
              v: Math.round(u.mobile * 0.76),
              e: is('mobile_broadband_subscribers', Math.round(u.mobile * 0.76)),
            },
            { stt: '3', label: 'Số trạm BTS (2)', measure: 'Trạm', v: u.bts, e: is('bts_stations', u.bts) },
            { label: '+ Tr.đó: trạm 5G', measure: 'Trạm', v: 3, e: no('5G stations: a part of the BTS total') },
            'II. Dịch vụ công trực tuyến:',
            {
              stt: '4',
              label: 'Tổng số DVC trực tuyến đang cung cấp (*)',
              measure: 'Dịch vụ',
              v: full + partial,
              e: is('online_services_total', full + partial),
            },
            { label: 'Trong đó: - Toàn trình', measure: 'Dịch vụ', v: full, e: is('online_services_full', full) },
            { label: '- Một phần', measure: 'Dịch vụ', v: partial, e: is('online_services_partial', partial) },
            {
              stt: '5',
              label: 'Tỷ lệ hồ sơ giải quyết trực tuyến (3):',
              measure: '%',
              v: 47.9,
              e: is('online_dossier_rate', 47.9),
            },
            {
              stt: '6',
              label: 'Số cơ quan kết nối mạng TSLCD:',
              measure: 'Cơ quan',
              v: 4,
              e: is('dedicated_network_agencies', 4),
            },
            {
              label: 'Tr.đó: kết nối cấp xã',
              measure: 'Cơ quan',
              v: 1,
              e: no('a part of the agencies connected, no catalog indicator'),
            },
          ],
        );
        s.set(
          r + 1,
          0,
          '(*) Số liệu do Viettel, VNPT cung cấp; (1) gồm 3G, 4G, 5G; (2) trạm đang phát sóng; (3) theo Hệ thống thông tin giải quyết TTHC tỉnh.',
        );
        signature(s, r + 3, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Kiên Thị Sa Rươne']);
      },
    });
  }

  // 9. Phường Thanh Đức — section headings and "Trong đó" rows written in the STT column, merged A:B.
  {
    const u = sizeOf(38760);
    list.push({
      name: 'Phường Thanh Đức',
      file: 'P.Thanh Duc.xlsx',
      sheet: 'Thanh Đức',
      write: (s) => {
        let r = motto(s, ['UBND PHƯỜNG THANH ĐỨC'], 3);
        s.set(r++, 0, 'BÁO CÁO TÌNH HÌNH THỰC HIỆN CHỈ TIÊU THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2025', { bold: true });
        r++;
        ['STT', 'Nội dung chỉ tiêu', 'ĐVT', 'Kết quả', 'Ghi chú'].forEach((h, c) =>
          s.set(r, c, h, { bold: true, border: true }),
        );
        r++;
        const merged = (text: string, e: Expect | null, measure?: string, v?: Val): void => {
          s.set(r, 0, text, { bold: e === null });
          s.merge(r, 0, r, 1);
          if (e === null) s.heading(text, r, 0);
          else {
            if (measure) s.set(r, 2, measure);
            s.set(r, 3, v ?? null);
            s.expect(text, r, 0, 3, v ?? null, e);
          }
          r++;
        };
        const line = (stt: string, label: string, measure: string, v: Val, e: Expect): void => {
          s.set(r, 0, stt);
          s.set(r, 1, label);
          s.set(r, 2, measure);
          s.set(r, 3, v);
          s.expect(label, r, 1, 3, v, e);
          r++;
        };
        merged('I. BƯU CHÍNH - VIỄN THÔNG', null);
        line('1', 'Điểm phục vụ bưu chính (bưu cục, đại lý)', 'Điểm', 5, is('postal_service_points', 5));
        line('2', 'Trạm thu phát sóng BTS', 'Trạm', u.bts, is('bts_stations', u.bts));
        merged('Trong đó: trạm BTS dùng chung hạ tầng', no('shared BTS: a part of the total'), 'Trạm', 7);
        line('3', 'Số thuê bao di động', 'Thuê bao', { n: u.mobile, fmt: '#,##0' }, is('mobile_subscribers', u.mobile));
        merged('II. CHÍNH QUYỀN SỐ', null);
        line('4', 'Số điểm cầu truyền hình trực tuyến của phường', 'Điểm cầu', 2, is('video_conference_points', 2));
        line('5', 'Số đơn vị kết nối LGSP', 'Đơn vị', 3, is('lgsp_connected_units', 3));
        line('6', 'Tỷ lệ văn bản trao đổi trên môi trường mạng', '%', 96.4, is('electronic_documents_rate', 96.4));
        merged('Trong đó: văn bản ký số', no('signed documents: a part of the electronic documents'), 'Văn bản', 3860);
        merged('III. THÔNG TIN CƠ SỞ', null);
        line('7', 'Tin, bài phát trên đài truyền thanh phường', 'Tin, bài', 318, is('radio_news_items', 318));
        line('8', 'Số lần phát ngôn, cung cấp thông tin cho báo chí', 'Lần', 4, is('press_statements', 4));
        signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Dương Minh Trí']);
      },
    });
  }

  // 10. Xã Nhơn Phú — numbers stored as text, a literal leading apostrophe, zeros, blank rows with borders and
  // number formats in the middle of the table.
  {
    const u = sizeOf(16420);
    list.push({
      name: 'Xã Nhơn Phú',
      file: 'Nhon Phu.xlsx',
      sheet: 'Biểu',
      write: (s) => {
        let r = motto(s, ['UBND XÃ NHƠN PHÚ'], 3);
        s.set(r++, 0, 'BÁO CÁO SỐ LIỆU CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ NĂM 2025', { bold: true });
        r++;
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2025', 'Ghi chú'].forEach((h, c) =>
          s.set(r, c, h, { bold: true, border: true }),
        );
        r++;
        const line = (stt: string, label: string, measure: string, v: Val, e: Expect): void => {
          s.set(r, 0, stt, { border: true });
          s.set(r, 1, label, { border: true });
          s.set(r, 2, measure, { border: true });
          s.set(r, 3, v, { border: true, fmt: '@' });
          s.set(r, 4, null, { border: true });
          s.expect(label, r, 1, 3, v, e);
          r++;
        };
        const blank = (): void => {
          for (let c = 0; c < 5; c++) s.set(r, c, null, { border: true, fmt: '#,##0' });
          r++;
        };
        line('1', 'Dân số trung bình của xã', 'Người', String(u.pop), is('population', u.pop));
        line('2', 'Số hộ dân cư', 'Hộ', `'${u.hh.toLocaleString('de-DE')}`, is('households', u.hh));
        blank();
        line('3', 'Số thuê bao di động', 'Thuê bao', String(u.mobile), is('mobile_subscribers', u.mobile));
        line('4', 'Số quyết định xử phạt trong lĩnh vực TT&TT', 'Quyết định', '0', is('sanction_decisions', 0));
        line('5', 'Tiền phạt vi phạm hành chính', 'Triệu đồng', 0, is('fines', 0));
        blank();
        blank();
        line('6', 'Số cuộc kiểm tra chuyên ngành TT&TT', 'Cuộc', '01', is('inspections', 1));
        line('7', 'Số tổ CNS cộng đồng', 'Tổ', '08', is('community_digital_teams', 8));
        line('8', 'Số thành viên tổ CNS', 'Người', `'${40}`, is('community_digital_members', 40));
        line('9', 'Điểm Wi-Fi công cộng', 'Điểm', '0', is('public_wifi_points', 0));
        blank();
        signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn Hai']);
      },
    });
  }

  // 11. Xã Quới Thiện — a report of Quý III/2025 sent for the annual round: period_mismatch.
  {
    list.push({
      name: 'Xã Quới Thiện',
      file: 'Quoi Thien - Quy III.xlsx',
      sheet: 'Sheet1',
      write: (s) => {
        let r = motto(s, ['UBND XÃ QUỚI THIỆN'], 3);
        s.set(r++, 0, 'BÁO CÁO KẾT QUẢ CÔNG TÁC CHUYỂN ĐỔI SỐ QUÝ III/2025', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện Quý III/2025', 'Ghi chú'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
          [
            { stt: '1', label: 'Số trạm BTS đã phát sóng', measure: 'Trạm', v: 21, e: is('bts_stations', 21) },
            {
              stt: '2',
              label: 'Số hồ sơ TTHC tiếp nhận trực tuyến',
              measure: 'Hồ sơ',
              v: 386,
              e: is('online_dossiers', 386),
            },
            { stt: '3', label: 'Tỷ lệ hồ sơ trực tuyến', measure: '%', v: 52.7, e: is('online_dossier_rate', 52.7) },
            { stt: '4', label: 'Số cuộc họp trực tuyến', measure: 'Cuộc', v: 6, e: is('online_meetings', 6) },
            {
              stt: '5',
              label: 'Số lượt người tham gia tập huấn CĐS',
              measure: 'Lượt',
              v: 240,
              e: is('digital_training_participants', 240),
            },
          ],
        );
        signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trương Văn Sáu']);
      },
    });
  }

  // 12. Phường Phước Hậu — "Đạt" and "Hoàn thành" in the result column, a percentage written "96%".
  {
    const u = sizeOf(29960);
    list.push({
      name: 'Phường Phước Hậu',
      file: 'phuoc_hau.xlsx',
      sheet: 'Phước Hậu',
      write: (s) => {
        let r = motto(s, ['UBND PHƯỜNG PHƯỚC HẬU'], 3);
        s.set(r++, 0, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025', { bold: true });
        r++;
        r = plainTable(
          s,
          r,
          ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Kết quả', 'Đánh giá'],
          { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
          [
            {
              stt: '1',
              label: 'Tỷ lệ thủ tục hành chính cung cấp dưới dạng DVC trực tuyến toàn trình',
              measure: '%',
              v: 'Đạt',
              e: no('share of procedures offered fully online: not in the catalog (the catalog counts services)'),
              extra: ['Đạt'],
            },
            {
              stt: '2',
              label: 'Tỷ lệ hồ sơ được số hóa kết quả giải quyết',
              measure: '%',
              v: '96%',
              e: is('digitisation_rate', 96),
              extra: ['Đạt'],
            },
            {
              stt: '3',
              label: 'Tỷ lệ dân số trưởng thành có điện thoại thông minh',
              measure: '%',
              v: 'Đạt',
              e: is('smartphone_users_rate', null),
              extra: ['Đạt'],
            },
            {
              stt: '4',
              label: 'Số camera an ninh kết nối IOC',
              measure: 'Camera',
              v: 58,
              e: is('ioc_cameras', 58),
              extra: ['Vượt'],
            },
            {
              stt: '5',
              label: 'Số hộ kinh doanh có gian hàng trên sàn thương mại điện tử',
              measure: 'Hộ',
              v: 'khoảng 120',
              e: is('ecommerce_households', 120),
              extra: [''],
            },
            {
              stt: '6',
              label: 'Số thuê bao Internet băng rộng cố định',
              measure: 'Thuê bao',
              v: { n: u.fixed, fmt: '#,##0' },
              e: is('fixed_broadband_subscribers', u.fixed),
              extra: ['Đạt'],
            },
            {
              stt: '7',
              label: 'Triển khai nền tảng họp không giấy',
              measure: 'Cuộc',
              v: 'Hoàn thành',
              e: is('paperless_meetings', null),
              extra: ['Đạt'],
            },
            {
              stt: '8',
              label: 'Tổng số tiền xử phạt VPHC',
              measure: 'Triệu đồng',
              v: '7,5',
              e: is('fines', 7.5),
              extra: [''],
            },
          ],
        );
        signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Lâm Quốc Việt']);
      },
    });
  }

  // 13. Xã Long Hồ — "Năm 2024 | Năm 2025 | Tăng (+), giảm (-)", the difference signed; a subtotal formula.
  {
    const u = sizeOf(33410);
    list.push({
      name: 'Xã Long Hồ',
      file: 'LONG HO.xlsx',
      sheet: 'Long Hồ',
      write: (s) => {
        let r = motto(s, ['UBND XÃ LONG HỒ', 'Số: 88/BC-UBND'], 3);
        s.set(r++, 0, 'Báo cáo số liệu thông tin và truyền thông năm 2025', { bold: true });
        r++;
        const L = (
          n: number,
          label: string,
          measure: string,
          prev: number,
          now: Val,
          nowN: number,
          e: Expect,
        ): Line => ({ stt: String(n), label, measure, v: now, e, extra: [prev, Math.round((nowN - prev) * 10) / 10] });
        const pay = 283;
        const cash = 115;
        const rr = plainTable(
          s,
          r,
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', 'Năm 2025', 'Tăng (+), giảm (-)'],
          { stt: 0, label: 1, measure: 2, value: 4, extra: [3, 5] },
          [
            L(1, 'Dân số', 'Người', 33020, { n: u.pop, fmt: '#,##0' }, u.pop, is('population', u.pop)),
            L(2, 'Trạm BTS', 'Trạm', u.bts - 2, u.bts, u.bts, is('bts_stations', u.bts)),
            L(3, 'Mật độ điện thoại di động', 'TB/100 dân', 112.4, 116.9, 116.9, is('mobile_density', 116.9)),
            L(
              4,
              'Thuê bao cáp quang',
              'Thuê bao',
              u.fixed - 410,
              u.fixed,
              u.fixed,
              is('fixed_broadband_subscribers', u.fixed),
            ),
            L(5, 'Hồ sơ thanh toán phí qua Cổng DVC', 'Hồ sơ', 240, pay, pay, is('online_payment_dossiers', pay)),
            L(
              6,
              'Hồ sơ nộp trực tuyến qua dịch vụ bưu chính',
              'Hồ sơ',
              90,
              cash,
              cash,
              either(
                'postal_dossiers_received',
                cash,
                'dossiers filed through the postal service: read as received by BCCI, or left for a person',
              ),
            ),
            L(7, 'Tỷ lệ ấp có sóng băng rộng di động', '%', 96, 100, 100, is('village_broadband_coverage_rate', 100)),
            L(
              8,
              'Số xã có báo đến trong ngày',
              'Xã',
              1,
              1,
              1,
              either('communes_with_same_day_newspapers', 1, 'the commune itself: 1 of 1'),
            ),
          ],
        );
        signature(s, rr + 2, 4, ['TM. UBND XÃ', 'CHỦ TỊCH', '', 'Đặng Văn Năm']);
      },
    });
  }

  // 14. Xã Hòa Hiệp — sent twice: the first on 8/1/2026, a corrected version on 12/1/2026 (same period, two
  // figures changed). The corrected one (sorted after the first by its date prefix) is the one to use.
  {
    list.push({
      name: 'Xã Hòa Hiệp',
      file: '2026-01-12 BC xa Hoa Hiep (dieu chinh).xlsx',
      sheet: 'Sheet1',
      write: (s) => writeHoaHiep(s, true),
    });
  }
  return list;
}

/** Xã Hòa Hiệp's report; `corrected` changes two figures and adds "(Bản điều chỉnh)" to the title. */
function writeHoaHiep(s: Sheet, corrected: boolean): void {
  let r = motto(s, ['UBND XÃ HÒA HIỆP'], 3);
  s.set(r++, 0, `BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2025${corrected ? ' (BẢN ĐIỀU CHỈNH)' : ''}`, { bold: true });
  if (corrected) s.set(r++, 0, '(Thay thế Báo cáo số 02/BC-UBND ngày 08/01/2026 do sai số liệu mục 2, 4)');
  r++;
  r = plainTable(
    s,
    r,
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', 'Ghi chú'],
    { stt: 0, label: 1, measure: 2, value: 3, extra: [4] },
    [
      { stt: '1', label: 'Số trạm BTS', measure: 'Trạm', v: 18, e: is('bts_stations', 18) },
      {
        stt: '2',
        label: 'Số thuê bao Internet cáp quang',
        measure: 'Thuê bao',
        v: corrected ? 4120 : 41200,
        e: is('fixed_broadband_subscribers', corrected ? 4120 : 41200),
      },
      { stt: '3', label: 'Số hồ sơ tiếp nhận trực tuyến', measure: 'Hồ sơ', v: 1904, e: is('online_dossiers', 1904) },
      {
        stt: '4',
        label: 'Tỷ lệ hồ sơ xử lý trực tuyến',
        measure: '%',
        v: corrected ? 61.2 : 16.2,
        e: is('online_dossier_rate', corrected ? 61.2 : 16.2),
      },
      {
        stt: '5',
        label: 'Số chứng thư số đã cấp cho CBCC',
        measure: 'Chứng thư',
        v: 29,
        e: is('digital_certificates', 29),
      },
    ],
  );
  signature(s, r + 2, 3, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Lý Văn Hùng']);
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const f of await readdir(OUT))
    if (f.endsWith('.xlsx') || f.endsWith('.json') || f.endsWith('.txt')) await rm(join(OUT, f));

  const missingUnits = ['Phường 1', 'Xã An Bình'];
  const expected: ExpectedCorpus2 = {
    period: PERIOD,
    units: [],
    missingUnits,
    notReports: [],
    issues: [],
    superseded: [],
  };
  const books: [string, ExcelJS.Workbook][] = [];
  const list = docs();
  for (const doc of list) {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet(doc.sheet);
    ws.getColumn(2).width = 60;
    const s = new Sheet(ws, doc.file);
    doc.write(s);
    expected.units.push({ name: doc.name, file: doc.file, sheet: doc.sheet, rows: s.rows });
    books.push([doc.file, book]);
  }
  // The superseded first version of Xã Hòa Hiệp.
  {
    const book = new ExcelJS.Workbook();
    const file = '2026-01-08 BC xa Hoa Hiep.xlsx';
    const s = new Sheet(book.addWorksheet('Sheet1'), file);
    writeHoaHiep(s, false);
    books.push([file, book]);
    expected.superseded.push({
      file,
      sheet: 'Sheet1',
      unit: 'Xã Hòa Hiệp',
      why: 'first version, replaced by "(dieu chinh)" of 12/1/2026 with two figures corrected',
    });
    expected.issues.push({
      code: 'duplicate_conflict',
      unit: 'Xã Hòa Hiệp',
      why: 'two reports of the same unit and period: must be flagged, never merged silently',
    });
  }

  // Issues a careful reviewer expects.
  const cellOf = (unit: string, id: string): string => {
    const row = expected.units
      .find((u) => u.name === unit)
      ?.rows.find((x) => x.expect.kind === 'indicator' && x.expect.id === id);
    if (!row?.valueCell) throw new Error(`no row ${unit}/${id}`);
    return row.valueCell;
  };
  expected.issues.push(
    { code: 'period_mismatch', unit: 'Xã Quới Thiện', why: 'report of Quý III/2025 in the annual round' },
    {
      code: 'value_unreadable',
      unit: 'Phường Phước Hậu',
      indicator: 'smartphone_users_rate',
      cell: cellOf('Phường Phước Hậu', 'smartphone_users_rate'),
      why: '"Đạt" is no number',
    },
    {
      code: 'value_unreadable',
      unit: 'Phường Phước Hậu',
      indicator: 'paperless_meetings',
      cell: cellOf('Phường Phước Hậu', 'paperless_meetings'),
      why: '"Hoàn thành" is no number',
    },
    {
      code: 'value_unreadable',
      unit: 'Xã Tân Long Hội',
      indicator: 'community_digital_teams',
      cell: cellOf('Xã Tân Long Hội', 'community_digital_teams'),
      why: '"Hoàn thành" is no number',
    },
    { code: 'unit_missing', unit: 'Phường 1', why: 'on the list, sent nothing (merged into Phường 10)' },
    { code: 'unit_missing', unit: 'Xã An Bình', why: 'on the list, sent nothing' },
  );

  for (const [file, book] of books) {
    book.created = book.modified = new Date(Date.UTC(2026, 0, 12));
    book.creator = 'UBND cấp xã';
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(OUT, file), fixZipDates(data, ZIP_DATE));
  }
  const unitList = [
    '# Đơn vị báo cáo (hold-out 2): xã, phường tỉnh Vĩnh Long sau sắp xếp 2025',
    ...list.map((d) => d.name),
    ...missingUnits,
  ];
  await writeFile(join(OUT, 'units.txt'), `${unitList.join('\n')}\n`);
  await writeFile(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  const rows = expected.units.reduce((n, u) => n + u.rows.length, 0);
  process.stdout.write(
    `hold-out 2 corpus: ${books.length} files, ${list.length} unit reports, ${rows} rows → ${OUT}\n`,
  );
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
