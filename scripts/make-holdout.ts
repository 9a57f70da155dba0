/**
 * Writes the hold-out corpus: test/holdout/corpus/*.xlsx, expected.json and units.txt.
 *
 * An INDEPENDENT set of unit reports the engine was never tuned on: communes, wards and special zones after the
 * 2025 reform plus three Northern districts, period "6 tháng đầu năm 2025". Labels are written fresh (not copied
 * from the catalog aliases nor from scripts/make-samples.ts), figures are written the many ways offices write
 * them, and every row's expected outcome is recorded by hand: the catalog id and value a careful human would
 * take, or "unmatched" for rows that are no catalog indicator, or "either" for rows that are ambiguous by nature.
 *
 * Deterministic: fixed seed, fixed workbook dates, fixed zip timestamps. Run with `npx tsx scripts/make-holdout.ts`.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAddress } from '../src/core/address/address';
import { encodeTcvn3, encodeVni } from '../src/core/text/legacy';
import { oldTonePlacement } from '../src/core/text/normalize';
import { fixZipDates } from './lib/reproducible-zip';
import type { Expect, ExpectedCorpus, ExpectedRow } from './lib/holdout-expect';
import { withoutDiacritics } from './lib/sample-kit';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'test', 'holdout', 'corpus');
const PERIOD = '6 tháng đầu năm 2025';
/** Every zip entry's date: noon of the reports' date, so the same content always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2025, 5, 30, 12));

// ─── Random numbers (fixed seed) ────────────────────────────────────────────────────────────────────────────
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 16), 0x85ebca6b);
    t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
    return ((t ^ (t >>> 16)) >>> 0) / 4294967296;
  };
}
const rand = rng(20250630);
const int = (lo: number, hi: number): number => Math.round(lo + (hi - lo) * rand());
const r1 = (lo: number, hi: number): number => Math.round((lo + (hi - lo) * rand()) * 10) / 10;
/** A share, unrounded (for figures derived from it). */
const share = (lo: number, hi: number): number => lo + (hi - lo) * rand();

// ─── Expected outcomes ──────────────────────────────────────────────────────────────────────────────────────
// The row model (Expect, ExpectedRow, ExpectedUnit, ExpectedCorpus) lives in lib/holdout-expect.ts.

// ─── Rows as a unit writes them ─────────────────────────────────────────────────────────────────────────────
/** How the figure sits in the result cell. */
type Fig =
  | { n: number; fmt?: string }
  | { s: string }
  /** Result = formula summing the two period cells (Quý I + Quý II). */
  | { sum: [number, number] }
  | null;

type Row =
  | { t: 'section'; text: string }
  | {
      t: 'row';
      stt?: string;
      label: string;
      measure?: string;
      fig: Fig;
      expect: Expect;
      plan?: number | string;
      prev?: number | string;
      note?: string;
    };

const sec = (text: string): Row => ({ t: 'section', text });
/** A catalog row. */
function ind(
  id: string,
  label: string,
  measure: string | undefined,
  fig: Fig,
  value: number | null,
  extra: Partial<Extract<Row, { t: 'row' }>> & { alsoAccept?: (number | null)[] } = {},
): Row {
  const { alsoAccept, ...rest } = extra;
  return {
    t: 'row',
    label,
    measure,
    fig,
    expect: { kind: 'indicator', id, value, ...(alsoAccept ? { alsoAccept } : {}) },
    ...rest,
  };
}
/** A row that is no catalog indicator. */
function none(
  label: string,
  measure: string | undefined,
  fig: Fig,
  why: string,
  extra: Partial<Extract<Row, { t: 'row' }>> = {},
): Row {
  return { t: 'row', label, measure, fig, expect: { kind: 'unmatched', why }, ...extra };
}
function either(
  id: string,
  label: string,
  measure: string | undefined,
  fig: Fig,
  value: number | null,
  why: string,
): Row {
  return { t: 'row', label, measure, fig, expect: { kind: 'either', id, value, why } };
}

// ─── Text styles ────────────────────────────────────────────────────────────────────────────────────────────
type TextStyle = 'nfc' | 'nfd' | 'oldTone' | 'caps' | 'plain' | 'vni' | 'tcvn3';

function styled(text: string, style: TextStyle): string {
  switch (style) {
    case 'nfc':
      return text;
    case 'nfd':
      return text.normalize('NFD');
    case 'oldTone':
      return oldTonePlacement(text).normalize('NFD');
    case 'caps':
      return text.toLocaleUpperCase('vi');
    case 'plain':
      return withoutDiacritics(text);
    case 'vni':
      return encodeVni(text);
    case 'tcvn3':
      return encodeTcvn3(text);
  }
}

// ─── Figures per unit (consistent with each other) ─────────────────────────────────────────────────────────
type Size = { pop: number; villages: number };
function figures({ pop, villages }: Size) {
  const hh = Math.round(pop / share(3.7, 4.3));
  const mobile = Math.round((pop * share(105, 135)) / 100);
  const fibre = Math.round(hh * share(0.55, 0.82));
  const teams = villages;
  return {
    pop,
    hh,
    villages,
    postal: Math.max(1, Math.round(pop / int(3500, 6000))),
    bcciIn: Math.round(pop * share(0.02, 0.05)),
    bcciOut: Math.round(pop * share(0.02, 0.05)),
    bts: Math.max(2, Math.round(pop / int(600, 900))),
    mobile,
    mbb: Math.round(mobile * share(0.68, 0.82)),
    fixed: fibre,
    fibreRate: Math.round((fibre / hh) * 1000) / 10,
    smart: r1(70, 88),
    cov4g: r1(95, 99.9),
    villageCov: r1(88, 100),
    dvcTotal: int(380, 420),
    dvcPartial: int(120, 160),
    dvcFull: int(190, 240),
    dvcWithDossiers: r1(45, 70),
    onlineDossiers: Math.round(pop * share(0.03, 0.08)),
    onlineRate: r1(40, 75),
    payments: Math.round(pop * share(0.005, 0.015)),
    digitised: r1(30, 80),
    vcPoints: int(1, 4),
    meetings: int(8, 30),
    email: int(25, 60),
    certs: int(15, 45),
    docs: Math.round(pop * share(0.04, 0.09)),
    docsRate: r1(90, 99),
    cameras: int(4, 40),
    teams,
    members: teams * int(4, 6),
    ecom: Math.round(hh * share(0.005, 0.02)),
    loud: villages * int(1, 2),
    news: int(60, 240),
    inspections: int(1, 4),
    decisions: int(0, 2),
  };
}

// ─── Sheet writers ──────────────────────────────────────────────────────────────────────────────────────────
type Addr = (row: number, col: number) => string;
const addr: Addr = (r, c) => cellAddress(r, c);

type SheetCtx = { sheet: ExcelJS.Worksheet; file: string; style: TextStyle; font?: string; rows: ExpectedRow[] };

function put(
  ctx: SheetCtx,
  r: number,
  c: number,
  v: ExcelJS.CellValue,
  opts: { bold?: boolean; fmt?: string; font?: string; verbatim?: boolean } = {},
): void {
  const cell = ctx.sheet.getCell(r + 1, c + 1);
  cell.value = typeof v === 'string' && !opts.verbatim ? styled(v, ctx.style) : v;
  const fontName = opts.font ?? ctx.font;
  if (fontName || opts.bold)
    cell.font = { ...(fontName ? { name: fontName } : {}), ...(opts.bold ? { bold: true } : {}) };
  if (opts.fmt) cell.numFmt = opts.fmt;
}

function ref(ctx: SheetCtx, r: number, c: number): string {
  return `${ctx.file}#${ctx.sheet.name}!${addr(r, c)}`;
}

function rawOf(fig: Fig): string {
  if (fig === null) return '';
  if ('s' in fig) return fig.s;
  if ('sum' in fig) return `=${fig.sum[0]}+${fig.sum[1]}`;
  return fig.fmt ? `${fig.n} [${fig.fmt}]` : String(fig.n);
}

