/**
 * Writes samples/thai-nguyen-2026/: the half-year reports of 16 communes and wards of Thái Nguyên (after the 2025
 * reform) to the Sở Khoa học và Công nghệ, filled in against the department's OWN catalog
 * (test/matching/catalogs/thai-nguyen-xa-2026.json, copied as catalog.json), plus units.txt and expected.json: every
 * unit's figure per indicator and every total. The rows are the labelled set's synthetic reports for that catalog
 * (test/matching/department: wordings, ĐVT cells, sections, sub-rows and near misses as units write them); the
 * figures are drawn here, consistent with the catalog's rules, and written the many ways offices write them (title
 * blocks, merged cells, two-row headers, TCVN3 and VNI fonts, "1.300", "16,2%", fractions shown as percentages).
 * Deterministic: fixed seeds, workbook dates and zip timestamps. Run with `npx tsx scripts/make-dept-sample.ts`.
 */
import ExcelJS from 'exceljs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAddress } from '../src/core/address/address';
import type { Catalog } from '../src/core/model';
import { encodeTcvn3, encodeVni } from '../src/core/text/legacy';
import { oldTonePlacement } from '../src/core/text/normalize';
import { thaiNguyenXa2026 as SET } from '../test/matching/department/thai-nguyen-xa-2026';
import { reportsOf, type EvalReport } from '../test/matching/department/reports';
import { fixZipDates } from './lib/reproducible-zip';
import { between, hash, int, planColumns, rng, round1, writeFigure, type Numbers, type Rand } from './lib/sample-kit';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'samples', 'thai-nguyen-2026');
const PERIOD = '6 tháng đầu năm 2026';
const ZIP_DATE = new Date(Date.UTC(2026, 5, 25, 12));

// ─── Figures of one commune, consistent with the catalog's rules (lte, ratio, percentages). ───────────────────
type Figures = Record<string, number>;

function communeFigures(unit: string, r: Rand): Figures {
  const ward = unit.startsWith('Phường');
  const p = Math.round(between(r, ward ? 14000 : 6000, ward ? 32000 : 19000));
  const households = Math.round(p / between(r, 3.5, 4.0));
  const villages = Math.max(6, Math.round(p / between(r, 650, 900)));
  const bts = Math.max(3, Math.round(p / between(r, 600, 900)));
  const mobile = Math.round(p * between(r, 1.08, 1.35));
  const fixed = Math.round(households * between(r, 0.6, 0.85));
  const online = Math.round(p * between(r, 0.05, 0.12));
  const teams = villages + int(r, 0, 2);
  const pct = (lo: number, hi: number) => Math.min(100, round1(between(r, lo, hi)));
  return {
    tc_01: p,
    tc_02: households,
    tc_03: villages,
    bc_01: Math.max(1, Math.round(p / between(r, 5000, 7000))),
    bc_02: Math.round(p * between(r, 0.02, 0.04)),
    bc_03: Math.round(p * between(r, 0.03, 0.05)),
    bc_04: int(r, 2, 6),
    vt_01: bts,
    vt_02: Math.round(bts * between(r, 0.1, 0.35)),
    vt_03: mobile,
    vt_04: fixed,
    vt_05: round1((mobile / p) * 100),
    vt_06: pct(62, 93),
    vt_07: pct(12, 70),
    vt_08: int(r, 0, 3),
    vt_09: pct(72, 91),
    cqs_01: int(r, 3, 18),
    cqs_02: int(r, 10, 36),
    cqs_03: pct(92, 99.8),
    cqs_04: int(r, 22, 58),
    cqs_05: Math.round(p / between(r, 400, 900)),
    cqs_06: int(r, 28, 66),
    cqs_07: int(r, 1, 3),
    dvc_01: int(r, 118, 136),
    dvc_02: int(r, 64, 96),
    dvc_03: online,
    dvc_04: pct(35, 78),
    dvc_05: pct(62, 98),
    dvc_06: Math.round(online * between(r, 0.2, 0.5)),
    dvc_07: pct(96, 99.9),
    dvc_08: Math.round(p * between(r, 0.45, 0.7)),
    cds_01: teams,
    cds_02: teams * int(r, 4, 6),
    cds_03: Math.max(3, Math.round(households * between(r, 0.005, 0.02))),
    cds_04: Math.round(p * between(r, 0.06, 0.3)),
    cds_05: pct(56, 87),
    cds_06: int(r, 1, 9),
    tt_01: villages + int(r, 0, 6),
    tt_02: int(r, 60, 280),
    tt_03: int(r, 300, 820),
  };
}

