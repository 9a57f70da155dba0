/**
 * Writes samples/binh-phuoc-2022/*.xlsx, units.txt and expected.json: the half-year ICT reports of Bình Phước's
 * 11 districts, laid out the many ways real offices lay them out, with internally consistent figures.
 * Also writes test/fixtures/defects/ (the same reports with planted defects, listed in planted.json).
 * Deterministic: a fixed seed and no clock. Run with `npm run samples`.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCatalog } from '../src/core/catalog';
import { measureKind } from '../src/core/numbers';
import { encodeTcvn3 } from '../src/core/text/legacy';
import { cellAddress } from '../src/core/address/address';
import { fixZipDates } from './lib/reproducible-zip';
import {
  between,
  hash,
  int,
  LABELS,
  planColumns,
  rng,
  ROMAN,
  round1,
  SECTIONS,
  spell,
  unitFigures,
  viNumber,
  writeFigure,
  type Figures,
  type Layout,
  type Numbers,
  type Rand,
  type Spelling,
} from './lib/sample-kit';

const ROOT = join(__dirname, '..');
const PERIOD = '6 tháng đầu năm 2022';
/** Every zip entry's date: the report date at noon, so the same content always gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2022, 5, 20, 12));

// ─── Units ──────────────────────────────────────────────────────────────────────────────────────────────────
type Unit = {
  name: string;
  short: string;
  kind: 'Thành phố' | 'Thị xã' | 'Huyện';
  population: number;
  communes: number;
};

const UNITS: Unit[] = [
  { name: 'Thành phố Đồng Xoài', short: 'Đồng Xoài', kind: 'Thành phố', population: 108600, communes: 8 },
  { name: 'Thị xã Bình Long', short: 'Bình Long', kind: 'Thị xã', population: 61200, communes: 6 },
  { name: 'Thị xã Phước Long', short: 'Phước Long', kind: 'Thị xã', population: 52400, communes: 7 },
  { name: 'Thị xã Chơn Thành', short: 'Chơn Thành', kind: 'Thị xã', population: 91300, communes: 9 },
  { name: 'Huyện Bù Đăng', short: 'Bù Đăng', kind: 'Huyện', population: 163800, communes: 16 },
  { name: 'Huyện Bù Đốp', short: 'Bù Đốp', kind: 'Huyện', population: 58900, communes: 7 },
  { name: 'Huyện Bù Gia Mập', short: 'Bù Gia Mập', kind: 'Huyện', population: 94700, communes: 8 },
  { name: 'Huyện Đồng Phú', short: 'Đồng Phú', kind: 'Huyện', population: 112500, communes: 11 },
  { name: 'Huyện Hớn Quản', short: 'Hớn Quản', kind: 'Huyện', population: 104300, communes: 13 },
  { name: 'Huyện Lộc Ninh', short: 'Lộc Ninh', kind: 'Huyện', population: 131600, communes: 16 },
  { name: 'Huyện Phú Riềng', short: 'Phú Riềng', kind: 'Huyện', population: 99800, communes: 10 },
];

// ─── Figures: the shared generator (scripts/lib/sample-kit.ts), sized for a district. ────────────────────────
/** Figures of one district: what follows its communes rather than its population is set here. */
function districtFigures(unit: Unit, r: Rand): Figures {
  const c = unit.communes;
  return unitFigures(unit.population, r, () => {
    // Drawn before the other figures, where the samples have always drawn them (moving a draw changes every file).
    const total = int(r, 1180, 1260);
    const partial = int(r, 420, 480);
    const teams = c * int(r, 6, 8);
    return {
      communes_with_same_day_newspapers: () => c,
      online_services_total: () => total,
      online_services_partial: () => partial,
      video_conference_points: () => c + 1,
      lgsp_connected_units: () => c + 6,
      dedicated_network_agencies: () => c + 9,
      community_digital_teams: () => teams,
      public_wifi_points: () => int(r, 12, 22),
      it_staff: () => int(r, 3, 4),
      news_articles: () => int(r, 320, 520),
      radio_news_items: () => int(r, 900, 1400),
      loudspeaker_clusters: () => c * int(r, 4, 5),
      grassroots_radio_stations: () => c,
      press_statements: () => int(r, 24, 44),
      inspections: () => int(r, 3, 5),
      sanction_decisions: () => int(r, 2, 3),
      fines: () => round1(between(r, 12, 22)),
    };
  });
}