function putFig(ctx: SheetCtx, r: number, c: number, fig: Fig, sumCells?: [number, number]): void {
  if (fig === null) return;
  if ('s' in fig) put(ctx, r, c, ctx.style === 'caps' ? fig.s : styled(fig.s, ctx.style), { verbatim: true });
  else if ('sum' in fig) {
    if (!sumCells) throw new Error('sum figure without period columns');
    put(ctx, r, sumCells[0], fig.sum[0], { fmt: '#,##0' });
    put(ctx, r, sumCells[1], fig.sum[1], { fmt: '#,##0' });
    put(
      ctx,
      r,
      c,
      { formula: `${addr(r, sumCells[0])}+${addr(r, sumCells[1])}`, result: fig.sum[0] + fig.sum[1] },
      { fmt: '#,##0' },
    );
  } else put(ctx, r, c, fig.n, fig.fmt ? { fmt: fig.fmt } : {});
}

function record(
  ctx: SheetCtx,
  row: Extract<Row, { t: 'row' }>,
  labelAt: [number, number],
  valueAt: [number, number] | null,
): void {
  ctx.rows.push({
    label: row.label,
    labelCell: ref(ctx, labelAt[0], labelAt[1]),
    valueCell: valueAt ? ref(ctx, valueAt[0], valueAt[1]) : null,
    raw: rawOf(row.fig),
    expect: row.expect,
  });
}

function recordSection(ctx: SheetCtx, text: string, at: [number, number]): void {
  ctx.rows.push({
    label: text,
    labelCell: ref(ctx, at[0], at[1]),
    valueCell: null,
    raw: '',
    expect: { kind: 'heading' },
  });
}

type Title = { left: string[]; right?: string[]; title: string[]; col?: number };
/** The national-motto block and the report title. Returns the next free row. */
function writeTitle(ctx: SheetCtx, t: Title, width: number): number {
  const c0 = t.col ?? 0;
  const right = t.right ?? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  const n = Math.max(t.left.length, right.length);
  for (let i = 0; i < n; i++) {
    if (t.left[i]) put(ctx, i, c0, t.left[i], { bold: true });
    if (right[i]) put(ctx, i, c0 + Math.max(3, width - 3), right[i], { bold: true });
  }
  let r = n + 1;
  for (const line of t.title) {
    put(ctx, r, c0, line, { bold: true });
    ctx.sheet.mergeCells(r + 1, c0 + 1, r + 1, c0 + width);
    r++;
  }
  return r + 1;
}

function writeFooter(ctx: SheetCtx, r: number, lines: string[], signer: string[], col = 0, signCol = 4): number {
  let at = r + 1;
  for (const line of lines) put(ctx, at++, col, line);
  at++;
  signer.forEach((line, i) => put(ctx, at + i, signCol, line, { bold: i < 3 }));
  return at + signer.length;
}

const NOI_NHAN = ['Nơi nhận:', '- Sở Khoa học và Công nghệ;', '- TT Đảng ủy, HĐND, UBND;', '- Lưu: VT, VH-XH.'];

// Layout A: STT | Nội dung | ĐVT | Kế hoạch năm | Thực hiện | Tỷ lệ % so KH | Ghi chú
function layoutPlan(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, title, 7);
  ['STT', 'Nội dung', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 6 tháng', 'Tỷ lệ % so KH', 'Ghi chú'].forEach((h, c) =>
    put(ctx, r, c, h, { bold: true }),
  );
  r++;
  let n = 0;
  let roman = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 0, ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][roman++], { bold: true });
      put(ctx, r, 1, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 1]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.stt ?? String(++n));
    put(ctx, r, 1, row.label);
    if (row.measure) put(ctx, r, 2, row.measure);
    if (row.plan !== undefined) put(ctx, r, 3, row.plan);
    putFig(ctx, r, 4, row.fig);
    if (row.plan !== undefined && typeof row.plan === 'number' && row.fig && 'n' in row.fig && row.plan > 0) {
      put(ctx, r, 5, Math.round((row.fig.n / row.plan) * 1000) / 10);
    }
    if (row.note) put(ctx, r, 6, row.note);
    record(ctx, row, [r, 1], [r, 4]);
    r++;
  }
  writeFooter(ctx, r, footer, signer);
}

// Layout B: merged two-row header, two period columns + comparison, column-number row "(1) (2) ..."
function layoutTwoPeriods(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, title, 6);
  const h1 = r;
  put(ctx, h1, 0, 'TT', { bold: true });
  put(ctx, h1, 1, 'Chỉ tiêu', { bold: true });
  put(ctx, h1, 2, 'Đơn vị tính', { bold: true });
  put(ctx, h1, 3, 'Kết quả thực hiện', { bold: true });
  put(ctx, h1, 5, 'So sánh cùng kỳ (%)', { bold: true });
  put(ctx, h1 + 1, 3, '6 tháng đầu năm 2024', { bold: true });
  put(ctx, h1 + 1, 4, '6 tháng đầu năm 2025', { bold: true });
  for (const c of [0, 1, 2, 5]) ctx.sheet.mergeCells(h1 + 1, c + 1, h1 + 2, c + 1);
  ctx.sheet.mergeCells(h1 + 1, 4, h1 + 1, 5);
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)'].forEach((h, c) => put(ctx, h1 + 2, c, h));
  r = h1 + 3;
  let n = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 1, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 1]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.stt ?? String(++n));
    put(ctx, r, 1, row.label);
    if (row.measure) put(ctx, r, 2, row.measure);
    if (row.prev !== undefined) put(ctx, r, 3, row.prev);
    putFig(ctx, r, 4, row.fig);
    if (typeof row.prev === 'number' && row.fig && 'n' in row.fig && row.prev > 0)
      put(ctx, r, 5, Math.round((row.fig.n / row.prev) * 1000) / 10);
    record(ctx, row, [r, 1], [r, 4]);
    r++;
  }
  writeFooter(ctx, r, footer, signer);
}

// Layout C: table starts at column C (A, B empty), label merged across D:E, "Số liệu" then ĐVT after it.
function layoutShifted(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, { ...title, col: 2 }, 6);
  put(ctx, r, 2, 'STT', { bold: true });
  put(ctx, r, 3, 'Nội dung chỉ tiêu', { bold: true });
  ctx.sheet.mergeCells(r + 1, 4, r + 1, 5);
  put(ctx, r, 5, 'Số liệu', { bold: true });
  put(ctx, r, 6, 'ĐVT', { bold: true });
  put(ctx, r, 7, 'Ghi chú', { bold: true });
  r++;
  let n = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 3, row.text, { bold: true });
      ctx.sheet.mergeCells(r + 1, 4, r + 1, 5);
      recordSection(ctx, row.text, [r, 3]);
      r++;
      continue;
    }
    put(ctx, r, 2, row.stt ?? String(++n));
    put(ctx, r, 3, row.label);
    ctx.sheet.mergeCells(r + 1, 4, r + 1, 5);
    putFig(ctx, r, 5, row.fig);
    if (row.measure) put(ctx, r, 6, row.measure);
    if (row.note) put(ctx, r, 7, row.note);
    record(ctx, row, [r, 3], [r, 5]);
    r++;
  }
  writeFooter(ctx, r, footer, signer, 2, 6);
}

// Layout D: no header row at all: label | value (the measure is in the label or the text figure).
function layoutNoHeader(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, title, 3);
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 0, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 0]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.label);
    putFig(ctx, r, 1, row.fig);
    record(ctx, row, [r, 0], [r, 1]);
    r++;
  }
  writeFooter(ctx, r, footer, signer, 0, 1);
}

// Layout E: STT | Chỉ tiêu | ĐVT | Quý I | Quý II | Kết quả (= formula Quý I + Quý II) | Ghi chú
function layoutQuarters(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, title, 7);
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Quý I/2025', 'Quý II/2025', 'Kết quả 6 tháng', 'Ghi chú'].forEach((h, c) =>
    put(ctx, r, c, h, { bold: true }),
  );
  r++;
  let n = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 1, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 1]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.stt ?? String(++n));
    put(ctx, r, 1, row.label);
    if (row.measure) put(ctx, r, 2, row.measure);
    putFig(ctx, r, 5, row.fig, [3, 4]);
    if (row.note) put(ctx, r, 6, row.note);
    record(ctx, row, [r, 1], [r, 5]);
    r++;
  }
  writeFooter(ctx, r, footer, signer);
}

