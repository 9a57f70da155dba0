/**
 * Runs the engine (detect, or consolidate + render) away from the UI's click handlers: in a Web Worker when the
 * page can start one (worker-engine.ts), or inline after yielding to the browser so the progress bar shows.
 */
import { consolidate, detectOptionsForUnits } from '../core/consolidate';
import { detectReport } from '../core/detect';
import { renderWorkbook, type RenderOptions } from '../core/render';
import type { Catalog, ConsolidationResult, DetectResult, Grid, PreviousPeriod, WorkbookSpec } from '../core/model';

export type EngineStage = 'detect' | 'match' | 'merge' | 'check' | 'render';

export type EngineRequest = {
  grids: Grid[];
  catalog: Catalog;
  expectedUnits: string[];
  /** The province chosen: the gazetteer's units when no list is pasted. */
  province?: string;
  era?: 'before' | 'since';
  period?: string;
  /** An earlier period's summary found in the workbook, when the user chose one. */
  previous?: PreviousPeriod;
  render: RenderOptions;
};

/** Why the engine ran on the main thread instead of a Web Worker (shown to the user, who may see the pane stall). */
export type MainThreadNote = {
  kind: 'main-thread';
  reason: 'no-worker' | 'worker-failed' | 'worker-silent';
  detail?: string;
};

export type EngineOutput = { result: ConsolidationResult; spec: WorkbookSpec; note?: MainThreadNote };

export type EngineRunner = (
  request: EngineRequest,
  onProgress: (fraction: number, stage: EngineStage) => void,
  signal: AbortSignal,
) => Promise<EngineOutput>;

/** What the sheets' units are recognised against: the pasted list, or the province's units for the period. */
export type UnitsChoice = { expectedUnits: string[]; province?: string; era?: 'before' | 'since'; period?: string };

export type DetectRequest = { grids: Grid[]; units: UnitsChoice };
export type DetectOutput = { results: DetectResult[]; note?: MainThreadNote };
/** Recognises which sheets are unit reports (the Sources step's list). */
export type DetectRunner = (request: DetectRequest) => Promise<DetectOutput>;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The engine's work, shared by the inline runner and the worker. Stage weights make one 0..1 progress. */
export function runEngine(
  request: EngineRequest,
  onProgress: (fraction: number, stage: EngineStage) => void,
): EngineOutput {
  const base: Record<EngineStage, [number, number]> = {
    detect: [0, 0.6],
    match: [0.6, 0.75],
    merge: [0.75, 0.85],
    check: [0.85, 0.95],
    render: [0.95, 1],
  };
  const result = consolidate(request.grids, {
    catalog: request.catalog,
    expectedUnits: request.expectedUnits.length ? request.expectedUnits : undefined,
    province: request.province,
    era: request.era,
    period: request.period || undefined,
    previous: request.previous,
    onProgress: (f, stage) => onProgress(base[stage][0] + f * (base[stage][1] - base[stage][0]), stage),
  });
  onProgress(0.95, 'render');
  const spec = renderWorkbook(result, request.render);
  onProgress(1, 'render');
  return { result, spec };
}

export function runDetect(request: DetectRequest): DetectResult[] {
  const { expectedUnits, province, era, period } = request.units;
  const options = detectOptionsForUnits({
    expectedUnits: expectedUnits.length ? expectedUnits : undefined,
    province: province || undefined,
    era,
    period: period || undefined,
  });
  return request.grids.map((grid) => detectReport(grid, options));
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Inline runner: yields once so the UI paints "running", then runs; cancel is honoured before and after. */
export const inlineEngine: EngineRunner = async (request, onProgress, signal) => {
  onProgress(0, 'detect');
  await nextFrame();
  if (signal.aborted) throw new CancelledError();
  const out = runEngine(request, onProgress);
  await nextFrame();
  if (signal.aborted) throw new CancelledError();
  return out;
};

export const inlineDetect: DetectRunner = async (request) => {
  await nextFrame();
  return { results: runDetect(request) };
};