/** The non-catalog row some offices add; it must land in the unmatched list, not in a figure. */
const EXTRA_LABEL = 'Số lượt truy cập Cổng thông tin điện tử huyện';

// ─── How each office writes: layout, spelling and number style. ──────────────────────────────────────────────
type Office = {
  unit: Unit;
  file: string;
  sheet: string;
  layout: Layout;
  spelling: Spelling;
  numbers: Numbers;
  wording: 0 | 1;
  extraRow: boolean;
  period?: string;
};

const OFFICES: Office[] = [
  {
    unit: UNITS[0],
    file: 'Dong Xoai - BC 6 thang 2022.xlsx',
    sheet: 'Báo cáo',
    layout: 'full',
    spelling: 'unicode',
    numbers: 'mixed',
    wording: 0,
    extraRow: true,
  },
  {
    unit: UNITS[1],
    file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx',
    sheet: 'TX Bình Long',
    layout: 'plain',
    spelling: 'unicode',
    numbers: 'real',
    wording: 1,
    extraRow: false,
  },
  {
    unit: UNITS[2],
    file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx',
    sheet: 'TX. Phuoc Long',
    layout: 'plain',
    spelling: 'oldTone',
    numbers: 'percentFormat',
    wording: 0,
    extraRow: false,
  },
  {
    unit: UNITS[3],
    file: 'BC_TX_BinhLong_PhuocLong_ChonThanh.xlsx',
    sheet: 'Chơn Thành',
    layout: 'plain',
    spelling: 'abbreviated',
    numbers: 'viText',
    wording: 1,
    extraRow: true,
  },
  {
    unit: UNITS[4],
    file: 'bu-dang-vntime.xlsx',
    sheet: 'Sheet1',
    layout: 'full',
    spelling: 'tcvn3',
    numbers: 'real',
    wording: 0,
    extraRow: false,
  },
  {
    unit: UNITS[5],
    file: 'bu_dop.xlsx',
    sheet: 'Sheet1',
    layout: 'minimal',
    spelling: 'unicode',
    numbers: 'viText',
    wording: 1,
    extraRow: false,
  },
  {
    unit: UNITS[6],
    file: 'Huyen Bu Gia Map.xlsx',
    sheet: 'BGM',
    layout: 'full',
    spelling: 'nfd',
    numbers: 'percentFormat',
    wording: 1,
    extraRow: true,
  },
  {
    unit: UNITS[7],
    file: 'dong_phu_6t2022.xlsx',
    sheet: 'Dong Phu',
    layout: 'plain',
    spelling: 'noDiacritics',
    numbers: 'real',
    wording: 0,
    extraRow: false,
  },
  {
    unit: UNITS[8],
    file: 'HON QUAN.xlsx',
    sheet: 'Báo cáo 6 tháng',
    layout: 'full',
    spelling: 'oldTone',
    numbers: 'mixed',
    wording: 1,
    extraRow: true,
  },
  {
    unit: UNITS[9],
    file: 'Loc Ninh.xlsx',
    sheet: 'BC 6T - Loc Ninh',
    layout: 'twoRowHeader',
    spelling: 'unicode',
    numbers: 'viText',
    wording: 0,
    extraRow: false,
  },
  {
    unit: UNITS[10],
    file: 'Phu Rieng 6T2022.xlsx',
    sheet: 'PR',
    layout: 'twoRowHeader',
    spelling: 'abbreviated',
    numbers: 'percentFormat',
    wording: 0,
    extraRow: true,
  },
];

