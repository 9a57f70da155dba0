import type { CellValue } from '../../core/model';
import { cellValue, type CellType, type RawCell, type ValueContext } from './cell-value';
import type { ReadLimits } from './limits';
import { escapedText } from './shared-strings';
import type { CellStyle, Styles } from './styles';
import { isTrue } from './workbook';
import { eachChild, XmlScanner } from './xml';

/** One row of the scanned region, in the shape ExcelJS builds it; the arrays are indexed by column - 1. */
export type SheetRow = {
  hidden: boolean;
  /** The row's own format (`<row s>`): cells a merge creates take their number format and font from it. */
  style: CellStyle | null;
  /**
   * Highest column of a cell ExcelJS keeps (one with a value, a formula, a link or a style), even beyond the
   * scanned columns: a row's `cellCount`, which tells whether the sheet was wider than what was read.
   */
  cellCount: number;
  /** Offset of the `<row>` tag, to read a cell again when a hyperlink turns out to point at it. */
  offset: number;
  /** Sparse: an index is set exactly for the cells ExcelJS keeps (formats too). */
  values: CellValue[];
  formats: (string | null)[];
  fonts: (string | null)[];
};

/** A merged range as written, 1-based and inclusive. */
export type Merge = { top: number; left: number; bottom: number; right: number };

export type SheetScan = {
  /** Rows 1..maxRows by number - 1; a row the sheet does not write is undefined. */
  rows: (SheetRow | undefined)[];
  /** Highest row number written. */
  lastRow: number;
  /** Widest row below the scanned rows that has values (for `truncated.cols`). */
  columnCountBelow: number;
  /**
   * Rows below the scanned rows whose kept cells only carry a style, as [row number, cellCount] pairs: a merge
   * over them makes them count. Pairs in a flat array, as there may be many.
   */
  styledOnlyBelow: number[];
  merges: Merge[];
  /** Column formats (`<col style>`) of columns 1..maxCols, for cells a merge creates. */
  columnStyles: (CellStyle | null)[];
};

export type SheetContext = ValueContext & {
  styles: Styles;
  limits: ReadLimits;
  /** The target of a worksheet relationship (a hyperlink's r:id). */
  relationship: (id: string) => string | undefined;
};

type Link = { ref: string; relId: string };
type ColumnDef = { min: number; max: number; style: CellStyle | null };

/**
 * Reads one worksheet part. Rows past `maxRows` and cells past `maxCols` are not stored, only counted, so a
 * 50,000-row export costs one pass over its XML and little memory.
 */
export function scanSheet(xml: string, part: string, ctx: SheetContext): SheetScan {
  return new SheetReader(xml, part, ctx).read();
}

class SheetReader {
  private readonly x: XmlScanner;
  private readonly rows: (SheetRow | undefined)[] = [];
  private lastRow = 0;
  private columnCountBelow = 0;
  private readonly styledOnlyBelow: number[] = [];
  private readonly merges: Merge[] = [];
  private readonly links: Link[] = [];
  private columns: ColumnDef[] = [];
  /** Shared formula masters seen so far: si → the master cell has an address (ExcelJS keeps slaves by it). */
  private readonly masters = new Map<string, boolean>();
  private readonly cell = emptyCell();
  /** Of the row being read: its width, and whether a kept cell has more than a style (ExcelJS's hasValues). */
  private cellCount = 0;
  private hasValues = false;

  constructor(
    xml: string,
    part: string,
    private readonly ctx: SheetContext,
  ) {
    this.x = new XmlScanner(xml, part);
  }

  read(): SheetScan {
    const x = this.x;
    if (!x.nextOpen()) throw x.error('no root element');
    eachChild(x, () => {
      if (x.is('sheetData')) this.readSheetData();
      else if (x.is('cols')) this.readColumns();
      else if (x.is('mergeCells')) this.readMerges();
      else if (x.is('hyperlinks')) this.readLinks();
      else x.skipElement();
    });
    this.applyLinks();
    return {
      rows: this.rows,
      lastRow: this.lastRow,
      columnCountBelow: this.columnCountBelow,
      styledOnlyBelow: this.styledOnlyBelow,
      merges: this.merges,
      columnStyles: columnStyles(this.columns, this.ctx.limits.maxCols),
    };
  }

  private readSheetData(): void {
    const x = this.x;
    let previous = 0;
    if (x.selfClosing) return;
    while (x.nextChild()) {
      if (!x.is('row')) {
        x.skipElement();
        continue;
      }
      const r = x.attrInt('r');
      // Rows without r follow the previous one (the spec allows leaving it out).
      previous = r >= 1 ? r : previous + 1;
      this.readRow(previous);
    }
  }

