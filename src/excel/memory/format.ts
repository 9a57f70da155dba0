/** Range formats of the in-memory Excel: one proxy for a Range (one box) or a RangeAreas (several boxes). */
import { cellKey, type MemoryCell, type MemorySheet } from './state';
import { bytesOf, Loadable, MemoryExcelError, type Context } from './context';

export type Box = { row: number; col: number; rows: number; cols: number };
export type Target = { sheet: MemorySheet; boxes: Box[] };

type FontPatch = NonNullable<MemoryCell['font']>;

/** Applies `patch` to every cell of the target at sync (creating empty cells), as one queued call. */
export function eachCell(
  ctx: Context,
  target: () => Target,
  bytes: number,
  patch: (cell: MemoryCell, r: number, c: number) => void,
): void {
  ctx.enqueue(() => {
    const { sheet, boxes } = target();
    ctx.excel.checkWritable(sheet);
    for (const box of boxes) {
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const key = cellKey(box.row + r, box.col + c);
          const cell = sheet.cells.get(key) ?? { value: null };
          patch(cell, r, c);
          sheet.cells.set(key, cell);
        }
      }
    }
    ctx.excel.changed();
  }, bytes);
}

/** Border edges Excel's borders.getItem takes; the inside edges only exist inside a box of two rows/columns. */
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

/** A range's font: settable, and loadable — a name read over many cells is null when they differ, as in Excel. */
export class FontProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly target: () => Target,
  ) {
    super(ctx);
  }
  protected override resolve(): void {
    this.target();
  }
  protected readProp(name: string): unknown {
    if (name !== 'name') throw new MemoryExcelError('InvalidArgument', `RangeFont.${name} is not simulated`);
    const { sheet, boxes } = this.target();
    let found: string | undefined;
    for (const box of boxes) {
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const font = sheet.cells.get(cellKey(box.row + r, box.col + c))?.font?.name ?? 'Calibri';
          if (found === undefined) found = font;
          else if (found !== font) return null;
        }
      }
    }
    return found ?? null;
  }
  get name(): string | null {
    return this.get('name');
  }
  private patch(patch: FontPatch): void {
    eachCell(this.ctx, this.target, bytesOf(patch), (cell) => {
      cell.font = { ...cell.font, ...patch };
    });
  }
  set name(v: string | null) {
    if (v) this.patch({ name: v });
  }
  set bold(v: boolean) {
    this.patch({ bold: v });
  }
  set italic(v: boolean) {
    this.patch({ italic: v });
  }
  set size(v: number) {
    this.patch({ size: v });
  }
  set color(v: string) {
    this.patch({ color: v });
  }
}

export type FormatProxy = {
  font: FontProxy;
  fill: Record<string, unknown>;
  borders: { getItem: (edge: string) => Record<string, unknown> };
} & Record<string, unknown>;

export function formatProxy(ctx: Context, target: () => Target): FormatProxy {
  const each = (bytes: number, patch: (cell: MemoryCell) => void): void => eachCell(ctx, target, bytes, patch);
  const sized = (apply: (sheet: MemorySheet, box: Box) => void): void =>
    ctx.enqueue(() => {
      const { sheet, boxes } = target();
      for (const box of boxes) apply(sheet, box);
    }, 10);
  return {
    set horizontalAlignment(v: string) {
      each(v.length, (cell) => {
        cell.hAlign = v;
      });
    },
    set verticalAlignment(v: string) {
      each(v.length, (cell) => {
        cell.vAlign = v;
      });
    },
    set wrapText(v: boolean) {
      each(5, (cell) => {
        cell.wrap = v;
      });
    },
    set columnWidth(v: number) {
      sized((sheet, box) => {
        for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.col + c, v);
      });
    },
    set rowHeight(v: number) {
      sized((sheet, box) => {
        for (let r = 0; r < box.rows; r++) sheet.rowHeights.set(box.row + r, v);
      });
    },
    font: new FontProxy(ctx, target),
    fill: {
      set color(v: string) {
        each(v.length, (cell) => {
          cell.fill = v;
        });
      },
    },
    borders: {
      getItem: (edge: string) => {
        if (!EDGES.includes(edge)) throw new Error(`Unknown border ${edge}`);
        return {
          set style(v: string) {
            each(v.length, (cell) => {
              cell.border = v !== 'None';
            });
          },
        };
      },
    },
  };
}

/** setCellProperties' per-cell format: the subset the adapter writes. */
export type CellFormatPatch = {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string; name?: string };
  fill?: { color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string }>;
};

export function applyCellFormat(cell: MemoryCell, format: CellFormatPatch): void {
  if (format.font) cell.font = { ...cell.font, ...format.font };
  if (format.fill?.color) cell.fill = format.fill.color;
  if (format.horizontalAlignment) cell.hAlign = format.horizontalAlignment;
  if (format.verticalAlignment) cell.vAlign = format.verticalAlignment;
  if (format.wrapText !== undefined) cell.wrap = format.wrapText;
  if (format.borders) cell.border = Object.values(format.borders).some((b) => b.style && b.style !== 'None');
}