/**
 * A figure as it lands in the cell: what the office wrote (sample-kit's writeFigure), or what a planted defect put
 * there instead (any cell value), hence wider than WrittenFigure.
 */
type Written = { value: ExcelJS.CellValue; numFmt?: string };

// ─── Sheet building: a small cell model written with ExcelJS. ───────────────────────────────────────────────
type Cell = {
  value: ExcelJS.CellValue;
  bold?: boolean;
  italic?: boolean;
  numFmt?: string;
  center?: boolean;
  caps?: boolean;
};
type SheetModel = {
  rows: (Cell | null)[][];
  merges: [number, number, number, number][];
  widths: number[];
  /** Indicator id → 0-based row and column of its figure; a duplicate lands under id + '#2'. */
  cells: Map<string, { row: number; col: number }>;
};

type Defect =
  | { kind: 'empty' | 'unreadable' | 'value'; id: string; value?: ExcelJS.CellValue }
  | { kind: 'duplicate'; id: string; value: number };

function buildSheet(
  office: Office,
  figures: Figures,
  optional: Set<string>,
  r: Rand,
  defects: Defect[] = [],
): SheetModel {
  const model: SheetModel = { rows: [], merges: [], widths: [], cells: new Map() };
  const t = (text: string) => spell(text, office.spelling);
  const width = office.layout === 'minimal' ? 2 : office.layout === 'plain' ? 4 : 7;
  if (office.layout === 'full' || office.layout === 'twoRowHeader') titleBlock(model, office, width);
  else if (office.layout === 'plain') {
    model.rows.push([
      { value: t(`UBND ${office.unit.kind.toUpperCase()} ${office.unit.short.toUpperCase()}`), bold: true, caps: true },
    ]);
    model.rows.push([{ value: t(`Báo cáo số liệu thông tin và truyền thông ${office.period ?? PERIOD}`), bold: true }]);
    model.rows.push([]);
  }
  header(model, office, t);
  const valueCol = office.layout === 'minimal' ? 1 : office.layout === 'plain' ? 3 : 4;
  let section = 0;
  let number = 0;
  for (const s of SECTIONS) {
    const ids = defaultCatalog.indicators
      .filter((i) => s.groups.includes(i.group ?? '') && (!i.optional || optional.has(i.id)))
      .map((i) => i.id);
    if (office.layout !== 'minimal') {
      const row: (Cell | null)[] = [
        { value: ROMAN[section], bold: true },
        { value: t(s.title.toUpperCase()), bold: true, caps: true },
      ];
      model.rows.push(row);
    }
    section++;
    for (const id of ids) {
      number++;
      const indicator = defaultCatalog.indicators.find((i) => i.id === id);
      if (!indicator) throw new Error(`unknown indicator ${id}`);
      const defect = defects.find((d) => d.id === id);
      const written = writeFigure(figures[id], indicator.unit, office.numbers, r);
      let value: ExcelJS.CellValue = written.value;
      if (defect?.kind === 'empty') value = null;
      else if (defect?.kind === 'unreadable') value = 'đang cập nhật';
      else if (defect?.kind === 'value') value = defect.value ?? null;
      model.cells.set(id, { row: model.rows.length, col: valueCol });
      model.rows.push(
        dataRow(
          office,
          t(LABELS[id][office.wording]),
          indicator.unit,
          number,
          { value, numFmt: written.numFmt },
          figures[id],
        ),
      );
      if (defect?.kind === 'duplicate') {
        model.cells.set(`${id}#2`, { row: model.rows.length, col: valueCol });
        model.rows.push(
          dataRow(
            office,
            t(LABELS[id][1 - office.wording]),
            indicator.unit,
            number,
            { value: defect.value, numFmt: '#,##0' },
            defect.value,
          ),
        );
      }
    }
  }
  if (office.extraRow)
    model.rows.push(
      dataRow(office, t(EXTRA_LABEL), 'lượt', number + 1, { value: 150000 + int(r, 0, 90000), numFmt: '#,##0' }, 0),
    );
  if (office.layout === 'full' || office.layout === 'twoRowHeader') signature(model, office, t, width);
  model.widths =
    office.layout === 'minimal' ? [60, 16] : office.layout === 'plain' ? [6, 60, 12, 14] : [6, 60, 12, 12, 12, 12, 18];
  return model;
}

