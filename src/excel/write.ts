/**
 * Writes sheet specs (the same ones the command line writes with ExcelJS) to the open workbook, in steps:
 * 1. one request to see which sheets exist;
 * 2. each sheet's content written complete into a new temporary sheet (write-content.ts), in as many requests as
 *    the data needs, each under the budget — the earlier output sheets are untouched meanwhile;
 * 3. one request that swaps them in: an earlier sheet is cleared and the new content copied into it, so the
 *    sheet itself stays — its tab position, and the formulas and charts users built on it (a deleted and
 *    re-created sheet would turn them into #REF!); a new sheet just takes its name;
 * 4. the column widths and row heights, the removal of the temporary sheets, settings;
 * 5. the optional parts (write-parts.ts), each failing alone with a note.
 * A failure before step 3 leaves the earlier sheets as they were.
 */
import type { SheetSpec, WorkbookSpec } from '../core/model';
import { rowHeightAreas, sheetWidth, tempSheetName, widthRuns, widthToPoints } from './spec-blocks';
import { NOTES_COLUMN_WIDTH, writeContent } from './write-content';
import { writeParts, type SheetPart } from './write-parts';
import { COST, RequestBatch, wireBytes } from './meter';
import type { Capabilities, WriteResult, WrittenSheet } from './types';
import { namesOf, OUTPUTS_KEY } from './read';
import { isRetryable } from './retry';

export type WriteOptions = {
  file: string;
  capabilities: Capabilities;
  /** Source sheets: writing over one of them is refused. */
  sources: string[];
  /** Sheet to show at the end (default: the first of the spec; null: leave the user where they are). */
  activate?: string | null;
  /** Optional parts written on the finished sheets (default: none). */
  parts?: SheetPart[];
  /** Settings saved with the last request of the content (small values: the run's record). */
  settings?: Record<string, string>;
  /** Bytes per request (tests use small budgets to exercise the splitting). */
  budget?: number;
};

export class WriteRefusedError extends Error {
  constructor(readonly sheet: string) {
    super(`Refusing to overwrite the source sheet '${sheet}'.`);
  }
}

/** A sheet the user protected: the add-in cannot replace it and says so before changing anything. */
export class SheetProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(`The sheet '${sheet}' is protected.`);
  }
}

type Target = {
  spec: SheetSpec;
  temp: Excel.Worksheet;
  old: Excel.Worksheet | null;
  protection: Excel.WorksheetProtection | null;
  width: number;
};