  private readRow(number: number): void {
    const x = this.x;
    const { maxRows } = this.ctx.limits;
    const row: SheetRow | undefined =
      number <= maxRows
        ? {
            hidden: isTrue(x.attr('hidden')),
            style: this.style(x.attrInt('s')),
            cellCount: 0,
            offset: x.tagStart,
            values: [],
            formats: [],
            fonts: [],
          }
        : undefined;
    this.cellCount = 0;
    this.hasValues = false;
    let column = 0;
    if (!x.selfClosing) {
      while (x.nextChild()) {
        if (x.is('c')) column = this.readCell(row, column);
        else x.skipElement();
      }
    }
    if (number > this.lastRow) this.lastRow = number;
    if (row) {
      row.cellCount = this.cellCount;
      this.rows[number - 1] = row;
    } else if (this.hasValues) {
      if (this.cellCount > this.columnCountBelow) this.columnCountBelow = this.cellCount;
    } else if (this.cellCount > 0) this.styledOnlyBelow.push(number, this.cellCount);
  }

  /** Reads one `<c>`; returns its column, from which a next cell without `r` follows. */
  private readCell(row: SheetRow | undefined, previous: number): number {
    const x = this.x;
    const cell = this.cell;
    const column = fillCell(x, cell, this.masters, previous, true);
    const hasValue = cell.formula || cell.text !== undefined || cell.runs !== undefined;
    // ExcelJS drops a cell with neither value nor style: it does not count in the row's width.
    if (!hasValue && !cell.styleId) return column;
    if (column > this.cellCount) this.cellCount = column;
    if (hasValue) this.hasValues = true;
    if (row && column <= this.ctx.limits.maxCols) {
      const style = this.style(cell.styleId);
      row.values[column - 1] = cellValue(cell, style, this.ctx) ?? null;
      row.formats[column - 1] = style?.numFmt ?? null;
      row.fonts[column - 1] = style?.font ?? null;
    }
    return column;
  }

  private readColumns(): void {
    const x = this.x;
    eachChild(x, () => {
      if (x.is('col')) {
        const min = parseInt(x.attr('min') || '0', 10);
        const max = parseInt(x.attr('max') || '0', 10);
        this.columns.push({ min, max, style: x.attr('style') ? this.style(x.attrInt('style')) : null });
      }
      x.skipElement();
    });
  }

  private readMerges(): void {
    const x = this.x;
    eachChild(x, () => {
      const range = x.is('mergeCell') ? parseRange(x.attr('ref') ?? '') : undefined;
      if (range) this.merges.push(range);
      x.skipElement();
    });
  }

  private readLinks(): void {
    const x = this.x;
    eachChild(x, () => {
      if (x.is('hyperlink')) {
        const relId = x.attr('id');
        const ref = x.attr('ref');
        if (relId && ref !== undefined) this.links.push({ ref, relId });
      }
      x.skipElement();
    });
  }

  /**
   * A hyperlink changes what its cell shows (ExcelJS gives the text, or the link when the value is no text), and
   * it is known only after the rows: its cell is read again from the row's offset.
   */
  private applyLinks(): void {
    const targets = new Map<string, string>();
    for (const link of this.links) {
      const target = this.ctx.relationship(link.relId);
      if (target) targets.set(link.ref, target);
    }
    const { maxRows, maxCols } = this.ctx.limits;
    for (const [ref, target] of targets) {
      const at = parseAddress(ref);
      if (!at || at.row > maxRows || at.col > maxCols) continue;
      const row = this.rows[at.row - 1];
      if (row) this.relink(row, ref, at.col, target);
    }
  }

  /** Reads the row again up to the last cell written with address `ref`, and gives it the link. */
  private relink(row: SheetRow, ref: string, column: number, target: string): void {
    const x = this.x.fork(row.offset);
    x.next();
    const cell = emptyCell();
    let found: { value: CellValue; style: CellStyle | null } | undefined;
    let previous = 0;
    eachChild(x, () => {
      if (!x.is('c')) return x.skipElement();
      const r = x.attrIndex('r');
      const matches = r >= 0 && x.attrValue(r) === ref;
      // The shared formula masters are all known now; a slave reads as the first pass read it.
      previous = fillCell(x, cell, this.masters, previous, false);
      if (!matches) return;
      const style = this.style(cell.styleId);
      found = { value: cellValue(cell, style, this.ctx, target) ?? null, style };
    });
    if (!found) return;
    row.values[column - 1] = found.value;
    row.formats[column - 1] = found.style?.numFmt ?? null;
    row.fonts[column - 1] = found.style?.font ?? null;
    if (column > row.cellCount) row.cellCount = column;
  }

  /** ExcelJS applies a format only for a non-zero `s`. */
  private style(id: number): CellStyle | null {
    return id ? (this.ctx.styles[id] ?? null) : null;
  }
}

function emptyCell(): RawCell {
  return { type: 'n', styleId: NaN, text: undefined, runs: undefined, formula: false, formulaKept: false };
}

/**
 * Fills `cell` from the `<c>` tag the scanner is on, moves past the cell, and returns its column (the one after
 * `previous` when it has no `r`). Shared formulas: a master (with `ref`) is recorded in `masters` when
 * `record` is set; a slave is kept when its master had an address.
 */