function dataRow(
  office: Office,
  label: string,
  measure: string,
  n: number,
  figure: Written,
  actual: number,
): (Cell | null)[] {
  const cell: Cell = { value: figure.value, numFmt: figure.numFmt };
  const m = spell(measure, office.spelling);
  switch (office.layout) {
    case 'minimal':
      // Without a ĐVT column an office writes a money figure's magnitude in its label, or nothing tells it.
      return [{ value: measureKind(measure) === 'money' ? `${label} (${m})` : label }, cell];
    case 'plain':
      return [{ value: n }, { value: label }, { value: m }, cell];
    default: {
      const { plan, planFmt, ratio } = planColumns(actual, measure);
      return [
        { value: n },
        { value: label },
        { value: m },
        { value: plan, numFmt: planFmt },
        cell,
        { value: ratio, numFmt: '0.0' },
        null,
      ];
    }
  }
}

function titleBlock(model: SheetModel, office: Office, width: number): void {
  const t = (text: string) => spell(text, office.spelling);
  const u = office.unit;
  const last = width - 1;
  model.rows.push([
    { value: t(`UBND ${u.kind.toUpperCase()} ${u.short.toUpperCase()}`), bold: true, center: true, caps: true },
    null,
    null,
    { value: t('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), bold: true, center: true, caps: true },
  ]);
  model.rows.push([
    { value: t('PHÒNG VĂN HÓA VÀ THÔNG TIN'), bold: true, center: true, caps: true },
    null,
    null,
    { value: t('Độc lập - Tự do - Hạnh phúc'), bold: true, center: true },
  ]);
  model.rows.push([
    { value: `Số: ${100 + u.communes * 7}/BC-UBND`, center: true },
    null,
    null,
    { value: t(`${u.short}, ngày 20 tháng 6 năm 2022`), italic: true, center: true },
  ]);
  model.rows.push([]);
  model.rows.push([{ value: t('BÁO CÁO'), bold: true, center: true, caps: true }]);
  model.rows.push([
    {
      value: t(`Kết quả thực hiện các chỉ tiêu thông tin và truyền thông ${office.period ?? PERIOD}`),
      bold: true,
      center: true,
    },
  ]);
  model.rows.push([]);
  model.merges.push(
    [0, 0, 0, 2],
    [0, 3, 0, last],
    [1, 0, 1, 2],
    [1, 3, 1, last],
    [2, 0, 2, 2],
    [2, 3, 2, last],
    [4, 0, 4, last],
    [5, 0, 5, last],
  );
}

function header(model: SheetModel, office: Office, t: (s: string) => string): void {
  const h = (text: string): Cell => ({ value: t(text), bold: true, center: true });
  const top = model.rows.length;
  switch (office.layout) {
    case 'minimal':
      model.rows.push([h('Chỉ tiêu'), h('Số liệu')]);
      return;
    case 'plain':
      model.rows.push([h('STT'), h('Chỉ tiêu'), h('ĐVT'), h('Kết quả')]);
      return;
    case 'full':
      model.rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ghi chú'].map(h));
      model.rows.push([1, 2, 3, 4, 5, '6=5/4', 7].map((n) => ({ value: n, italic: true, center: true })));
      return;
    case 'twoRowHeader':
      model.rows.push([h('STT'), h('Chỉ tiêu'), h('ĐVT'), h('Năm 2022'), null, h('So sánh (%)'), h('Ghi chú')]);
      model.rows.push([null, null, null, h('Kế hoạch'), h('Thực hiện 6 tháng'), null, null]);
      model.merges.push(
        [top, 0, top + 1, 0],
        [top, 1, top + 1, 1],
        [top, 2, top + 1, 2],
        [top, 3, top, 4],
        [top, 5, top + 1, 5],
        [top, 6, top + 1, 6],
      );
      return;
  }
}

function signature(model: SheetModel, office: Office, t: (s: string) => string, width: number): void {
  model.rows.push([]);
  const r = model.rows.length;
  model.rows.push([
    { value: t('Nơi nhận:'), bold: true, italic: true },
    null,
    null,
    null,
    { value: t('TM. ỦY BAN NHÂN DÂN'), bold: true, center: true, caps: true },
  ]);
  model.rows.push([
    { value: t('- Sở TT&TT;') },
    null,
    null,
    null,
    { value: t('KT. CHỦ TỊCH'), bold: true, center: true, caps: true },
  ]);
  model.rows.push([
    { value: t('- Lưu: VT.') },
    null,
    null,
    null,
    { value: t('PHÓ CHỦ TỊCH'), bold: true, center: true, caps: true },
  ]);
  model.rows.push([]);
  model.rows.push([
    null,
    null,
    null,
    null,
    { value: t(office.unit.short === 'Bù Đăng' ? 'Nguyễn Văn Hùng' : 'Trần Thị Lan'), bold: true, center: true },
  ]);
  for (let i = 0; i < 5; i++) if (i !== 3) model.merges.push([r + i, 4, r + i, width - 1]);
}

/** Writes the model; TCVN3 sheets get .VnTime fonts (.VnTimeH, all capitals, on the capitalised title lines). */
function writeSheet(workbook: ExcelJS.Workbook, name: string, model: SheetModel, spelling: Spelling): void {
  const sheet = workbook.addWorksheet(name);
  const legacy = spelling === 'tcvn3';
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === undefined) return;
      const target = sheet.getCell(r + 1, c + 1);
      let value = cell.value;
      // A ".VnTimeH" font shows lowercase codes as capitals, so capital lines are encoded as lowercase TCVN3.
      if (legacy && typeof value === 'string') value = encodeTcvn3(value, cell.caps === true);
      target.value = value;
      const font: Partial<ExcelJS.Font> = {
        name: legacy ? (cell.caps ? '.VnTimeH' : '.VnTime') : 'Times New Roman',
        size: 12,
      };
      if (cell.bold) font.bold = true;
      if (cell.italic) font.italic = true;
      target.font = font;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.center) target.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }),
  );
  for (const [top, left, bottom, right] of model.merges)
    sheet.mergeCellsWithoutStyle(top + 1, left + 1, bottom + 1, right + 1);
  model.widths.forEach((w, c) => {
    sheet.getColumn(c + 1).width = w;
  });
}