export async function writeWorkbookSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: WriteOptions,
): Promise<WriteResult> {
  const sources = new Set(options.sources.map((s) => s.toLowerCase()));
  for (const sheet of spec.sheets) if (sources.has(sheet.name.toLowerCase())) throw new WriteRefusedError(sheet.name);
  const newBatch = (): RequestBatch => new RequestBatch(context, options.budget);
  const sheets = context.workbook.worksheets;
  const batches: RequestBatch[] = [];
  const track = (b: RequestBatch): RequestBatch => (batches.push(b), b);

  // 1. Which output sheets and leftover temporary sheets exist.
  const probe = track(newBatch());
  await probe.reserve(2 * COST.object + 2 * COST.call + wireBytes(OUTPUTS_KEY));
  sheets.load('items/name');
  const recorded = context.workbook.settings.getItemOrNullObject(OUTPUTS_KEY).load('value');
  await probe.flush();
  const existing = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), ws]));

  // 2. The content, complete, in temporary sheets; the protection of the sheets to be replaced is read meanwhile.
  const batch = track(newBatch());
  const targets: Target[] = [];
  for (const sheetSpec of spec.sheets) {
    const tempName = tempSheetName(sheetSpec.name);
    existing.get(tempName.toLowerCase())?.delete();
    const old = existing.get(sheetSpec.name.toLowerCase()) ?? null;
    const protection = old ? old.protection : null;
    protection?.load('protected');
    await batch.reserve(COST.object + COST.call + 2 * wireBytes(tempName) + (old ? COST.subObject + COST.call : 0));
    const temp = sheets.add(tempName);
    const width = await writeContent(temp, sheetSpec, { file: options.file, notes: options.capabilities.notes }, batch);
    targets.push({ spec: sheetSpec, temp, old, protection, width });
  }
  await batch.flush();
  const locked = targets.find((t) => t.protection?.protected);
  if (locked) {
    for (const t of targets) t.temp.delete();
    await track(newBatch()).flush();
    throw new SheetProtectedError(locked.spec.name);
  }

  // 3. The swap, in one request: an earlier sheet keeps its identity and receives the new content. Clear and copy
  // "All", as Excel's Clear All and Paste All, take values, formats, merges, links and notes; column widths and
  // row heights they do not carry (step 4). Should the request fail, the complete new content is still in the
  // temporary sheets: the swap is tried once more, and if it fails again they stay for the next run to use.
  const swap = async (): Promise<void> => {
    const swapBatch = track(newBatch());
    for (const t of targets) {
      // Metered like every request (a replaced sheet: three ranges, a clear and a copy; a new one: its name).
      await swapBatch.reserve(
        t.old ? 3 * COST.object + 2 * COST.call + 2 * wireBytes(t.spec.name) + 60 : COST.call + wireBytes(t.spec.name),
      );
      if (t.old) {
        t.old.getRange().untrack().clear('All');
        const rows = Math.max(1, t.spec.rows.length);
        const cols = Math.max(1, t.width);
        t.old
          .getRangeByIndexes(0, 0, rows, cols)
          .untrack()
          .copyFrom(t.temp.getRangeByIndexes(0, 0, rows, cols).untrack(), 'All');
      } else {
        // Naming a sheet what it is already called changes nothing: the second try may repeat it.
        t.temp.name = t.spec.name;
      }
    }
    await swapBatch.flush();
  };
  try {
    await swap();
  } catch (e) {
    // A busy or throttling host: the whole write is tried again later (retry.ts), from step 1.
    if (isRetryable(e)) throw e;
    await swap();
  }

  // 4. Widths and heights on the final sheets (a copy does not carry them), temporary sheets removed, settings.
  const finals = targets.map((t) => ({ ...t, ws: t.old ?? t.temp }));
  const finish = track(newBatch());
  for (const t of finals) {
    if (t.old) t.temp.delete();
    await writeSizes(t.ws, t.spec, t.width > sheetWidth(t.spec), finish);
  }
  // Every output name written so far (the catalog sheet alone is written too, by the mapping step).
  const outputs = new Set([
    ...namesOf(recorded.isNullObject ? null : recorded.value),
    ...spec.sheets.map((s) => s.name),
  ]);
  const settings = { ...options.settings, [OUTPUTS_KEY]: JSON.stringify([...outputs]) };
  for (const [key, value] of Object.entries(settings)) {
    // add() returns the setting: an object of its own in the request.
    await finish.reserve(COST.object + wireBytes([key, value]));
    context.workbook.settings.add(key, value);
  }
  await finish.flush();

  // 5. The optional parts.
  const active = options.activate === undefined ? spec.sheets[0]?.name : options.activate;
  const parts = await writeParts(
    finals.map((t) => ({ ws: t.ws, spec: t.spec, active: t.spec.name === active })),
    options.parts ?? [],
    options.capabilities.supports,
    newBatch,
  );

  const written: WrittenSheet[] = targets.map((t) => ({
    name: t.spec.name,
    rows: t.spec.rows.length,
    cols: sheetWidth(t.spec),
    replaced: t.old !== null,
  }));
  const hasNotes = spec.sheets.some((s) => s.rows.some((r) => r.some((c) => c?.note)));
  return {
    sheets: written,
    notes: !hasNotes ? 'none' : options.capabilities.notes ? 'notes' : 'column',
    warnings: parts.warnings,
    syncs: batches.reduce((s, b) => s + b.syncs, 0) + parts.syncs,
    // The optional parts' requests come last, as they are sent.
    requests: [...batches.flatMap((b) => b.sent), ...parts.requests],
  };
}

/** Column widths by runs of equal width, row heights by areas of equal height, the notes column's width. */
async function writeSizes(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  notesColumn: boolean,
  batch: RequestBatch,
): Promise<void> {
  const runs = widthRuns(spec);
  if (notesColumn) runs.push({ col: sheetWidth(spec), cols: 1, width: NOTES_COLUMN_WIDTH });
  for (const run of runs) {
    await batch.reserve(COST.object + COST.subObject + COST.call);
    ws.getRangeByIndexes(0, run.col, 1, run.cols).untrack().format.columnWidth = widthToPoints(run.width);
  }
  for (const { height, addresses } of rowHeightAreas(spec)) {
    await batch.reserve(COST.object + COST.subObject + COST.call + addresses.length);
    ws.getRanges(addresses).untrack().format.rowHeight = height;
  }
}