// ─── How each office writes. ─────────────────────────────────────────────────────────────────────────────────
type Layout = 'full' | 'twoRowHeader' | 'plain' | 'minimal';
type Encoding = 'unicode' | 'tcvn3' | 'vni' | 'oldTone';
type Office = {
  unit: string;
  file: string;
  sheet: string;
  layout: Layout;
  encoding: Encoding;
  numbers: Numbers;
  title?: string;
};

const OFFICES: Office[] = [
  {
    unit: 'Phường Đức Xuân',
    file: 'BC CDS P.Duc Xuan 6T2026.xlsx',
    sheet: 'Báo cáo',
    layout: 'full',
    encoding: 'unicode',
    numbers: 'mixed',
  },
  {
    unit: 'Phường Bắc Kạn',
    file: 'phuong_bac_kan.xlsx',
    sheet: 'Sheet1',
    layout: 'plain',
    encoding: 'unicode',
    numbers: 'viText',
  },
  {
    unit: 'Xã Phong Quang',
    file: 'Xa Phong Quang.xlsx',
    sheet: 'BC',
    layout: 'twoRowHeader',
    encoding: 'tcvn3',
    numbers: 'real',
  },
  {
    unit: 'Xã Ba Bể',
    file: 'BaoCao_6thang_2026_BaBe.xlsx',
    sheet: 'Ba Bể',
    layout: 'full',
    encoding: 'unicode',
    numbers: 'percentFormat',
  },
  {
    unit: 'Xã Chợ Rã',
    file: 'BC_cac_xa_Ba_Be_Ngan_Son.xlsx',
    sheet: 'Chợ Rã',
    layout: 'plain',
    encoding: 'oldTone',
    numbers: 'real',
  },
  {
    unit: 'Xã Nà Phặc',
    file: 'BC_cac_xa_Ba_Be_Ngan_Son.xlsx',
    sheet: 'Nà Phặc',
    layout: 'plain',
    encoding: 'unicode',
    numbers: 'viText',
  },
  {
    unit: 'Xã Ngân Sơn',
    file: 'BC_cac_xa_Ba_Be_Ngan_Son.xlsx',
    sheet: 'Ngân Sơn',
    layout: 'minimal',
    encoding: 'unicode',
    numbers: 'mixed',
  },
  {
    unit: 'Xã Bạch Thông',
    file: 'bach-thong-vni.xlsx',
    sheet: 'Sheet1',
    layout: 'full',
    encoding: 'vni',
    numbers: 'real',
  },
  {
    unit: 'Xã Chợ Đồn',
    file: 'Cho Don.xlsx',
    sheet: 'Chợ Đồn',
    layout: 'minimal',
    encoding: 'unicode',
    numbers: 'viText',
  },
  {
    unit: 'Xã Chợ Mới',
    file: 'xa cho moi 6t2026.xlsx',
    sheet: 'Sheet1',
    layout: 'twoRowHeader',
    encoding: 'unicode',
    numbers: 'mixed',
  },
  { unit: 'Xã Na Rì', file: 'NA RI.xlsx', sheet: 'Sheet1', layout: 'plain', encoding: 'tcvn3', numbers: 'viText' },
  {
    unit: 'Phường Phan Đình Phùng',
    file: 'P Phan Dinh Phung.xlsx',
    sheet: 'Báo cáo 6 tháng',
    layout: 'full',
    encoding: 'unicode',
    numbers: 'real',
  },
  {
    unit: 'Phường Gia Sàng',
    file: 'gia_sang.xlsx',
    sheet: 'Sheet1',
    layout: 'plain',
    encoding: 'unicode',
    numbers: 'percentFormat',
  },
  {
    unit: 'Xã Định Hoá',
    file: 'Dinh Hoa - BC CDS.xlsx',
    sheet: 'Sheet1',
    layout: 'twoRowHeader',
    encoding: 'unicode',
    numbers: 'viText',
    title: 'UBND XÃ ĐỊNH HÓA',
  },
  { unit: 'Xã Đại Từ', file: 'DaiTu.xlsx', sheet: 'Đại Từ', layout: 'full', encoding: 'oldTone', numbers: 'mixed' },
  {
    unit: 'Phường Phổ Yên',
    file: 'pho_yen_6t2026.xlsx',
    sheet: 'Sheet1',
    layout: 'minimal',
    encoding: 'unicode',
    numbers: 'real',
  },
];

