/**
 * What is written on a finished sheet after its content: the optional niceties (frozen panes, print layout,
 * fit to page, autofilter, tab colour, showing the sheet) and the parts other modules add (charts). Each part is
 * guarded by its requirement set, and a part the host refuses fails alone: the sheets are complete before any
 * part runs, and the run ends with a note per refused part. Parts must be idempotent (set, not add), since one is
 * written again when a request that held it failed because of another.
 */
import type { SheetSpec } from '../core/model';
import { columnLetters } from '../core/address/address';
import { COST, RequestBatch } from './meter';

/** A finished sheet a part writes on. */
export type PartTarget = { ws: Excel.Worksheet; spec: SheetSpec; /** The sheet to show at the end. */ active: boolean };

export type SheetPart = {
  /** Names the part in the notes ("freeze", "print", "charts"…). */
  kind: string;
  /** The ExcelApi version it needs; below it the part is skipped with a note. */
  requires?: string;
  /** Whether it has anything to write on this sheet. */
  applies(target: PartTarget): boolean;
  /** Queues its calls through the batch. */
  write(target: PartTarget, batch: RequestBatch): Promise<void>;
};

export type PartWarning = {
  kind: string;
  sheet: string;
  reason: 'unsupported' | 'refused';
  code?: string;
  message?: string;
};

export const freezePart: SheetPart = {
  kind: 'freeze',
  requires: '1.7',
  applies: ({ spec }) => Boolean(spec.freeze && (spec.freeze.rows || spec.freeze.cols)),
  async write({ ws, spec }, batch) {
    await batch.reserve(2 * COST.subObject + COST.call);
    const { rows, cols } = spec.freeze as { rows: number; cols: number };
    if (!cols) ws.freezePanes.freezeRows(rows);
    else if (!rows) ws.freezePanes.freezeColumns(cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols).untrack());
  },
};

export const printPart: SheetPart = {
  kind: 'print',
  requires: '1.9',
  applies: ({ spec }) => Boolean(spec.print),
  async write({ ws, spec }, batch) {
    const print = spec.print as NonNullable<SheetSpec['print']>;
    await batch.reserve(COST.subObject + 3 * COST.call + 20);
    const layout = ws.pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}`);
  },
};

/** Fit to one page wide: apart from the rest of the layout, as some hosts refuse zoom options. */
export const fitPart: SheetPart = {
  kind: 'fit',
  requires: '1.9',
  applies: ({ spec }) => Boolean(spec.print?.fitToWidth),
  async write({ ws }, batch) {
    await batch.reserve(COST.subObject + COST.call + 60);
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  },
};

export const autoFilterPart: SheetPart = {
  kind: 'autofilter',
  requires: '1.9',
  applies: ({ spec }) => Boolean(spec.autoFilter),
  async write({ ws, spec }, batch) {
    const { row, fromCol, toCol, toRow } = spec.autoFilter as NonNullable<SheetSpec['autoFilter']>;
    await batch.reserve(COST.object + COST.subObject + 2 * COST.call + 30);
    // A replaced sheet may still have last run's filter: one filter per sheet.
    ws.autoFilter.remove();
    // The table's last row when the spec gives it (a totals row under it is not sorted with the units).
    const last = toRow !== undefined && toRow > row ? toRow + 1 : spec.rows.length;
    ws.autoFilter.apply(ws.getRange(`${columnLetters(fromCol)}${row + 1}:${columnLetters(toCol)}${last}`).untrack());
  },
};

export const tabColorPart: SheetPart = {
  kind: 'tabColor',
  requires: '1.7',
  applies: ({ spec }) => Boolean(spec.tabColor),
  async write({ ws, spec }, batch) {
    await batch.reserve(COST.call + 20);
    ws.tabColor = spec.tabColor as string;
  },
};

export const activatePart: SheetPart = {
  kind: 'activate',
  applies: ({ active }) => active,
  async write({ ws }, batch) {
    await batch.reserve(COST.call);
    ws.activate();
  },
};

/** The niceties, in the order they are tried. */
export const NICETIES: SheetPart[] = [freezePart, printPart, fitPart, autoFilterPart, tabColorPart, activatePart];

/**
 * Writes every part on every target: first all together (one request when they fit), and if that fails, part by
 * part and sheet by sheet, so one refusal costs only itself. Returns a note per part skipped or refused.
 */
export async function writeParts(
  targets: PartTarget[],
  parts: SheetPart[],
  supports: (version: string) => boolean,
  newBatch: () => RequestBatch,
): Promise<{ warnings: PartWarning[]; syncs: number; requests: number[] }> {
  const warnings: PartWarning[] = [];
  const jobs: { part: SheetPart; target: PartTarget }[] = [];
  for (const part of parts) {
    for (const target of targets) {
      if (!part.applies(target)) continue;
      if (part.requires && !supports(part.requires))
        warnings.push({ kind: part.kind, sheet: target.spec.name, reason: 'unsupported' });
      else jobs.push({ part, target });
    }
  }
  if (!jobs.length) return { warnings, syncs: 0, requests: [] };
  let syncs = 0;
  const requests: number[] = [];
  // All together first; if a part is refused, part by part; a part refused again, sheet by sheet.
  const attempt = async (group: typeof jobs): Promise<boolean> => {
    const batch = newBatch();
    try {
      for (const { part, target } of group) await part.write(target, batch);
      await batch.flush();
      return true;
    } catch (e) {
      if (group.length === 1) warnings.push(refusal(group[0], e));
      return false;
    } finally {
      syncs += batch.syncs;
      requests.push(...batch.sent);
    }
  };
  if (await attempt(jobs)) return { warnings, syncs, requests };
  for (const part of parts) {
    const group = jobs.filter((j) => j.part === part);
    if (!group.length || (await attempt(group)) || group.length === 1) continue;
    for (const job of group) await attempt([job]);
  }
  return { warnings, syncs, requests };
}

function refusal({ part, target }: { part: SheetPart; target: PartTarget }, e: unknown): PartWarning {
  const error = e as { code?: unknown; message?: unknown };
  return {
    kind: part.kind,
    sheet: target.spec.name,
    reason: 'refused',
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(typeof error?.message === 'string' ? { message: error.message } : {}),
  };
}