// Layout G: STT | Chỉ tiêu | ĐVT | Thực hiện Quý II/2025 | Lũy kế 6 tháng | Ghi chú — the 6-month figure is the cumulative one.
function layoutCumulative(ctx: SheetCtx, title: Title, rows: Row[], footer: string[], signer: string[]): void {
  let r = writeTitle(ctx, title, 6);
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện Quý II/2025', 'Lũy kế 6 tháng', 'Ghi chú'].forEach((h, c) =>
    put(ctx, r, c, h, { bold: true }),
  );
  r++;
  let n = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 1, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 1]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.stt ?? String(++n));
    put(ctx, r, 1, row.label);
    if (row.measure) put(ctx, r, 2, row.measure);
    if (row.prev !== undefined) put(ctx, r, 3, row.prev);
    putFig(ctx, r, 4, row.fig);
    record(ctx, row, [r, 1], [r, 4]);
    r++;
  }
  writeFooter(ctx, r, footer, signer);
}

// Layout F: STT | Tên chỉ tiêu | Đơn vị tính | Thực hiện | Ghi chú (plain; used with legacy fonts and plain text)
function layoutSimple(
  ctx: SheetCtx,
  title: Title,
  rows: Row[],
  footer: string[],
  signer: string[],
  headers = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Ghi chú'],
): void {
  let r = writeTitle(ctx, title, 5);
  headers.forEach((h, c) => put(ctx, r, c, h, { bold: true }));
  r++;
  let n = 0;
  for (const row of rows) {
    if (row.t === 'section') {
      put(ctx, r, 1, row.text, { bold: true });
      recordSection(ctx, row.text, [r, 1]);
      r++;
      continue;
    }
    put(ctx, r, 0, row.stt ?? String(++n));
    put(ctx, r, 1, row.label);
    if (row.measure) put(ctx, r, 2, row.measure);
    putFig(ctx, r, 3, row.fig);
    if (row.note) put(ctx, r, 4, row.note);
    record(ctx, row, [r, 1], [r, 3]);
    r++;
  }
  writeFooter(ctx, r, footer, signer, 0, 3);
}

// ─── The units ──────────────────────────────────────────────────────────────────────────────────────────────
type Layout = typeof layoutPlan;
type UnitDoc = {
  name: string;
  file: string;
  sheet: string;
  style: TextStyle;
  font?: string;
  layout: Layout;
  title: Title;
  rows: Row[];
  footer: string[];
  signer: string[];
  hidden?: boolean;
};

const SIGN_XA = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Hoàng Văn Thắng'];
const motto = (date: string): Title['right'] => [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  date,
];