// ─── A sheet as a small cell model. ─────────────────────────────────────────────────────────────────────────
type Cell = {
  value: ExcelJS.CellValue;
  bold?: boolean;
  italic?: boolean;
  numFmt?: string;
  center?: boolean;
  caps?: boolean;
};
/** `figures`: indicator id → the address of its figure cell. */
type Sheet = {
  rows: (Cell | null)[][];
  merges: [number, number, number, number][];
  widths: number[];
  figures: Map<string, string>;
};

const WIDTH: Record<Layout, number> = { full: 7, twoRowHeader: 7, plain: 4, minimal: 2 };
const isSubRow = (label: string) => /^\s*[-+]/.test(label);

function buildSheet(office: Office, report: EvalReport, figures: Figures, catalog: Catalog, r: Rand): Sheet {
  const sheet: Sheet = { rows: [], merges: [], widths: [], figures: new Map() };
  const width = WIDTH[office.layout];
  const place = (name: string) => name.replace(/^(Xã|Phường) /, '');
  const title = office.title ?? `UBND ${office.unit.toLocaleUpperCase('vi')}`;
  if (office.layout === 'full' || office.layout === 'twoRowHeader') {
    sheet.rows.push([
      { value: title, bold: true, center: true, caps: true },
      null,
      null,
      { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, center: true, caps: true },
    ]);
    sheet.rows.push([
      { value: `Số: ${40 + (hash(office.unit) % 60)}/BC-UBND`, center: true },
      null,
      null,
      { value: 'Độc lập - Tự do - Hạnh phúc', bold: true, center: true },
    ]);
    sheet.rows.push([
      null,
      null,
      null,
      { value: `${place(office.unit)}, ngày 25 tháng 6 năm 2026`, italic: true, center: true },
    ]);
    sheet.rows.push([]);
    sheet.rows.push([{ value: 'BÁO CÁO', bold: true, center: true, caps: true }]);
    sheet.rows.push([
      {
        value: `Kết quả thực hiện các chỉ tiêu bưu chính, viễn thông, chuyển đổi số ${PERIOD}`,
        bold: true,
        center: true,
      },
    ]);
    sheet.rows.push([]);
    sheet.merges.push(
      [0, 0, 0, 2],
      [0, 3, 0, width - 1],
      [1, 0, 1, 2],
      [1, 3, 1, width - 1],
      [2, 3, 2, width - 1],
      [4, 0, 4, width - 1],
      [5, 0, 5, width - 1],
    );
  } else {
    sheet.rows.push([{ value: title, bold: true, caps: true }]);
    sheet.rows.push([{ value: `Số liệu chuyển đổi số, bưu chính, viễn thông ${PERIOD}`, bold: true }]);
    sheet.rows.push([]);
  }
  header(sheet, office.layout);
  const valueCol = office.layout === 'minimal' ? 1 : office.layout === 'plain' ? 3 : 4;
  let section: string | undefined;
  let n = 0;
  for (const row of report.rows) {
    if (row.section !== undefined && row.section !== section) {
      sheet.rows.push(
        office.layout === 'minimal' ? [{ value: row.section, bold: true }] : [null, { value: row.section, bold: true }],
      );
    }
    section = row.section;
    const indicator = row.expected ? catalog.indicators.find((i) => i.id === row.expected) : undefined;
    const measure = indicator?.unit ?? (row.measure === '%' ? '%' : '');
    const actual = row.expected ? figures[row.expected] : (row.value ?? 0);
    const written = writeFigure(actual, measure, office.numbers, r);
    if (row.expected) sheet.figures.set(row.expected, cellAddress(sheet.rows.length, valueCol));
    const stt = isSubRow(row.label) ? null : ++n;
    const cell: Cell = { value: written.value, numFmt: written.numFmt };
    const label: Cell = { value: row.label };
    const unit: Cell = { value: row.measure ?? null };
    if (office.layout === 'minimal') sheet.rows.push([label, cell]);
    else if (office.layout === 'plain') sheet.rows.push([{ value: stt }, label, unit, cell]);
    else {
      const { plan, planFmt, ratio } = planColumns(actual, measure);
      sheet.rows.push([
        { value: stt },
        label,
        unit,
        { value: plan, numFmt: planFmt },
        cell,
        { value: ratio, numFmt: '0.0' },
        null,
      ]);
    }
  }
  if (office.layout === 'full' || office.layout === 'twoRowHeader') signature(sheet, width, office.unit);
  sheet.widths =
    office.layout === 'minimal' ? [64, 16] : office.layout === 'plain' ? [6, 64, 12, 14] : [6, 64, 12, 12, 12, 12, 16];
  return sheet;
}