function fillCell(
  x: XmlScanner,
  cell: RawCell,
  masters: Map<string, boolean>,
  previous: number,
  record: boolean,
): number {
  // One pass over the attributes: r, s and t are all a cell needs (compared by code, no string made).
  let column = 0;
  let hasAddress = false;
  cell.type = 'n';
  cell.styleId = NaN;
  for (let i = 0; i < x.attributeCount; i++) {
    if (x.attrNameLength(i) !== 1) continue;
    const name = x.attrNameChar(i);
    if (name === 114 /* r */) {
      column = x.attrColumn(i);
      hasAddress = x.attrValueLength(i) > 0;
    } else if (name === 115 /* s */) {
      if (x.attrValueLength(i) > 0) cell.styleId = x.attrIntAt(i);
    } else if (name === 116 /* t */) cell.type = cellType(x, i);
  }
  cell.text = undefined;
  cell.runs = undefined;
  cell.formula = false;
  cell.formulaKept = false;
  if (!x.selfClosing) {
    while (x.nextChild()) {
      if (x.is('v')) cell.text = append(cell.text, x.readText());
      else if (x.is('f')) readFormula(x, cell, masters, record ? hasAddress : undefined);
      else if (x.is('is')) readInlineString(x, cell);
      else x.skipElement();
    }
  }
  return column || previous + 1;
}

function readFormula(
  x: XmlScanner,
  cell: RawCell,
  masters: Map<string, boolean>,
  hasAddress: boolean | undefined,
): void {
  const shareType = x.attr('t');
  const master = Boolean(x.attr('ref'));
  const si = String(x.attr('si'));
  const formula = x.readText();
  cell.formula = Boolean(formula) || Boolean(shareType);
  cell.formulaKept = Boolean(formula);
  if (shareType !== 'shared') return;
  if (!master) cell.formulaKept ||= masters.get(si) === true;
  else if (hasAddress !== undefined) masters.set(si, hasAddress);
}

/** `<is>`: plain `<t>` text and rich text runs; phonetic runs (`<rPh>`) are not text. */
function readInlineString(x: XmlScanner, cell: RawCell): void {
  eachChild(x, () => {
    if (x.is('t')) {
      const text = x.readText();
      if (text !== undefined) cell.text = append(cell.text, escapedText(text));
    } else if (x.is('r')) {
      let run = '';
      eachChild(x, () => {
        if (x.is('t')) run = escapedText(x.readText());
        else x.skipElement();
      });
      cell.runs = (cell.runs ?? '') + run;
    } else x.skipElement();
  });
}

function append(text: string | undefined, more: string | undefined): string | undefined {
  if (more === undefined) return text;
  return text === undefined ? more : text + more;
}

const CELL_TYPES: CellType[] = ['s', 'str', 'inlineStr', 'b', 'e', 'd'];

/** The cell's `t` (attribute `i`), compared in place; "n" for anything else. */
function cellType(x: XmlScanner, i: number): CellType {
  for (const type of CELL_TYPES) if (x.attrEquals(i, type)) return type;
  return 'n';
}

/**
 * Column formats as ExcelJS assigns them: `<col>` ranges sorted by `min`, each column taking the first range
 * that reaches it; a style id of 0 is no style.
 */
function columnStyles(columns: ColumnDef[], maxCols: number): (CellStyle | null)[] {
  const styles: (CellStyle | null)[] = [];
  let next = 1;
  for (const col of [...columns].sort((a, b) => a.min - b.min)) {
    while (next < col.min && next <= maxCols) styles[next++ - 1] = null;
    while (next <= col.max && next <= maxCols) styles[next++ - 1] = col.style;
  }
  return styles;
}

/** "B3" (or "$B$3") → { row: 3, col: 2 }; undefined for anything else (ranges, names). */
function parseAddress(ref: string): { row: number; col: number } | undefined {
  const at = addressAt(ref, 0);
  return at && at.end === ref.length ? { row: at.row, col: at.col } : undefined;
}

/** A cell address starting at `from`, and where it ends. */
function addressAt(ref: string, from: number): { row: number; col: number; end: number } | undefined {
  let i = from;
  let col = 0;
  let row = 0;
  if (ref.charCodeAt(i) === 36) i++;
  for (let c = ref.charCodeAt(i) | 32; c >= 97 && c <= 122 && col < 16384; c = ref.charCodeAt(++i) | 32)
    col = col * 26 + c - 96;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  for (let c = ref.charCodeAt(i); c >= 48 && c <= 57 && row < 1e7; c = ref.charCodeAt(++i)) row = row * 10 + c - 48;
  return col > 0 && row > 0 && i > digits ? { row, col, end: i } : undefined;
}

/** "A1:C3" (or "C3:A1", or one cell "A1") → a merge, corners ordered. */
function parseRange(ref: string): Merge | undefined {
  const a = addressAt(ref, 0);
  if (!a) return undefined;
  const b = a.end === ref.length ? a : ref.charCodeAt(a.end) === 58 ? addressAt(ref, a.end + 1) : undefined;
  if (!b || b.end !== ref.length) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