function units(): UnitDoc[] {
  const docs: UnitDoc[] = [];

  // 1. Xã Tân Tiến — plan / actual / % of plan; "Trong đó" sub-row; notes with numbers; caps sections.
  {
    const f = figures({ pop: 14820, villages: 11 });
    const sub4g = Math.round(f.mobile * 0.71);
    docs.push({
      name: 'Xã Tân Tiến',
      file: 'bc_xa_tan_tien.xlsx',
      sheet: 'Sheet1',
      style: 'nfc',
      layout: layoutPlan,
      title: {
        left: ['UBND XÃ TÂN TIẾN', 'Số: 112/BC-UBND'],
        right: motto('Tân Tiến, ngày 20 tháng 6 năm 2025'),
        title: ['BÁO CÁO', 'Kết quả thực hiện nhiệm vụ chuyển đổi số, thông tin và truyền thông 6 tháng đầu năm 2025'],
      },
      rows: [
        sec('HẠ TẦNG BƯU CHÍNH, VIỄN THÔNG'),
        ind('postal_service_points', 'Số bưu cục, điểm Bưu điện - Văn hóa xã', 'Điểm', { n: f.postal }, f.postal, {
          plan: f.postal,
        }),
        ind('bts_stations', 'Trạm thu, phát sóng thông tin di động của các nhà mạng', 'Trạm', { n: f.bts }, f.bts, {
          plan: f.bts + 2,
        }),
        ind(
          'mobile_subscribers',
          'Tổng số thuê bao di động trên địa bàn xã',
          'Thuê bao',
          { n: f.mobile, fmt: '#,##0' },
          f.mobile,
          { plan: 18000 },
        ),
        {
          t: 'row',
          label: 'Trong đó: thuê bao 4G',
          measure: 'Thuê bao',
          fig: { n: sub4g, fmt: '#,##0' },
          expect: {
            kind: 'either',
            id: 'mobile_broadband_subscribers',
            value: sub4g,
            why: '4G subscribers are a part of mobile broadband; never the mobile total',
          },
        },
        ind(
          'fixed_broadband_subscribers',
          'Thuê bao Internet băng rộng cố định (cáp quang FTTH)',
          'Thuê bao',
          { n: f.fixed },
          f.fixed,
          { plan: 3000 },
        ),
        ind(
          'fibre_households_rate',
          'Tỷ lệ hộ dân có đường truyền Internet cáp quang',
          '%',
          { n: f.fibreRate },
          f.fibreRate,
          { plan: 80 },
        ),
        sec('CHÍNH QUYỀN SỐ'),
        ind(
          'online_dossiers',
          'Số hồ sơ TTHC được tiếp nhận trực tuyến',
          'Hồ sơ',
          { n: f.onlineDossiers },
          f.onlineDossiers,
          { plan: 1000 },
        ),
        ind(
          'online_dossier_rate',
          'Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ TTHC',
          '%',
          { n: f.onlineRate },
          f.onlineRate,
          { plan: 60 },
        ),
        none('Tỷ lệ hồ sơ giải quyết đúng hạn', '%', { n: 98.6 }, 'on-time processing rate: not in the catalog', {
          plan: 100,
        }),
        ind(
          'digitisation_rate',
          'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC tại bộ phận một cửa',
          '%',
          { n: f.digitised },
          f.digitised,
          { plan: 100 },
        ),
        ind(
          'official_email_boxes',
          'Số hộp thư điện tử công vụ đã cấp cho cán bộ, công chức xã',
          'Hộp thư',
          { n: f.email },
          f.email,
          { plan: f.email },
        ),
        ind('digital_certificates', 'Chữ ký số chuyên dùng đã cấp cho CBCC', 'Chứng thư', { n: f.certs }, f.certs, {
          plan: f.certs,
        }),
        ind(
          'electronic_documents_rate',
          'Tỷ lệ văn bản đi được gửi dưới dạng điện tử (trừ văn bản mật)',
          '%',
          { n: f.docsRate },
          f.docsRate,
          { plan: 95 },
        ),
        sec('XÃ HỘI SỐ'),
        ind('community_digital_teams', 'Số Tổ công nghệ số cộng đồng ở thôn', 'Tổ', { n: f.teams }, f.teams, {
          plan: f.teams,
        }),
        ind(
          'community_digital_members',
          'Tổng số thành viên các Tổ CNS cộng đồng',
          'Người',
          { n: f.members },
          f.members,
        ),
        ind(
          'smartphone_users_rate',
          'Tỷ lệ người trưởng thành có điện thoại thông minh',
          '%',
          { n: f.smart },
          f.smart,
          { plan: 85 },
        ),
        none(
          'Số tài khoản định danh điện tử VNeID mức 2 đã kích hoạt',
          'Tài khoản',
          { n: 9412 },
          'VNeID accounts: not in the catalog',
        ),
        none(
          'Số lượt truy cập Trang thông tin điện tử của xã',
          'Lượt',
          { n: 25311 },
          'site visits: not in the catalog',
        ),
      ],
      footer: [
        'Ghi chú: Số liệu thuê bao do 03 doanh nghiệp viễn thông cung cấp, lũy kế đến 30/6/2025.',
        '(*) Kế hoạch theo Nghị quyết số 15/NQ-HĐND ngày 20/12/2024.',
        ...NOI_NHAN,
      ],
      signer: SIGN_XA,
    });
  }

  // 2. Xã Tân Tiến A — two period columns (the current one must be taken), merged header, (1)(2)... row.
  {
    const f = figures({ pop: 9630, villages: 8 });
    const p = figures({ pop: 9480, villages: 8 });
    docs.push({
      name: 'Xã Tân Tiến A',
      file: 'bc_xa_tan_tien_a.xlsx',
      sheet: 'BC 6 thang',
      style: 'nfc',
      layout: layoutTwoPeriods,
      title: {
        left: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN TIẾN A'],
        title: [
          'BÁO CÁO SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG, CHUYỂN ĐỔI SỐ',
          '6 tháng đầu năm 2025 so với cùng kỳ năm 2024',
        ],
      },
      rows: [
        sec('A. BƯU CHÍNH - VIỄN THÔNG'),
        ind('postal_dossiers_received', 'Hồ sơ TTHC nhận qua dịch vụ BCCI', 'Hồ sơ', { n: f.bcciIn }, f.bcciIn, {
          prev: p.bcciIn,
        }),
        ind(
          'postal_results_returned',
          'Kết quả giải quyết TTHC chuyển trả qua bưu điện',
          'Hồ sơ',
          { n: f.bcciOut },
          f.bcciOut,
          { prev: p.bcciOut },
        ),
        ind('bts_stations', 'Tổng số trạm BTS', 'Trạm', { n: f.bts }, f.bts, { prev: p.bts }),
        ind('mobile_broadband_subscribers', 'Số TB Internet di động (3G/4G)', 'TB', { n: f.mbb, fmt: '#,##0' }, f.mbb, {
          prev: p.mbb,
        }),
        ind('coverage_4g_rate', 'Tỷ lệ dân số được phủ sóng 4G', '%', { n: f.cov4g }, f.cov4g, { prev: p.cov4g }),
        none('Số thuê bao điện thoại cố định', 'Thuê bao', { n: 212 }, 'fixed telephone lines: not in the catalog', {
          prev: 260,
        }),
        sec('B. DỊCH VỤ CÔNG TRỰC TUYẾN'),
        ind('online_services_partial', 'Số DVCTT một phần', 'Dịch vụ', { n: f.dvcPartial }, f.dvcPartial, {
          prev: p.dvcPartial,
        }),
        ind('online_services_full', 'Số DVCTT toàn trình', 'Dịch vụ', { n: f.dvcFull }, f.dvcFull, { prev: p.dvcFull }),
        ind(
          'online_payment_dossiers',
          'Hồ sơ nộp phí, lệ phí qua thanh toán trực tuyến',
          'Hồ sơ',
          { n: f.payments },
          f.payments,
          { prev: p.payments },
        ),
        sec('C. THÔNG TIN CƠ SỞ'),
        ind('loudspeaker_clusters', 'Cụm loa truyền thanh thông minh (loa IP)', 'Cụm', { n: f.loud }, f.loud, {
          prev: p.loud,
        }),
        ind('news_articles', 'Tin bài đăng tải trên Trang TTĐT xã', 'Tin, bài', { n: f.news }, f.news, {
          prev: p.news,
        }),
        ind('inspections', 'Số cuộc kiểm tra chuyên ngành TT&TT', 'Cuộc', { n: f.inspections }, f.inspections, {
          prev: p.inspections,
        }),
      ],
      footer: ['Nơi nhận:', '- Như trên;', '- Lưu VP.'],
      signer: ['CHỦ TỊCH', '', '', 'Lò Thị Mai'],
    });
  }

  // 3. Phường Hạ Long — table from column C, label merged across 2 columns, "Số liệu" then ĐVT after it.
  {
    const f = figures({ pop: 41250, villages: 24 });
    docs.push({
      name: 'Phường Hạ Long',
      file: 'BC_phuong_HaLong.xlsx',
      sheet: 'Báo cáo',
      style: 'nfc',
      layout: layoutShifted,
      title: {
        left: ['UBND PHƯỜNG HẠ LONG', 'PHÒNG VĂN HÓA - XÃ HỘI'],
        title: ['SỐ LIỆU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025'],
      },
      rows: [
        sec('I. HẠ TẦNG SỐ'),
        ind('bts_stations', 'Số trạm BTS các doanh nghiệp đã lắp đặt', undefined, { n: f.bts }, f.bts),
        ind(
          'fixed_broadband_subscribers',
          'Thuê bao băng thông rộng cố định',
          undefined,
          { n: f.fixed, fmt: '#,##0' },
          f.fixed,
        ),
        ind('ioc_cameras', 'Camera an ninh đã kết nối về Trung tâm IOC tỉnh', undefined, { n: f.cameras }, f.cameras),
        none(
          'Số điểm truy cập Internet công cộng',
          undefined,
          { n: 6 },
          'public Internet access points (cafés, libraries) are not the free Wi-Fi points',
        ),
        sec('II. CHÍNH QUYỀN SỐ'),
        ind(
          'video_conference_points',
          'Điểm cầu hội nghị truyền hình của phường',
          undefined,
          { n: f.vcPoints },
          f.vcPoints,
        ),
        ind(
          'online_meetings',
          'Số cuộc họp, hội nghị tổ chức theo hình thức trực tuyến',
          undefined,
          { n: f.meetings },
          f.meetings,
        ),
        ind(
          'electronic_documents',
          'Văn bản đi phát hành dưới dạng điện tử trên hệ thống QLVB',
          undefined,
          { n: f.docs, fmt: '#,##0' },
          f.docs,
        ),
        ind('dedicated_network_agencies', 'Cơ quan, đơn vị kết nối mạng TSLCD', undefined, { n: 5 }, 5),
        sec('III. KINH TẾ SỐ'),
        ind(
          'ecommerce_households',
          'Hộ sản xuất, kinh doanh có sản phẩm trên sàn thương mại điện tử (Postmart, Voso)',
          undefined,
          { n: f.ecom },
          f.ecom,
        ),
        none(
          'Số doanh nghiệp công nghệ số trên địa bàn',
          undefined,
          { n: 14 },
          'digital-technology companies: not in the catalog',
        ),
        none(
          'Kinh phí chi cho ứng dụng CNTT, chuyển đổi số',
          undefined,
          { n: 1250 },
          'IT spending: not in the catalog',
        ),
      ].map((row) => (row.t === 'row' ? { ...row, measure: measureFor(row) } : row)),
      footer: ['* Ghi chú: số liệu camera tính cả camera của Công an phường.', ...NOI_NHAN],
      signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Phạm Thu Hà'],
    });
  }

  // 4. Đặc khu Vân Đồn — typed with VNI-Times.
  {
    const f = figures({ pop: 52340, villages: 30 });
    docs.push({
      name: 'Đặc khu Vân Đồn',
      file: 'dac_khu_van_don.xlsx',
      sheet: 'Sheet1',
      style: 'vni',
      font: 'VNI-Times',
      layout: layoutSimple,
      title: {
        left: ['UBND ĐẶC KHU VÂN ĐỒN'],
        title: ['BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG', '6 tháng đầu năm 2025'],
      },
      rows: [
        ind('population', 'Dân số trên địa bàn đặc khu', 'Người', { n: f.pop }, f.pop),
        ind(
          'postal_service_points',
          'Điểm phục vụ bưu chính (bưu cục, điểm BĐ-VHX)',
          'Điểm',
          { n: f.postal },
          f.postal,
        ),
        ind('bts_stations', 'Trạm phát sóng di động (BTS)', 'Trạm', { n: f.bts }, f.bts),
        ind('mobile_subscribers', 'Thuê bao di động (trả trước và trả sau)', 'Thuê bao', { n: f.mobile }, f.mobile),
        ind(
          'village_broadband_coverage_rate',
          'Tỷ lệ thôn, khu phố có sóng di động băng rộng',
          '%',
          { n: f.villageCov },
          f.villageCov,
        ),
        ind(
          'online_services_with_dossiers_rate',
          'Tỷ lệ dịch vụ công trực tuyến có hồ sơ phát sinh',
          '%',
          { n: f.dvcWithDossiers },
          f.dvcWithDossiers,
        ),
        ind('community_digital_teams', 'Tổ công nghệ số cộng đồng thôn, khu phố', 'Tổ', { n: f.teams }, f.teams),
        ind(
          'sanction_decisions',
          'Quyết định xử phạt vi phạm hành chính đã ban hành',
          'Quyết định',
          { n: f.decisions },
          f.decisions,
        ),
      ],
      footer: ['Nơi nhận:', '- Sở KH&CN;', '- Lưu: VT.'],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Vũ Đức Hòa'],
    });
  }

  // 5. Đặc khu Cô Tô — typed with .VnTime (title in .VnTimeH).
  {
    const f = figures({ pop: 6870, villages: 9 });
    docs.push({
      name: 'Đặc khu Cô Tô',
      file: 'co-to-vntime.xlsx',
      sheet: 'BC',
      style: 'tcvn3',
      font: '.VnTime',
      layout: layoutSimple,
      title: {
        left: ['UBND ĐẶC KHU CÔ TÔ'],
        title: ['Báo cáo số liệu thông tin và truyền thông 6 tháng đầu năm 2025'],
      },
      rows: [
        ind('households', 'Tổng số hộ dân cư', 'Hộ', { n: f.hh }, f.hh),
        ind(
          'postal_dossiers_received',
          'Tiếp nhận hồ sơ TTHC qua dịch vụ bưu chính công ích',
          'Hồ sơ',
          { n: f.bcciIn },
          f.bcciIn,
        ),
        ind(
          'fixed_broadband_subscribers',
          'Thuê bao Internet cáp quang đến hộ gia đình',
          'Thuê bao',
          { n: f.fixed },
          f.fixed,
        ),
        ind('smartphone_users_rate', 'Tỷ lệ dân số trưởng thành sử dụng smartphone', '%', { n: f.smart }, f.smart),
        ind(
          'online_dossiers',
          'Số hồ sơ nộp qua Cổng dịch vụ công',
          'Hồ sơ',
          { n: f.onlineDossiers },
          f.onlineDossiers,
        ),
        ind('official_email_boxes', 'Hộp thư công vụ đã cấp cho CBCC', 'Hộp thư', { n: f.email }, f.email),
        ind('loudspeaker_clusters', 'Số cụm loa truyền thanh ứng dụng CNTT - viễn thông', 'Cụm', { n: f.loud }, f.loud),
        none(
          'Số buổi phát thanh tiếng dân tộc',
          'Buổi',
          { n: 48 },
          'broadcast sessions in minority languages: not in the catalog',
        ),
      ],
      footer: ['Nơi nhận: - Như trên; - Lưu VT.'],
      signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Đỗ Văn Thuỷ'],
    });
  }

  // 6–8. One workbook, three communes (one with the name only in the sheet name) + a hidden helper sheet.
  {
    const f = figures({ pop: 18640, villages: 17 });
    docs.push({
      name: 'Xã Bình Liêu',
      file: 'BC_cac_xa_vung_cao.xlsx',
      sheet: 'Binh Lieu',
      style: 'nfc',
      layout: layoutSimple,
      title: { left: ['UBND XÃ BÌNH LIÊU'], title: ['Số liệu chuyển đổi số 6 tháng đầu năm 2025'] },
      rows: [
        ind('bts_stations', 'Số trạm phát sóng thông tin di động BTS', 'trạm', { n: f.bts }, f.bts),
        ind('mobile_broadband_subscribers', 'Thuê bao băng rộng di động (3G, 4G, 5G)', 'thuê bao', { n: f.mbb }, f.mbb),
        ind(
          'online_services_total',
          'Số dịch vụ công trực tuyến đã được cung cấp',
          'dịch vụ',
          { n: f.dvcTotal },
          f.dvcTotal,
        ),
        ind('digitisation_rate', 'Tỷ lệ hồ sơ TTHC được số hoá', '%', { n: f.digitised }, f.digitised),
        ind('community_digital_members', 'Thành viên các tổ CNSCĐ', 'người', { n: f.members }, f.members),
        none('Số lớp phổ cập kỹ năng số cho người dân', 'lớp', { n: 12 }, 'a count of classes, not of people trained'),
      ],
      footer: ['Người lập biểu', 'Triệu Văn Sình'],
      signer: ['CHỦ TỊCH', '', 'Hoàng A Páo'],
    });
  }
  {
    const f = figures({ pop: 7420, villages: 10 });
    docs.push({
      name: 'Xã Hoành Mô',
      file: 'BC_cac_xa_vung_cao.xlsx',
      sheet: 'Hoành Mô',
      style: 'nfc',
      layout: layoutSimple,
      title: { left: ['ỦY BAN NHÂN DÂN XÃ', ''], title: ['Số liệu chuyển đổi số 6 tháng đầu năm 2025'] },
      rows: [
        ind('bts_stations', 'Trạm BTS', 'trạm', { n: f.bts }, f.bts),
        ind('households', 'Số hộ gia đình trên địa bàn', 'hộ', { n: f.hh }, f.hh),
        ind('fibre_households_rate', 'Tỷ lệ hộ sử dụng cáp quang', '%', { n: f.fibreRate }, f.fibreRate),
        ind('ecommerce_households', 'Số hộ đưa nông sản lên sàn TMĐT', 'hộ', { n: f.ecom }, f.ecom),
      ],
      footer: [],
      signer: ['CHỦ TỊCH', '', 'Sầm Văn Lợi'],
    });
  }
  {
    const f = figures({ pop: 11270, villages: 13 });
    docs.push({
      name: 'Xã Ba Chẽ',
      file: 'BC_cac_xa_vung_cao.xlsx',
      sheet: 'Ba Che',
      style: 'nfc',
      layout: layoutSimple,
      title: { left: ['UBND XÃ BA CHẼ'], title: ['Số liệu chuyển đổi số 6 tháng đầu năm 2025'] },
      rows: [
        ind('bts_stations', 'Số trạm BTS', 'trạm', { s: fmtVi(f.bts) }, f.bts),
        ind('smartphone_users_rate', 'Người dân dùng điện thoại thông minh', '%', { s: 'trên 90%' }, 90),
        ind('coverage_4g_rate', 'Phủ sóng di động 4G (tỷ lệ dân số)', '%', { n: f.cov4g }, f.cov4g),
        ind('online_dossier_rate', 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến', '%', { n: f.onlineRate }, f.onlineRate),
        ind('video_conference_points', 'Số điểm cầu họp trực tuyến cấp xã', 'điểm cầu', { n: f.vcPoints }, f.vcPoints),
      ],
      footer: [],
      signer: ['CHỦ TỊCH', '', 'Bàn Văn Quý'],
    });
  }

  // 8b. Xã Đầm Hà — a quarter column with a year next to an undated cumulative "Lũy kế 6 tháng" column.
  {
    const f = figures({ pop: 16950, villages: 15 });
    const q = (n: number): number => Math.round(n * 0.52);
    docs.push({
      name: 'Xã Đầm Hà',
      file: 'bc-xa-dam-ha-6t.xlsx',
      sheet: 'Sheet1',
      style: 'nfc',
      layout: layoutCumulative,
      title: { left: ['UBND XÃ ĐẦM HÀ'], title: ['BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025'] },
      rows: [
        ind(
          'postal_dossiers_received',
          'Hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích',
          'Hồ sơ',
          { n: f.bcciIn },
          f.bcciIn,
          { prev: q(f.bcciIn) },
        ),
        ind(
          'postal_results_returned',
          'Trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích',
          'Hồ sơ',
          { n: f.bcciOut },
          f.bcciOut,
          { prev: q(f.bcciOut) },
        ),
        ind(
          'online_dossiers',
          'Số hồ sơ TTHC tiếp nhận trực tuyến',
          'Hồ sơ',
          { n: f.onlineDossiers },
          f.onlineDossiers,
          { prev: q(f.onlineDossiers) },
        ),
        ind(
          'online_payment_dossiers',
          'Số hồ sơ thanh toán phí, lệ phí trực tuyến',
          'Hồ sơ',
          { n: f.payments },
          f.payments,
          { prev: q(f.payments) },
        ),
        ind('online_meetings', 'Số cuộc họp trực tuyến', 'Cuộc', { n: f.meetings }, f.meetings, {
          prev: q(f.meetings),
        }),
        ind('news_articles', 'Số tin, bài đăng trên Trang TTĐT của xã', 'Tin, bài', { n: f.news }, f.news, {
          prev: q(f.news),
        }),
        ind('inspections', 'Số cuộc kiểm tra chuyên ngành TT&TT', 'Cuộc', { n: f.inspections + 1 }, f.inspections + 1, {
          prev: 1,
        }),
      ],
      footer: NOI_NHAN,
      signer: SIGN_XA,
    });
  }

  // 9. Xã Tiên Yên — no header row, ALL CAPS labels, text figures.
  {
    const f = figures({ pop: 21380, villages: 19 });
    docs.push({
      name: 'Xã Tiên Yên',
      file: 'tien_yen.xlsx',
      sheet: 'Sheet1',
      style: 'caps',
      layout: layoutNoHeader,
      title: { left: ['UBND XÃ TIÊN YÊN'], right: [], title: ['SỐ LIỆU BÁO CÁO 6 THÁNG ĐẦU NĂM 2025'] },
      rows: [
        ind('households', 'Số hộ dân cư', undefined, { s: 'khoảng 5.400 hộ' }, 5400),
        ind('bts_stations', 'Trạm thu phát sóng di động BTS', undefined, { s: `${f.bts} trạm` }, f.bts),
        ind('mobile_subscribers', 'Thuê bao di động', undefined, { s: `${fmtVi(f.mobile)} thuê bao` }, f.mobile),
        ind('smartphone_users_rate', 'Tỷ lệ người dân sử dụng điện thoại thông minh', undefined, { s: 'trên 90%' }, 90),
        ind('fibre_households_rate', 'Tỷ lệ hộ gia đình có kết nối cáp quang', undefined, { s: '76,4%' }, 76.4),
        ind(
          'online_services_full',
          'Dịch vụ công trực tuyến toàn trình',
          undefined,
          { s: `${f.dvcFull} DV` },
          f.dvcFull,
        ),
        ind('inspections', 'Số cuộc thanh tra, kiểm tra lĩnh vực TT&TT', undefined, { s: '03 cuộc' }, 3),
        ind('fines', 'Số tiền phạt vi phạm hành chính', undefined, { s: '7,5 triệu đồng' }, 7.5),
      ],
      footer: ['NƠI NHẬN: - PHÒNG VH-XH; - LƯU VT.'],
      signer: ['CHỦ TỊCH', '', 'Nông Văn Cường'],
    });
  }

  // 10. Phường Móng Cái 1 — "Kết quả 6 tháng" is a formula =Quý I + Quý II; a certificate block with "Tổng cộng".
  {
    const f = figures({ pop: 36120, villages: 21 });
    const certOrg = 18;
    const certPerson = 57;
    docs.push({
      name: 'Phường Móng Cái 1',
      file: 'Mong Cai 1.xlsx',
      sheet: 'Tổng hợp',
      style: 'nfc',
      layout: layoutQuarters,
      title: { left: ['UBND PHƯỜNG MÓNG CÁI 1'], title: ['BIỂU SỐ LIỆU CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2025'] },
      rows: [
        ind(
          'postal_dossiers_received',
          'Số hồ sơ thủ tục hành chính được tiếp nhận qua bưu điện',
          'Hồ sơ',
          { sum: [Math.round(f.bcciIn * 0.45), f.bcciIn - Math.round(f.bcciIn * 0.45)] },
          f.bcciIn,
        ),
        ind(
          'online_dossiers',
          'Hồ sơ TTHC tiếp nhận qua môi trường mạng',
          'Hồ sơ',
          { sum: [Math.round(f.onlineDossiers * 0.4), f.onlineDossiers - Math.round(f.onlineDossiers * 0.4)] },
          f.onlineDossiers,
        ),
        ind(
          'online_payment_dossiers',
          'Số hồ sơ thanh toán trực tuyến qua Cổng DVC quốc gia',
          'Hồ sơ',
          { sum: [Math.round(f.payments * 0.5), f.payments - Math.round(f.payments * 0.5)] },
          f.payments,
        ),
        ind('online_meetings', 'Cuộc họp trực tuyến', 'Cuộc', { sum: [7, 9] }, 16),
        ind(
          'news_articles',
          'Tin bài tuyên truyền trên Trang thông tin điện tử phường',
          'Tin, bài',
          { sum: [61, 74] },
          135,
        ),
        sec('CẤP CHỮ KÝ SỐ'),
        {
          t: 'row',
          label: '- Cấp cho tổ chức',
          measure: 'Chứng thư',
          fig: { n: certOrg },
          expect: {
            kind: 'either',
            id: 'digital_certificates',
            value: certOrg + certPerson,
            why: 'a part of the certificates total; never the total',
          },
        },
        {
          t: 'row',
          label: '- Cấp cho cá nhân',
          measure: 'Chứng thư',
          fig: { n: certPerson },
          expect: {
            kind: 'either',
            id: 'digital_certificates',
            value: certOrg + certPerson,
            why: 'a part of the certificates total; never the total',
          },
        },
        either(
          'digital_certificates',
          'Tổng cộng',
          'Chứng thư',
          { n: certOrg + certPerson },
          certOrg + certPerson,
          '"Tổng cộng" under the certificates heading: the total only by context',
        ),
      ],
      footer: ['Ghi chú: Kết quả 6 tháng = Quý I + Quý II.', ...NOI_NHAN],
      signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Quốc Khánh'],
    });
  }

  // 11. Huyện Văn Lãng (Lạng Sơn) — NFD text with old tone placement; "17/17 xã".
  {
    const f = figures({ pop: 52800, villages: 120 });
    docs.push({
      name: 'Huyện Văn Lãng',
      file: 'van_lang_6t2025.xlsx',
      sheet: 'Van Lang',
      style: 'oldTone',
      layout: layoutSimple,
      title: {
        left: ['ỦY BAN NHÂN DÂN', 'HUYỆN VĂN LÃNG'],
        title: ['BÁO CÁO', 'Tình hình thực hiện nhiệm vụ thông tin và truyền thông 6 tháng đầu năm 2025'],
      },
      rows: [
        ind(
          'communes_with_same_day_newspapers',
          'Xã, thị trấn có báo phát hành trong ngày',
          'Xã',
          { s: '17/17 xã' },
          17,
        ),
        ind('bts_stations', 'Số trạm thu phát sóng thông tin di động', 'Trạm', { n: f.bts }, f.bts),
        ind('mobile_subscribers', 'Số thuê bao di động phát sinh lưu lượng', 'Thuê bao', { n: f.mobile }, f.mobile),
        ind(
          'online_services_total',
          'Tổng số dịch vụ công trực tuyến đang triển khai',
          'Dịch vụ',
          { n: f.dvcTotal },
          f.dvcTotal,
        ),
        ind('digitisation_rate', 'Tỷ lệ số hóa kết quả giải quyết TTHC', '%', { n: f.digitised }, f.digitised),
        ind('lgsp_connected_units', 'Số cơ quan, đơn vị đã kết nối nền tảng LGSP của tỉnh', 'Đơn vị', { n: 23 }, 23),
        ind('grassroots_radio_stations', 'Đài truyền thanh cấp xã đang hoạt động', 'Đài', { n: 17 }, 17),
        ind('it_staff', 'Cán bộ phụ trách CNTT, chuyển đổi số cấp huyện', 'Người', { n: 3 }, 3),
        ind('press_statements', 'Số lượt phát ngôn, cung cấp thông tin cho báo chí', 'Lượt', { n: 12 }, 12),
        ind('inspections', 'Số cuộc thanh tra, kiểm tra chuyên ngành', 'Cuộc', { s: '02' }, 2),
        ind('population', 'Dân số toàn huyện', 'Nghìn người', { s: '52,8' }, 52800),
        ind('fines', 'Tiền xử phạt VPHC nộp ngân sách', 'Đồng', { n: 15500000, fmt: '#,##0' }, 15.5),
        ind('telecom_revenue', 'Doanh thu viễn thông trên địa bàn huyện', 'Tỷ đồng', { s: '0,85' }, 850),
      ],
      footer: ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Lưu: VT.'],
      signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Hoàng Thị Thuỷ'],
    });
  }

  // 12. Huyện Mường La (Sơn La) — no diacritics, abbreviations, typos.
  {
    const f = figures({ pop: 98700, villages: 160 });
    docs.push({
      name: 'Huyện Mường La',
      file: 'muong_la.xlsx',
      sheet: 'Sheet1',
      style: 'plain',
      layout: layoutSimple,
      title: { left: ['UBND HUYỆN MƯỜNG LA'], title: ['BÁO CÁO SỐ LIỆU TT&TT 6 THÁNG ĐẦU NĂM 2025'] },
      rows: [
        ind(
          'postal_results_returned',
          'So KQ giai quyet TTHC tra qua dich vu BCCI',
          'Ho so',
          { n: f.bcciOut },
          f.bcciOut,
        ),
        ind('bts_stations', 'So tram BTS tren dia ban huyen', 'Tram', { n: f.bts }, f.bts),
        ind('mobile_subscribers', 'So thue bao di dongg', 'TB', { n: f.mobile }, f.mobile),
        ind('fixed_broadband_subscribers', 'So TB internet cap quang (FTTH)', 'TB', { n: f.fixed }, f.fixed),
        ind(
          'mobile_density',
          'Mat do thue bao di dong/100 dan',
          'TB/100 dan',
          { n: Math.round((f.mobile / f.pop) * 1000) / 10 },
          Math.round((f.mobile / f.pop) * 1000) / 10,
        ),
        ind('online_services_partial', 'DVCTT muc do 3', 'DV', { n: f.dvcPartial }, f.dvcPartial),
        ind('online_services_full', 'DVCTT muc do 4', 'DV', { n: f.dvcFull }, f.dvcFull),
        ind('electronic_documents_rate', 'Ty le van ban di duoi dang dien tu', '%', { n: f.docsRate }, f.docsRate),
        ind('ioc_cameras', 'So camera giam sat ket noi IOC', 'Camera', { n: f.cameras }, f.cameras),
        ind('community_digital_teams', 'So to CNS cong dong da thanh lap', 'To', { s: '162/162 ban' }, 162, {
          alsoAccept: [null],
        }),
        ind(
          'digital_training_participants',
          'So luot nguoi duoc tap huan ve chuyen doi so',
          'Luot nguoi',
          { n: 1840 },
          1840,
        ),
        none(
          'So vu tan cong mang duoc phat hien, ngan chan',
          'Vu',
          { n: 0 },
          'cyber-attacks detected: not in the catalog',
        ),
      ],
      footer: ['Noi nhan: - So KH&CN; - Luu VT.'],
      signer: ['KT. CHU TICH', 'PHO CHU TICH', '', 'Lo Van Pan'],
    });
  }

  // 13. Thành phố Sơn La — real numbers with "#,##0", "0.0%", a percent stored 0.85 with "0%", a hidden-row-free
  // sheet whose value column is "Thực hiện 6 tháng đầu năm 2025"; unreadable and placeholder figures.
  {
    const f = figures({ pop: 109400, villages: 180 });
    docs.push({
      name: 'Thành phố Sơn La',
      file: 'TP Son La.xlsx',
      sheet: 'TP Sơn La',
      style: 'nfc',
      layout: layoutPlan,
      title: {
        left: ['UBND THÀNH PHỐ SƠN LA', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
        title: ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ', '6 tháng đầu năm 2025'],
      },
      rows: [
        ind('population', 'Dân số trung bình năm 2025', 'Người', { n: f.pop, fmt: '#,##0' }, f.pop, { plan: f.pop }),
        ind('bts_stations', 'Số trạm BTS trên địa bàn thành phố', 'Trạm', { n: f.bts }, f.bts, { plan: f.bts }),
        none(
          'Trong đó: số trạm BTS 5G',
          'Trạm',
          { n: 9 },
          '5G stations are a part of the BTS total, no catalog indicator',
          { plan: 10 },
        ),
        ind(
          'mobile_subscribers',
          'Số thuê bao điện thoại di động',
          'Thuê bao',
          { n: f.mobile, fmt: '#,##0' },
          f.mobile,
          { plan: 130000 },
        ),
        ind('fibre_households_rate', 'Tỷ lệ hộ gia đình có Internet cáp quang', '%', { n: 0.856, fmt: '0.0%' }, 85.6, {
          plan: 0.9,
        }),
        ind(
          'smartphone_users_rate',
          'Tỷ lệ người dân trưởng thành có điện thoại thông minh',
          '%',
          { n: 0.85, fmt: '0%' },
          85,
          { plan: 0.9 },
        ),
        ind('online_services_with_dossiers_rate', 'Tỷ lệ DVC trực tuyến có phát sinh hồ sơ', '%', { s: '12,5%' }, 12.5),
        ind('online_dossiers', 'Số hồ sơ TTHC tiếp nhận trực tuyến', 'Hồ sơ', { s: '1.234' }, 1234, { plan: 2000 }),
        ind('paperless_meetings', 'Số cuộc họp không giấy tờ (eCabinet)', 'Cuộc', { s: '-' }, null),
        ind('public_wifi_points', 'Điểm Wi-Fi miễn phí tại nơi công cộng', 'Điểm', { s: 'x' }, null),
        ind('office_computers', 'Số máy vi tính trang bị cho cơ quan nhà nước', 'Máy', { s: 'Chưa thống kê' }, null),
        ind('sanction_decisions', 'Số quyết định xử phạt VPHC', 'Quyết định', { s: 'không' }, null, {
          alsoAccept: [0],
        }),
        ind('fines', 'Tổng số tiền xử phạt VPHC đã thu', 'Đồng', { n: 0, fmt: '#,##0' }, 0),
        ind('postal_revenue', 'Doanh thu bưu chính trên địa bàn', 'Triệu đồng', { s: '2,3 tỷ đồng' }, 2300),
      ],
      footer: ['Ghi chú: "-" chưa phát sinh; "x" không áp dụng.', ...NOI_NHAN],
      signer: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Cầm Ngọc Minh'],
    });
  }

  // 14. Phường Cẩm Phả — NFD text, extra words, "lũy kế đến 30/6", a label typo, duplicates by design avoided.
  {
    const f = figures({ pop: 47300, villages: 28 });
    docs.push({
      name: 'Phường Cẩm Phả',
      file: 'Cam Pha.xlsx',
      sheet: 'Sheet1',
      style: 'nfd',
      layout: layoutSimple,
      title: { left: ['UBND PHƯỜNG CẨM PHẢ'], title: ['Báo cáo kết quả chuyển đổi số 6 tháng đầu năm 2025'] },
      rows: [
        ind('households', 'Hộ dân cư trên địa bàn phường', 'Hộ', { n: f.hh }, f.hh),
        ind('postal_service_points', 'Mạng lưới điểm phục vụ bưu chính công cộng', 'Điểm', { n: f.postal }, f.postal),
        ind(
          'mobile_broadband_subscribers',
          'Thuê bao Internet di động lũy kế đến 30/6',
          'Thuê bao',
          { s: 'khoảng 1.500' },
          1500,
        ),
        ind(
          'fixed_broadband_subscribers',
          'Thuê bao Internet cáp quang lũy kế đến 30/6/2025',
          'Nghìn thuê bao',
          { s: '9,87' },
          9870,
        ),
        either(
          'inspections',
          'Kiểm tra hoạt động đại lý Internet, điểm cung cấp trò chơi điện tử',
          'Cuộc',
          { s: '03' },
          3,
          'checks of Internet agents: a kind of inspection, the only one the ward reports',
        ),
        ind('coverage_4g_rate', 'Tỷ lệ phủ sóng di động 4G trên địa bàn phường', '%', { s: '100%' }, 100),
        ind(
          'online_services_partial',
          'Dịch vụ công trực tuyến một phần',
          'Dịch vụ',
          { n: f.dvcPartial },
          f.dvcPartial,
        ),
        ind('online_services_full', 'Dịch vụ công trực tuyến toàn trình', 'Dịch vụ', { n: f.dvcFull }, f.dvcFull),
        ind('online_dossier_rate', 'Tỷ lẹ hồ sơ TTHC giải quyết trực tuyến', '%', { n: f.onlineRate }, f.onlineRate),
        ind('digital_certificates', 'Số chứng thư số (chữ ký số) đã cấp', 'Chứng thư', { n: f.certs }, f.certs),
        ind('electronic_documents', 'Số văn bản điện tử gửi đi trên phần mềm QLVB', 'Văn bản', { n: f.docs }, f.docs),
        ind('community_digital_members', 'Số thành viên Tổ CNS cộng đồng', 'Người', { n: f.members }, f.members),
        ind('radio_news_items', 'Tin, bài phát trên hệ thống loa truyền thanh của phường', 'Tin, bài', { n: 412 }, 412),
        none(
          'Số người dân có tài khoản thanh toán điện tử',
          'Người',
          { n: 21500 },
          'e-payment accounts: not in the catalog',
        ),
      ],
      footer: ['Ghi chú: Thuê bao Internet di động theo số liệu ước tính của Viettel Cẩm Phả.', ...NOI_NHAN],
      signer: ['CHỦ TỊCH', '', 'Ngô Thanh Tùng'],
    });
  }
  return docs;
}

/** ĐVT text for the shifted layout (written after the value). */
function measureFor(row: Extract<Row, { t: 'row' }>): string | undefined {
  const byId: Record<string, string> = {
    bts_stations: 'Trạm',
    fixed_broadband_subscribers: 'Thuê bao',
    ioc_cameras: 'Camera',
    video_conference_points: 'Điểm cầu',
    online_meetings: 'Cuộc',
    electronic_documents: 'Văn bản',
    dedicated_network_agencies: 'Cơ quan',
    ecommerce_households: 'Hộ',
  };
  if (row.expect.kind === 'indicator') return byId[row.expect.id];
  if (row.label.startsWith('Kinh phí')) return 'Triệu đồng';
  if (row.label.startsWith('Số doanh nghiệp')) return 'Doanh nghiệp';
  return 'Điểm';
}

function fmtVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

// ─── Helper sheets that are not unit reports ───────────────────────────────────────────────────────────────
function writeHiddenVillageList(book: ExcelJS.Workbook): { file: string; sheet: string; why: string } {
  const sheet = book.addWorksheet('DS thon', { state: 'hidden' });
  sheet.getCell('A1').value = 'Danh sách thôn, bản xã Bình Liêu (dùng cho công thức)';
  sheet.getCell('A2').value = 'Tên thôn';
  sheet.getCell('B2').value = 'Số hộ';
  sheet.getCell('C2').value = 'Số trạm BTS';
  ['Thôn Khe Mó', 'Thôn Nà Áng', 'Bản Đồng Thanh', 'Thôn Pắc Pò', 'Bản Sú Cáu'].forEach((name, i) => {
    sheet.getCell(i + 3, 1).value = name;
    sheet.getCell(i + 3, 2).value = int(80, 260);
    sheet.getCell(i + 3, 3).value = int(0, 3);
  });
  return { file: 'BC_cac_xa_vung_cao.xlsx', sheet: 'DS thon', why: 'hidden helper list of villages' };
}

/**
 * A hidden copy of Ba Chẽ's report of the same period a year earlier, left in the workbook before the current
 * sheet (offices copy last year's sheet and hide it). A careful human never takes figures from it.
 */
function writeHiddenStaleCopy(book: ExcelJS.Workbook): { file: string; sheet: string; why: string } {
  const sheet = book.addWorksheet('Ba Che 2024', { state: 'hidden' });
  const rows: [string, string, string, number][] = [
    ['1', 'Số trạm BTS', 'trạm', 11],
    ['2', 'Người dân dùng điện thoại thông minh', '%', 71.5],
    ['3', 'Phủ sóng di động 4G (tỷ lệ dân số)', '%', 93.2],
    ['4', 'Tỷ lệ hồ sơ TTHC xử lý trực tuyến', '%', 31.4],
    ['5', 'Số điểm cầu họp trực tuyến cấp xã', 'điểm cầu', 1],
  ];
  sheet.getCell('A1').value = 'UBND XÃ BA CHẼ';
  sheet.getCell('A3').value = 'Số liệu chuyển đổi số 6 tháng đầu năm 2024';
  ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Thực hiện', 'Ghi chú'].forEach((h, c) => (sheet.getCell(5, c + 1).value = h));
  rows.forEach((row, i) => row.forEach((v, c) => (sheet.getCell(6 + i, c + 1).value = v)));
  return {
    file: 'BC_cac_xa_vung_cao.xlsx',
    sheet: 'Ba Che 2024',
    why: "hidden stale copy of last year's report of Xã Ba Chẽ",
  };
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const f of await readdir(OUT))
    if (f.endsWith('.xlsx') || f.endsWith('.json') || f.endsWith('.txt')) await rm(join(OUT, f));

  const docs = units();
  const books = new Map<string, ExcelJS.Workbook>();
  const expected: ExpectedCorpus = {
    period: PERIOD,
    units: [],
    missingUnits: ['Phường Móng Cái 2', 'Xã Quảng Tân'],
    notReports: [],
  };
  for (const doc of docs) {
    let book = books.get(doc.file);
    if (!book) {
      book = new ExcelJS.Workbook();
      books.set(doc.file, book);
    }
    const sheet = book.addWorksheet(doc.sheet);
    sheet.getColumn(2).width = 55;
    const ctx: SheetCtx = { sheet, file: doc.file, style: doc.style, font: doc.font, rows: [] };
    if (doc.style === 'tcvn3') {
      // The title of a .VnTime report is typed in .VnTimeH (capitals stored as lowercase codes).
      doc.layout(ctx, doc.title, doc.rows, doc.footer, doc.signer);
      retitleTcvn3Caps(sheet, doc.title);
    } else {
      doc.layout(ctx, doc.title, doc.rows, doc.footer, doc.signer);
    }
    expected.units.push({ name: doc.name, file: doc.file, sheet: doc.sheet, rows: ctx.rows });
    if (doc.sheet === 'Binh Lieu') expected.notReports.push(writeHiddenVillageList(book));
    if (doc.sheet === 'Hoành Mô') expected.notReports.push(writeHiddenStaleCopy(book));
  }
  for (const [file, book] of books) {
    book.created = book.modified = new Date(Date.UTC(2025, 5, 30));
    book.creator = 'Văn phòng HĐND và UBND';
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(OUT, file), fixZipDates(data, ZIP_DATE));
  }
  const unitList = [
    '# Đơn vị báo cáo (kiểm thử hold-out): xã, phường, đặc khu sau sắp xếp 2025 và 3 huyện miền núi phía Bắc',
    ...docs.map((d) => d.name),
    ...expected.missingUnits,
  ];
  await writeFile(join(OUT, 'units.txt'), `${unitList.join('\n')}\n`);
  await writeFile(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  const rows = expected.units.reduce((n, u) => n + u.rows.length, 0);
  process.stdout.write(`hold-out corpus: ${books.size} files, ${docs.length} unit reports, ${rows} rows → ${OUT}\n`);
}

/** Rewrites the title lines of a .VnTime sheet in .VnTimeH (capitals as lowercase codes). */
function retitleTcvn3Caps(sheet: ExcelJS.Worksheet, title: Title): void {
  const lines = [...title.left, ...title.title];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const text = typeof cell.value === 'string' ? cell.value : null;
      if (!text) return;
      for (const line of lines) {
        if (text === encodeTcvn3(line) && line === line.toLocaleUpperCase('vi')) {
          cell.value = encodeTcvn3(line, true);
          cell.font = { name: '.VnTimeH', bold: true };
        }
      }
    });
  });
}

// Only when run: importing this file (a test, a tool) must not rewrite the corpus.
if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