function header(sheet: Sheet, layout: Layout): void {
  const h = (text: string): Cell => ({ value: text, bold: true, center: true });
  const top = sheet.rows.length;
  if (layout === 'minimal') sheet.rows.push([h('Nội dung'), h('Số liệu')]);
  else if (layout === 'plain') sheet.rows.push([h('STT'), h('Chỉ tiêu'), h('ĐVT'), h('Kết quả')]);
  else if (layout === 'full') {
    sheet.rows.push(
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Thực hiện 6 tháng', 'So sánh (%)', 'Ghi chú'].map(h),
    );
    sheet.rows.push([1, 2, 3, 4, 5, '6=5/4', 7].map((n) => ({ value: n, italic: true, center: true })));
  } else {
    sheet.rows.push([h('STT'), h('Nội dung chỉ tiêu'), h('ĐVT'), h('Năm 2026'), null, h('Tỷ lệ (%)'), h('Ghi chú')]);
    sheet.rows.push([null, null, null, h('Kế hoạch'), h('Thực hiện 6 tháng đầu năm'), null, null]);
    sheet.merges.push(
      [top, 0, top + 1, 0],
      [top, 1, top + 1, 1],
      [top, 2, top + 1, 2],
      [top, 3, top, 4],
      [top, 5, top + 1, 5],
      [top, 6, top + 1, 6],
    );
  }
}

function signature(sheet: Sheet, width: number, unit: string): void {
  sheet.rows.push([]);
  const at = sheet.rows.length;
  sheet.rows.push([
    { value: 'Nơi nhận:', bold: true, italic: true },
    null,
    null,
    null,
    { value: 'TM. ỦY BAN NHÂN DÂN', bold: true, center: true, caps: true },
  ]);
  sheet.rows.push([
    { value: '- Sở Khoa học và Công nghệ;' },
    null,
    null,
    null,
    { value: 'CHỦ TỊCH', bold: true, center: true, caps: true },
  ]);
  sheet.rows.push([{ value: '- Lưu: VT.' }]);
  sheet.rows.push([
    null,
    null,
    null,
    null,
    { value: hash(unit) % 2 === 0 ? 'Hoàng Văn Thành' : 'Nông Thị Hoa', bold: true, center: true },
  ]);
  for (const i of [0, 1, 3]) sheet.merges.push([at + i, 4, at + i, width - 1]);
}

/** Legacy sheets: .VnTime (capital lines in .VnTimeH as lowercase codes) or VNI-Times; others Times New Roman. */
function writeSheet(book: ExcelJS.Workbook, office: Office, sheet: Sheet): void {
  const ws = book.addWorksheet(office.sheet);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === undefined) return;
      const target = ws.getCell(r + 1, c + 1);
      let value = cell.value;
      let font = 'Times New Roman';
      if (typeof value === 'string') {
        if (office.encoding === 'tcvn3')
          [value, font] = [encodeTcvn3(value, cell.caps === true), cell.caps ? '.VnTimeH' : '.VnTime'];
        else if (office.encoding === 'vni') [value, font] = [encodeVni(value), 'VNI-Times'];
        else if (office.encoding === 'oldTone') value = oldTonePlacement(value);
      }
      target.value = value;
      target.font = {
        name: font,
        size: 12,
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.italic ? { italic: true } : {}),
      };
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.center) target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }),
  );
  for (const [top, left, bottom, right] of sheet.merges)
    ws.mergeCellsWithoutStyle(top + 1, left + 1, bottom + 1, right + 1);
  sheet.widths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
}

