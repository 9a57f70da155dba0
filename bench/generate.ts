/**
 * Synthetic unit reports for the bench, in the style of scripts/make-samples.ts and built from the same kit
 * (scripts/lib/sample-kit.ts: random numbers, figures, labels, sections, spellings, number styles): title blocks,
 * sections, a signature block, about 45 indicator rows, two label wordings, six spellings (Unicode, no diacritics,
 * NFD, old tone placement, TCVN3 with .VnTime fonts, abbreviations), four number styles (real numbers,
 * "1.300"/"16,2%" text, mixed with "khoảng 91.000", fractions shown as "0.0%"), and a few rows no catalog
 * indicator matches. Deterministic: a fixed seed per unit.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../src/core/model';
import { defaultCatalog } from '../src/core/catalog';
import { encodeTcvn3 } from '../src/core/text/legacy';
import { sheetFromRows, type MemorySheet } from '../src/excel/memory/state';
import {
  between,
  hash,
  int,
  LABELS,
  pick,
  planColumns,
  rng,
  ROMAN,
  round1,
  SECTIONS,
  spell,
  unitFigures,
  withoutDiacritics,
  writeFigure,
  type Figures,
  type Layout,
  type Numbers,
  type Rand,
  type Spelling,
  type WrittenFigure,
} from '../scripts/lib/sample-kit';

export const PERIOD = '6 tháng đầu năm 2026';

// ─── Units: communes, wards and special zones with unique names (also without diacritics). ───────────────────
type Kind = 'Xã' | 'Phường' | 'Đặc khu';
export type BenchUnit = { name: string; short: string; kind: Kind; population: number; villages: number };

const FIRST = [
  'Tân',
  'Phú',
  'Bình',
  'An',
  'Hòa',
  'Long',
  'Thạnh',
  'Phước',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Mỹ',
  'Vĩnh',
  'Hưng',
  'Thuận',
  'Lộc',
  'Xuân',
  'Hải',
  'Sơn',
  'Quang',
  'Minh',
  'Đức',
  'Thái',
  'Hồng',
  'Kim',
  'Ngọc',
  'Trung',
  'Hiệp',
  'Lương',
  'Cẩm',
  'Gia',
  'Hoàng',
  'Yên',
  'Định',
  'Nghĩa',
  'Tiến',
  'Thắng',
  'Lợi',
  'Châu',
  'Điền',
  'Khánh',
  'Phong',
  'Quảng',
  'Thới',
  'Tịnh',
  'Vạn',
  'Văn',
  'Thủy',
  'Hà',
  'Lâm',
  'Đồng',
  'Cát',
  'Diên',
  'Ea',
  'Krông',
  'Đăk',
  'Ia',
  'Mường',
  'Chiềng',
];
const SECOND = [
  'Tiến',
  'Lập',
  'Hòa',
  'Phú',
  'Thành',
  'Lợi',
  'Hưng',
  'Quý',
  'Bình',
  'An',
  'Thịnh',
  'Phong',
  'Tân',
  'Đông',
  'Sơn',
  'Hải',
  'Lâm',
  'Thủy',
  'Trung',
  'Nghĩa',
  'Khánh',
  'Long',
  'Hiệp',
  'Mỹ',
  'Lộc',
  'Xuân',
  'Định',
  'Cường',
  'Vinh',
  'Đức',
  'Tín',
  'Hội',
  'Thuận',
  'Tường',
  'Yên',
  'Điền',
  'Lạc',
  'Quang',
  'Hà',
  'Minh',
  'Hậu',
  'Nhơn',
  'Thới',
  'Châu',
  'Kiệt',
  'Hồng',
  'Ninh',
  'Mai',
  'Trạch',
  'Bảo',
  'Phát',
  'Thạnh',
  'Chánh',
  'Dương',
  'Khê',
  'Giang',
  'Kỳ',
  'Quới',
  'Tây',
  'Nguyên',
  'Trà',
  'Lai',
  'Uyên',
  'Tuy',
  'Sang',
  'Dinh',
  'Bồng',
  'Lang',
  'Cao',
  'Đa',
  'Rang',
  'Nhuận',
];

/** `count` units with names unique even once diacritics are dropped (so detection can tell them apart). */
export function makeUnits(count: number, seed = 2026): BenchUnit[] {
  const r = rng(seed);
  const pairs: [string, string][] = [];
  for (const a of FIRST) for (const b of SECOND) if (a !== b) pairs.push([a, b]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const seen = new Set<string>();
  const units: BenchUnit[] = [];
  for (const [a, b] of pairs) {
    if (units.length === count) break;
    const short = `${a} ${b}`;
    const key = withoutDiacritics(short).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const roll = r();
    const kind: Kind = roll < 0.72 ? 'Xã' : roll < 0.995 ? 'Phường' : 'Đặc khu';
    units.push({ name: `${kind} ${short}`, short, kind, population: int(r, 7000, 65000), villages: int(r, 4, 16) });
  }
  if (units.length < count) throw new Error(`bench: only ${units.length} unique unit names`);
  return units;
}

// ─── Figures: the shared generator, sized for a commune (one commune, a handful of villages, fewer staff). ───
function communeFigures(unit: BenchUnit, r: Rand): Figures {
  const v = unit.villages;
  return unitFigures(unit.population, r, () => ({
    communes_with_same_day_newspapers: () => 1,
    online_services_total: () => int(r, 1180, 1260),
    online_services_partial: () => int(r, 420, 480),
    video_conference_points: () => int(r, 1, 3),
    lgsp_connected_units: () => int(r, 1, 4),
    dedicated_network_agencies: () => int(r, 1, 5),
    community_digital_teams: () => v,
    public_wifi_points: () => int(r, 2, 8),
    it_staff: () => int(r, 1, 2),
    news_articles: () => int(r, 120, 320),
    radio_news_items: () => int(r, 300, 700),
    loudspeaker_clusters: () => v * int(r, 2, 4),
    grassroots_radio_stations: () => 1,
    press_statements: () => int(r, 4, 14),
    inspections: () => int(r, 1, 3),
    sanction_decisions: () => int(r, 0, 2),
    fines: () => round1(between(r, 2, 12)),
  }));
}

/** Rows no catalog indicator matches: they must land in the unmatched list. */
const EXTRA_LABELS = [
  'Số lượt truy cập Cổng thông tin điện tử xã',
  'Số trang thông tin điện tử thôn, ấp',
  'Số buổi tuyên truyền lưu động',
];

// ─── Layouts, spellings and number styles, drawn per unit (unicode and the full layout the most common). ──────
const LAYOUTS: Layout[] = ['full', 'full', 'twoRowHeader', 'plain', 'plain', 'minimal'];
const SPELLINGS: Spelling[] = [
  'unicode',
  'unicode',
  'unicode',
  'noDiacritics',
  'nfd',
  'oldTone',
  'tcvn3',
  'abbreviated',
];
const NUMBERS: Numbers[] = ['real', 'viText', 'mixed', 'percentFormat'];

// ─── One sheet. ─────────────────────────────────────────────────────────────────────────────────────────────────
export type BenchCell = { value: CellValue; numFmt?: string; font?: string };
export type Merge = { top: number; left: number; bottom: number; right: number };
export type BenchSheet = {
  unit: BenchUnit;
  sheet: string;
  rows: (BenchCell | null)[][];
  merges: Merge[];
  /** Indicator rows plus unmatched rows: the "rows" of rows/s. */
  dataRows: number;
  unmatched: number;
  style: { layout: Layout; spelling: Spelling; numbers: Numbers };
};

export function buildSheet(unit: BenchUnit): BenchSheet {
  const r = rng(hash(unit.name));
  const layout = pick(r, LAYOUTS);
  const spelling = pick(r, SPELLINGS);
  const numbers = pick(r, NUMBERS);
  const wording = r() < 0.5 ? 0 : 1;
  const figures = communeFigures(unit, r);
  const legacy = spelling === 'tcvn3';
  const text = (s: string, caps = false): BenchCell =>
    legacy
      ? { value: encodeTcvn3(s, caps), font: caps ? '.VnTimeH' : '.VnTime' }
      : { value: spell(s, spelling), font: 'Times New Roman' };
  const rows: (BenchCell | null)[][] = [];
  const merges: Merge[] = [];
  const width = layout === 'minimal' ? 2 : layout === 'plain' ? 4 : 7;
  const last = width - 1;
  const caps = (s: string) => s.toLocaleUpperCase('vi');

  if (layout === 'full' || layout === 'twoRowHeader') {
    rows.push([
      text(caps(`UBND ${unit.kind} ${unit.short}`), true),
      null,
      null,
      text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
    ]);
    rows.push([text('VĂN PHÒNG HĐND VÀ UBND', true), null, null, text('Độc lập - Tự do - Hạnh phúc')]);
    rows.push([
      { value: `Số: ${int(r, 10, 300)}/BC-UBND` },
      null,
      null,
      text(`${unit.short}, ngày 20 tháng 6 năm 2026`),
    ]);
    rows.push([]);
    rows.push([text('BÁO CÁO', true)]);
    rows.push([text(`Kết quả thực hiện các chỉ tiêu thông tin và truyền thông ${PERIOD}`)]);
    rows.push([]);
    for (const row of [0, 1, 2])
      merges.push({ top: row, left: 0, bottom: row, right: 2 }, { top: row, left: 3, bottom: row, right: last });
    merges.push({ top: 4, left: 0, bottom: 4, right: last }, { top: 5, left: 0, bottom: 5, right: last });
  } else if (layout === 'plain') {
    rows.push([text(caps(`UBND ${unit.kind} ${unit.short}`), true)]);
    rows.push([text(`Báo cáo số liệu thông tin và truyền thông ${PERIOD}`)]);
    rows.push([]);
  }
  const top = rows.length;
  switch (layout) {
    case 'minimal':
      rows.push([text('Chỉ tiêu'), text('Số liệu')]);
      break;
    case 'plain':
      rows.push([text('STT'), text('Chỉ tiêu'), text('ĐVT'), text('Kết quả')]);
      break;
    case 'full':
      rows.push(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'So sánh (%)', 'Ghi chú'].map((s) => text(s)));
      rows.push([1, 2, 3, 4, 5, '6=5/4', 7].map((n) => ({ value: n })));
      break;
    case 'twoRowHeader':
      rows.push([
        text('STT'),
        text('Chỉ tiêu'),
        text('ĐVT'),
        text('Năm 2026'),
        null,
        text('So sánh (%)'),
        text('Ghi chú'),
      ]);
      rows.push([null, null, null, text('Kế hoạch'), text('Thực hiện 6 tháng'), null, null]);
      merges.push(
        { top, left: 0, bottom: top + 1, right: 0 },
        { top, left: 1, bottom: top + 1, right: 1 },
        { top, left: 2, bottom: top + 1, right: 2 },
        { top, left: 3, bottom: top, right: 4 },
        { top, left: 5, bottom: top + 1, right: 5 },
        { top, left: 6, bottom: top + 1, right: 6 },
      );
      break;
  }

  const dataRow = (
    label: string,
    measure: string,
    n: number,
    figure: WrittenFigure,
    actual: number,
  ): (BenchCell | null)[] => {
    const cell: BenchCell = { value: figure.value, numFmt: figure.numFmt };
    switch (layout) {
      case 'minimal':
        return [text(label), cell];
      case 'plain':
        return [{ value: n }, text(label), text(measure), cell];
      default: {
        const { plan, planFmt, ratio } = planColumns(actual, measure);
        return [
          { value: n },
          text(label),
          text(measure),
          { value: plan, numFmt: planFmt },
          cell,
          { value: ratio, numFmt: '0.0' },
          null,
        ];
      }
    }
  };

  let dataRows = 0;
  let unmatched = 0;
  let number = 0;
  SECTIONS.forEach((s, section) => {
    const indicators = defaultCatalog.indicators.filter(
      (i) => s.groups.includes(i.group ?? '') && (!i.optional || r() < 0.4),
    );
    if (layout !== 'minimal') rows.push([{ value: ROMAN[section] }, text(caps(s.title), true)]);
    for (const indicator of indicators) {
      number++;
      const labels = LABELS[indicator.id] ?? [indicator.aliases?.[0] ?? indicator.name, indicator.name];
      const actual = figures[indicator.id] ?? int(r, 1, 500);
      rows.push(
        dataRow(
          labels[r() < 0.85 ? wording : 1 - wording],
          indicator.unit,
          number,
          writeFigure(actual, indicator.unit, numbers, r),
          actual,
        ),
      );
      dataRows++;
    }
    if (r() < 0.25) {
      rows.push(dataRow(pick(r, EXTRA_LABELS), 'lượt', ++number, { value: int(r, 100, 90000), numFmt: '#,##0' }, 0));
      dataRows++;
      unmatched++;
    }
  });
  if (layout === 'full' || layout === 'twoRowHeader') {
    rows.push([]);
    const at = rows.length;
    rows.push([text('Nơi nhận:'), null, null, null, text('TM. ỦY BAN NHÂN DÂN', true)]);
    rows.push([text('- Sở Khoa học và Công nghệ;'), null, null, null, text('KT. CHỦ TỊCH', true)]);
    rows.push([text('- Lưu: VT.'), null, null, null, text('PHÓ CHỦ TỊCH', true)]);
    rows.push([]);
    rows.push([
      null,
      null,
      null,
      null,
      text(pick(r, ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Văn Thủy', 'Phạm Thị Hòa'])),
    ]);
    for (let i = 0; i < 5; i++) if (i !== 3) merges.push({ top: at + i, left: 4, bottom: at + i, right: last });
  }
  return { unit, sheet: unit.short, rows, merges, dataRows, unmatched, style: { layout, spelling, numbers } };
}

export function buildSheets(units: BenchUnit[]): BenchSheet[] {
  return units.map(buildSheet);
}

// ─── The three forms the bench needs. ───────────────────────────────────────────────────────────────────────────
/** A grid, as src/cli/read-xlsx.ts gives it (values, number formats, fonts, merges). */
export function toGrid(s: BenchSheet, file: string): Grid {
  const width = Math.max(...s.rows.map((row) => row.length));
  const values = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? null));
  const numberFormats = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numFmt ?? null));
  const fonts = s.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.font ?? null));
  return { name: s.sheet, source: { file, sheet: s.sheet }, values, numberFormats, fonts, merges: s.merges };
}

/** A sheet of the in-memory Excel. */
export function toMemorySheet(s: BenchSheet): MemorySheet {
  return sheetFromRows(
    s.sheet,
    s.rows.map((row) => row.map((c) => c?.value ?? null)),
    {
      numberFormats: s.rows.map((row) => row.map((c) => c?.numFmt ?? null)),
      fonts: s.rows.map((row) => row.map((c) => c?.font ?? null)),
    },
  );
}

/** Adds the sheet to an ExcelJS workbook, fonts and formats included, as the sample generator writes it. */
export function addToWorkbook(book: ExcelJS.Workbook, s: BenchSheet): void {
  const sheet = book.addWorksheet(s.sheet);
  s.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = cell.value;
      target.font = { name: cell.font ?? 'Times New Roman', size: 12 };
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }),
  );
  for (const m of s.merges) sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  [6, 60, 12, 12, 12, 12, 18].forEach((w, c) => {
    sheet.getColumn(c + 1).width = w;
  });
}