const HELP_ROWS = [
  'HƯỚNG DẪN NHẬP SỐ LIỆU',
  '1. Mỗi đơn vị nhập vào một trang tính riêng, không đổi tên cột.',
  '2. Cột "Kết quả" ghi số liệu thực hiện đến ngày 15/6/2022.',
  '3. Số liệu tỷ lệ ghi theo phần trăm (%); tiền phạt ghi theo triệu đồng.',
  '4. Gửi về Sở Thông tin và Truyền thông trước ngày 25/6/2022.',
];

// ─── Generating a set. ───────────────────────────────────────────────────────────────────────────────────────
type Plant = { unit: string; indicator: string | null; code: string; cell: string | null; description: string };
type SetOptions = { dir: string; offices: Office[]; defects?: Map<string, Defect[]>; plants?: Plant[] };

type Expected = {
  period: string;
  units: { name: string; file: string; sheet: string }[];
  values: Record<string, Record<string, number>>;
  cells: Record<string, Record<string, string>>;
  unmatched: { unit: string; label: string }[];
};

async function writeSet({ dir, offices, defects }: SetOptions): Promise<Expected> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const expected: Expected = { period: PERIOD, units: [], values: {}, cells: {}, unmatched: [] };
  const books = new Map<string, ExcelJS.Workbook>();
  for (const office of offices) {
    const r = rng(hash(office.unit.name));
    const figures = districtFigures(office.unit, r);
    const optional = new Set(defaultCatalog.indicators.filter((i) => i.optional && r() < 0.4).map((i) => i.id));
    const model = buildSheet(office, figures, optional, r, defects?.get(office.unit.name));
    let book = books.get(office.file);
    if (!book) {
      book = new ExcelJS.Workbook();
      books.set(office.file, book);
      if (office.file.startsWith('BC_TX_')) writeHelpSheet(book);
    }
    writeSheet(book, office.sheet, model, office.spelling);
    expected.units.push({ name: office.unit.name, file: office.file, sheet: office.sheet });
    expected.values[office.unit.name] = {};
    expected.cells[office.unit.name] = {};
    for (const [id, at] of model.cells) {
      if (!id.includes('#')) expected.values[office.unit.name][id] = figures[id];
      expected.cells[office.unit.name][id] = `${office.file}#${office.sheet}!${cellAddress(at.row, at.col)}`;
    }
    if (office.extraRow) expected.unmatched.push({ unit: office.unit.name, label: EXTRA_LABEL });
  }
  for (const [file, book] of books) {
    // A fixed creation date: ExcelJS stamps "now" otherwise, and the files would change at every run.
    book.created = book.modified = new Date(Date.UTC(2022, 5, 20));
    book.creator = 'Phòng Văn hóa và Thông tin';
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(dir, file), fixZipDates(data, ZIP_DATE));
  }
  return expected;
}