// ─── Totals the catalog's aggregate rules give, over the units that reported the figure. ─────────────────────
function totalsOf(catalog: Catalog, values: Record<string, Record<string, number>>): Record<string, number | null> {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  const units = Object.keys(values);
  const present = (id: string) =>
    units.filter((u) => typeof values[u][id] === 'number').map((u) => [u, values[u][id]] as const);
  const totals: Record<string, number | null> = {};
  for (const indicator of catalog.indicators) {
    const aggregate = indicator.aggregate ?? 'sum';
    const figures = present(indicator.id).map(([, v]) => v);
    if (aggregate === 'sum') totals[indicator.id] = figures.length ? round(figures.reduce((s, v) => s + v, 0)) : null;
    else if (aggregate === 'max') totals[indicator.id] = figures.length ? Math.max(...figures) : null;
    else if (aggregate === 'mean')
      totals[indicator.id] = figures.length ? round(figures.reduce((s, v) => s + v, 0) / figures.length) : null;
    else if (typeof aggregate === 'object' && 'weightedBy' in aggregate) {
      const pairs = present(indicator.id).flatMap(([u, v]) =>
        values[u][aggregate.weightedBy] > 0 ? [[v, values[u][aggregate.weightedBy]]] : [],
      );
      const w = pairs.reduce((s, [, x]) => s + x, 0);
      totals[indicator.id] = w > 0 ? round(pairs.reduce((s, [v, x]) => s + v * x, 0) / w) : null;
    } else if (typeof aggregate === 'object' && 'ratio' in aggregate) {
      const [num, den] = aggregate.ratio;
      const both = units.filter((u) => typeof values[u][num] === 'number' && values[u][den] > 0);
      const d = both.reduce((s, u) => s + values[u][den], 0);
      totals[indicator.id] =
        d > 0 ? round((both.reduce((s, u) => s + values[u][num], 0) / d) * (aggregate.scale ?? 1)) : null;
    } else totals[indicator.id] = null;
  }
  return totals;
}

export type DepartmentSampleExpected = {
  period: string;
  catalog: string;
  units: { name: string; file: string; sheet: string }[];
  values: Record<string, Record<string, number>>;
  totals: Record<string, number | null>;
  cells: Record<string, Record<string, string>>;
  /** Rows of the units' own that are in no indicator of the catalog: they belong in the unmatched list. */
  unmatched: { unit: string; label: string }[];
};

async function main(): Promise<void> {
  // Clean data: every unit reports every required indicator (the near misses it adds are its own rows).
  const reports = reportsOf(SET, SET.units.length, { complete: true });
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const expected: DepartmentSampleExpected = {
    period: PERIOD,
    catalog: 'catalog.json',
    units: [],
    values: {},
    totals: {},
    cells: {},
    unmatched: [],
  };
  const books = new Map<string, ExcelJS.Workbook>();
  for (const office of OFFICES) {
    const report = reports.find((rep) => rep.unit === office.unit);
    if (!report) throw new Error(`no report for ${office.unit}`);
    const r = rng(hash(`thai-nguyen-2026|${office.unit}`));
    const figures = communeFigures(office.unit, r);
    const sheet = buildSheet(office, report, figures, SET.catalog, r);
    let book = books.get(office.file);
    if (!book) books.set(office.file, (book = new ExcelJS.Workbook()));
    writeSheet(book, office, sheet);
    expected.units.push({ name: office.unit, file: office.file, sheet: office.sheet });
    expected.values[office.unit] = {};
    expected.cells[office.unit] = {};
    for (const [id, address] of sheet.figures) {
      expected.values[office.unit][id] = figures[id];
      expected.cells[office.unit][id] = `${office.file}#${office.sheet}!${address}`;
    }
    for (const row of report.rows)
      if (row.expected === null) expected.unmatched.push({ unit: office.unit, label: row.label });
  }
  expected.totals = totalsOf(SET.catalog, expected.values);
  for (const [file, book] of books) {
    book.created = book.modified = new Date(Date.UTC(2026, 5, 25));
    book.creator = 'UBND xã';
    await writeFile(
      join(OUT, file),
      fixZipDates(Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer), ZIP_DATE),
    );
  }
  await copyFile(join(SET.folder, `${SET.name}.json`), join(OUT, 'catalog.json'));
  await writeFile(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  await writeFile(
    join(OUT, 'units.txt'),
    `# Các xã, phường tỉnh Thái Nguyên (sau sắp xếp 7/2025) trong mẫu\n${OFFICES.map((o) => o.unit).join('\n')}\n`,
  );
  console.log(`Đã ghi ${books.size} tệp báo cáo của ${OFFICES.length} đơn vị vào samples/thai-nguyen-2026/`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
