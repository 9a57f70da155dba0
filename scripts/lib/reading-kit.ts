/**
 * The writer shared by the reading corpora (scripts/make-reading-corpus.ts, scripts/make-reading-holdout.ts): a
 * sheet is written row by row as an office lays it out, and each figure a careful reader would take is recorded
 * beside it with the value it means in the catalog's measure. Non-report sheets record why they must be skipped.
 * The expected values are written by hand in the layouts, never computed by the engine.
 */
import ExcelJS from 'exceljs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAddress } from '../../src/core/address/address';
import { fixZipDates } from './reproducible-zip';
import { CATALOGS, type CatalogName } from './reading-catalogs';

/** A cell as written: text, a number, a number with its Excel format, or a formula with its cached result. */
export type Cell = string | number | null | { n: number; fmt: string } | { f: string; result: number; fmt?: string };

/** What a careful reader takes from one figure cell. */
export type ExpectedFigure = {
  /** Catalog indicator id. */
  id: string;
  /** In the catalog's measure; null: the figure must not be counted (its magnitude or measure cannot be known). */
  value: number | null;
  /** "file#sheet!E9": the cell the figure must come from. */
  cell: string;
  /** The cell as written, for messages. */
  raw: string;
  /** A warning or error must point at this cell (a doubtful magnitude, a measure of another thing). */
  flagged?: boolean;
  /** The figure must be marked as an estimate or approximate (ước thực hiện, khoảng, trên...). */
  estimate?: boolean;
};

/** Why a sheet is no report: the reason shown in Nguồn must contain one of `reasonHas` (folded, no diacritics). */
export type SkipKind = 'blank_template' | 'roster' | 'guide' | 'summary' | 'units_list' | 'no_period_column';

export const SKIP_WORDS: Record<SkipKind, string[]> = {
  blank_template: ['mau', 'chua dien', 'khong co so lieu'],
  roster: ['danh sach can bo', 'nhan su', 'ho va ten'],
  guide: ['huong dan'],
  summary: ['tong hop'],
  units_list: ['danh sach don vi'],
  no_period_column: ['khong co cot'],
};

export type ExpectedSheet =
  | {
      sheet: string;
      kind: 'report';
      /** The unit, when the layout asserts it; `unitPending` when only the unit-name work can find it. */
      unit?: string;
      unitPending?: string;
      figures: ExpectedFigure[];
    }
  | { sheet: string; kind: 'skipped'; why: SkipKind };

export type ExpectedLayout = {
  file: string;
  catalog: CatalogName;
  /** The period being consolidated. */
  period: string;
  /** What the layout shows, in a line. */
  about: string;
  sheets: ExpectedSheet[];
};

export type ExpectedReading = { layouts: ExpectedLayout[] };

type Style = { bold?: boolean; wrap?: boolean; font?: string };

/** One worksheet being written, with the figures it should give. */
export class Sheet {
  readonly cells = new Map<string, { r: number; c: number; v: Cell; style: Style }>();
  readonly merges: [number, number, number, number][] = [];
  readonly figures: ExpectedFigure[] = [];
  hiddenRows: number[] = [];
  hidden = false;
  /** Next free row. */
  next = 0;

  constructor(readonly name: string, readonly file: string) {}

  put(r: number, c: number, v: Cell, style: Style = {}): void {
    this.cells.set(`${r},${c}`, { r, c, v, style });
    this.next = Math.max(this.next, r + 1);
  }

  /** A line of text in column `col` (merged over `span` columns when given), on the next row. */
  line(text: string, options: { col?: number; span?: number; bold?: boolean } = {}): number {
    const r = this.next;
    const col = options.col ?? 0;
    this.put(r, col, text, { bold: options.bold });
    if (options.span && options.span > 1) this.merge(r, col, r, col + options.span - 1);
    return r;
  }

  blank(): void {
    this.next += 1;
  }

  /** A row of cells from column 0 (undefined leaves a cell empty). */
  row(values: (Cell | undefined)[], style: Style = {}): number {
    const r = this.next;
    values.forEach((v, c) => {
      if (v !== undefined && v !== null) this.put(r, c, v, style);
    });
    this.next = r + 1;
    return r;
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.merges.push([r1, c1, r2, c2]);
  }

  ref(r: number, c: number): string {
    return `${this.file}#${this.name}!${cellAddress(r, c)}`;
  }

  /** Records the figure a reader takes from (r, c): indicator, value in the catalog's measure, and how it is marked. */
  expect(r: number, c: number, id: string, value: number | null, marks: { flagged?: boolean; estimate?: boolean } = {}): void {
    const v = this.cells.get(`${r},${c}`)?.v ?? null;
    this.figures.push({ id, value, cell: this.ref(r, c), raw: rawText(v), ...marks });
  }
}

function rawText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'object') return 'f' in v ? `=${v.f} → ${v.result}` : `${v.n} [${v.fmt}]`;
  return String(v);
}

/** One workbook of a layout: its sheets and what each should give. */
export type Layout = {
  file: string;
  catalog: CatalogName;
  period: string;
  about: string;
  sheets: { sheet: Sheet; expect: { kind: 'report'; unit?: string; unitPending?: string } | { kind: 'skipped'; why: SkipKind } }[];
};