function writeHelpSheet(book: ExcelJS.Workbook): void {
  const sheet = book.addWorksheet('Hướng dẫn');
  HELP_ROWS.forEach((text, i) => {
    sheet.getCell(i + 1, 1).value = text;
  });
  sheet.getColumn(1).width = 90;
}

// ─── Defects planted in the second set. ─────────────────────────────────────────────────────────────────────
function defectPlan(): { offices: Office[]; defects: Map<string, Defect[]>; plants: Omit<Plant, 'cell'>[] } {
  const byName = (name: string) => UNITS.find((u) => u.name === name)!;
  const defects = new Map<string, Defect[]>();
  const plants: Omit<Plant, 'cell'>[] = [];
  const plant = (unit: string, id: string, code: string, defect: Defect, description: string) => {
    defects.set(unit, [...(defects.get(unit) ?? []), defect]);
    plants.push({ unit, indicator: id, code, description });
  };
  const figures = (name: string) => districtFigures(byName(name), rng(hash(name)));
  plant(
    'Huyện Bù Đốp',
    'digital_certificates',
    'value_missing',
    { kind: 'empty', id: 'digital_certificates' },
    'Ô số liệu để trống.',
  );
  plant(
    'Huyện Đồng Phú',
    'online_payment_dossiers',
    'value_unreadable',
    { kind: 'unreadable', id: 'online_payment_dossiers' },
    'Ghi "đang cập nhật" thay cho con số.',
  );
  plant(
    'Huyện Hớn Quản',
    'digitisation_rate',
    'out_of_range',
    { kind: 'value', id: 'digitisation_rate', value: '112%' },
    'Tỷ lệ 112%, vượt 100%.',
  );
  plant(
    'Huyện Lộc Ninh',
    'online_services_full',
    'rule_violated',
    { kind: 'value', id: 'online_services_full', value: '1.450' },
    'DVC mức độ 4 (1.450) lớn hơn tổng số DVC trực tuyến.',
  );
  const dossiers = figures('Huyện Bù Gia Mập').postal_dossiers_received;
  plant(
    'Huyện Bù Gia Mập',
    'postal_dossiers_received',
    'scale_suspect',
    { kind: 'value', id: 'postal_dossiers_received', value: dossiers * 1000 },
    `Gõ ${viNumber(dossiers)} thành ${dossiers * 1000} (nhầm dấu chấm hàng nghìn).`,
  );
  const fine = figures('Thị xã Bình Long').fines;
  plant(
    'Thị xã Bình Long',
    'fines',
    'scale_suspect',
    { kind: 'value', id: 'fines', value: Math.round(fine * 1e6) },
    `Tiền phạt ghi theo đồng (${Math.round(fine * 1e6)}) thay cho triệu đồng (${viNumber(fine)}).`,
  );
  const bts = figures('Thị xã Chơn Thành').bts_stations;
  plant(
    'Thị xã Chơn Thành',
    'bts_stations',
    'duplicate_conflict',
    { kind: 'duplicate', id: 'bts_stations', value: bts + 9 },
    `Chỉ tiêu trạm BTS ghi hai lần: ${bts} và ${bts + 9}.`,
  );
  const density = figures('Huyện Bù Đăng').mobile_density;
  plant(
    'Huyện Bù Đăng',
    'mobile_density',
    'rule_violated',
    { kind: 'value', id: 'mobile_density', value: round1(density * 1.06) },
    `Mật độ thuê bao ${round1(density * 1.06)} lệch 6% so với thuê bao/dân số×100 (${density}).`,
  );
  plants.push({
    unit: 'Thị xã Phước Long',
    indicator: null,
    code: 'period_mismatch',
    description: 'Báo cáo ghi kỳ "6 tháng đầu năm 2021".',
  });
  plants.push({
    unit: 'Huyện Phú Riềng',
    indicator: null,
    code: 'unit_missing',
    description: 'Đơn vị không gửi báo cáo.',
  });
  const offices = OFFICES.filter((o) => o.unit.name !== 'Huyện Phú Riềng').map((o) =>
    o.unit.name === 'Thị xã Phước Long' ? { ...o, period: '6 tháng đầu năm 2021' } : o,
  );
  return { offices, defects, plants };
}