/** Starts a sheet of `file`. */
export function sheet(file: string, name: string): Sheet {
  return new Sheet(name, file);
}

function writeSheet(book: ExcelJS.Workbook, s: Sheet): void {
  const ws = book.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : undefined);
  ws.getColumn(2).width = 50;
  for (const { r, c, v, style } of s.cells.values()) {
    const cell = ws.getCell(r + 1, c + 1);
    if (v !== null && typeof v === 'object') {
      if ('f' in v) {
        cell.value = { formula: v.f, result: v.result };
        if (v.fmt) cell.numFmt = v.fmt;
      } else {
        cell.value = v.n;
        cell.numFmt = v.fmt;
      }
    } else cell.value = v;
    cell.font = { name: style.font ?? 'Times New Roman', size: 12, bold: style.bold ?? false };
    if (style.wrap) cell.alignment = { wrapText: true, vertical: 'middle' };
  }
  for (const [r1, c1, r2, c2] of s.merges) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  for (const r of s.hiddenRows) ws.getRow(r + 1).hidden = true;
}

/**
 * Writes every layout's workbook, the catalogs as JSON and expected.json into `dir` (emptied of earlier .xlsx and
 * .json first). Deterministic: fixed workbook dates and zip timestamps.
 */
export async function writeCorpus(dir: string, layouts: Layout[]): Promise<ExpectedReading> {
  await mkdir(dir, { recursive: true });
  for (const f of await readdir(dir)) if (/\.(xlsx|json)$/.test(f)) await rm(join(dir, f));
  const files = new Set<string>();
  const expected: ExpectedReading = { layouts: [] };
  for (const layout of layouts) {
    if (files.has(layout.file)) throw new Error(`two layouts write ${layout.file}`);
    files.add(layout.file);
    const book = new ExcelJS.Workbook();
    book.created = book.modified = new Date(Date.UTC(2025, 6, 1));
    book.creator = 'UBND';
    for (const { sheet: s } of layout.sheets) writeSheet(book, s);
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFile(join(dir, layout.file), fixZipDates(data, new Date(Date.UTC(2025, 6, 1, 9))));
    expected.layouts.push({
      file: layout.file,
      catalog: layout.catalog,
      period: layout.period,
      about: layout.about,
      sheets: layout.sheets.map(({ sheet: s, expect }) =>
        expect.kind === 'report' ? { sheet: s.name, ...expect, figures: s.figures } : { sheet: s.name, kind: 'skipped', why: expect.why },
      ),
    });
  }
  for (const [name, catalog] of Object.entries(CATALOGS)) await writeFile(join(dir, `catalog-${name}.json`), `${JSON.stringify(catalog, null, 2)}\n`);
  await writeFile(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  return expected;
}

// ─── Small helpers the layouts share ────────────────────────────────────────────────────────────────────────

/** "12.345": the Vietnamese thousands separator. */
export function vn(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "12,5": the Vietnamese decimal comma (thousands grouped with "."). */
export function vnd(n: number): string {
  const [i, f] = String(n).split('.');
  return f ? `${vn(Number(i))},${f}` : vn(Number(i));
}

/** The title block most offices use: issuer, motto, place and date, the report's name and period. */
export function titleBlock(s: Sheet, o: { issuer: string[]; place?: string; title: string; period?: string; annex?: string; span?: number }): void {
  const span = o.span ?? 6;
  s.put(0, 0, o.issuer[0], { bold: true });
  s.put(0, 3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  s.put(1, 0, o.issuer[1] ?? '');
  s.put(1, 3, 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  s.next = 2;
  if (o.place) s.put(2, 3, o.place);
  s.next = 4;
  s.line(o.title, { span, bold: true });
  if (o.period) s.line(o.period, { span });
  if (o.annex) s.line(o.annex, { span });
  s.blank();
}

/** The signature block under the table. */
export function signature(s: Sheet, who: string, name: string, col = 3): void {
  s.blank();
  s.put(s.next, col, who, { bold: true });
  s.put(s.next + 3, col, name, { bold: true });
  s.next += 4;
}

/** A header row, then data rows from column 0; returns each data row's index. */
export function table(s: Sheet, header: (string | null)[], rows: (Cell | undefined)[][], style: Style = {}): number[] {
  s.row(header, { bold: true, font: style.font });
  return rows.map((r) => s.row(r, style));
}

/** A two-row header: `top` with group titles (null under a group's first title), `sub` under it; merges the groups. */
export function twoRowHeader(s: Sheet, top: (string | null)[], sub: (string | null)[]): void {
  const r = s.row(top, { bold: true });
  s.row(sub, { bold: true });
  top.forEach((t, c) => {
    if (t === null) return;
    let end = c;
    while (end + 1 < top.length && top[end + 1] === null && sub[end + 1] !== null) end += 1;
    if (end > c) s.merge(r, c, r, end);
    else if (sub[c] === null) s.merge(r, c, r + 1, c);
  });
}