async function main(): Promise<void> {
  checkLabelsCoverCatalog();
  const samples = join(ROOT, 'samples', 'binh-phuoc-2022');
  const expected = await writeSet({ dir: samples, offices: OFFICES });
  await writeFile(join(samples, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  await writeFile(
    join(samples, 'units.txt'),
    `# Các đơn vị hành chính cấp huyện tỉnh Bình Phước (trước 7/2025)\n${UNITS.map((u) => u.name).join('\n')}\n`,
  );

  const plan = defectPlan();
  const dir = join(ROOT, 'test', 'fixtures', 'defects');
  const defectsExpected = await writeSet({ dir, offices: plan.offices, defects: plan.defects });
  const planted: Plant[] = plan.plants.map((p) => ({
    ...p,
    cell: p.indicator ? (defectsExpected.cells[p.unit]?.[p.indicator] ?? null) : null,
  }));
  await writeFile(join(dir, 'planted.json'), `${JSON.stringify(planted, null, 2)}\n`);
  await writeFile(join(dir, 'units.txt'), `${UNITS.map((u) => u.name).join('\n')}\n`);
  const files = await readdir(samples);
  console.log(
    `Đã ghi ${files.length} tệp vào samples/binh-phuoc-2022/ và ${planted.length} lỗi cài sẵn vào test/fixtures/defects/`,
  );
}

/** The generator must know every catalog indicator, so the samples cover the catalog as it grows. */
function checkLabelsCoverCatalog(): void {
  const missing = defaultCatalog.indicators.filter((i) => !LABELS[i.id]).map((i) => i.id);
  if (missing.length > 0) throw new Error(`make-samples: no sample labels for ${missing.join(', ')}`);
}

// Only when run (`npm run samples`): importing this file must not rewrite samples/binh-phuoc-2022/ and test/fixtures/defects/.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
