/** The pane's controller over the in-memory workbook: fresh reads at every run, and the engine's worker failing. */
import { createController, type Choice } from '../../src/taskpane/controller';
import { inlineDetect, inlineEngine } from '../../src/taskpane/engine';
import { createWorkerEngine, type WorkerLike, type WorkerMessage } from '../../src/taskpane/worker-engine';
import { runDetect, runEngine, type MainThreadNote } from '../../src/taskpane/engine';
import { createMemoryExcel, type MemoryExcel } from '../../src/excel/memory/excel';
import { cellKey, sheetFromRows } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { emptySettings } from '../../src/excel/types';
import { report } from './render-app';

const choice: Choice = {
  excluded: new Set(),
  settings: emptySettings,
  previousSheet: '',
  lang: 'vi',
  generatedAt: '2022-07-15',
};

function setup(engine = inlineEngine, detect = inlineDetect) {
  const excel = createMemoryExcel([
    sheetFromRows('Bù Đốp', report('Huyện Bù Đốp', 45)),
    sheetFromRows('Lộc Ninh', report('Huyện Lộc Ninh', 30)),
  ]);
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported),
    outputSheets: ['Tổng hợp', 'Kiểm tra', 'Đối chiếu', 'Nguồn'],
  });
  return { excel, workbook, controller: createController({ workbook, engine, detect }) };
}

const bts = (outcome: Awaited<ReturnType<ReturnType<typeof createController>['run']>>, unit: string) =>
  outcome.out.result.summary.rows.find((r) => r.indicator.id === 'bts_stations')?.values[unit]?.value;

/** The BTS figure of Bù Đốp is in D4 of its sheet (row 3, column 3). */
const fixFigure = (excel: MemoryExcel, value: number) => excel.findSheet('Bù Đốp')!.cells.set(cellKey(3, 3), { value });

describe('a run reads the workbook again', () => {
  it('consolidates a figure fixed after the pane opened, and says which sheet changed since the last run', async () => {
    const { excel, controller } = setup();
    const loaded = await controller.load();
    const first = await controller.run(choice, () => undefined, new AbortController().signal);
    expect(bts(first, 'Huyện Bù Đốp')).toBe(45);
    expect(first.changes).toBeNull();
    const held45 = [...excel.findSheet('Tổng hợp')!.cells].filter(([, c]) => c.value === 45).map(([k]) => k);

    fixFigure(excel, 54);
    // The pane still holds the read from when it opened…
    expect(loaded.read.grids[0].values[3][3]).toBe(45);
    // …but the run reads again.
    const second = await controller.run(choice, () => undefined, new AbortController().signal);
    expect(bts(second, 'Huyện Bù Đốp')).toBe(54);
    expect(second.changes).toEqual({ changed: ['Bù Đốp'], added: [], removed: [] });
    const summary = excel.findSheet('Tổng hợp')!;
    expect(held45.some((key) => summary.cells.get(key)?.value === 54)).toBe(true);
  });

  it('remembers the last run in the workbook: a pane opened later says what changed before it runs', async () => {
    const { excel, workbook, controller } = setup();
    await controller.load();
    await controller.run(choice, () => undefined, new AbortController().signal);
    fixFigure(excel, 60);
    excel.state.sheets.push(sheetFromRows('Hớn Quản', report('Huyện Hớn Quản', 12)));
    const later = createController({ workbook, engine: inlineEngine, detect: inlineDetect });
    const loaded = await later.load();
    expect(later.pendingChanges(loaded, new Set())).toEqual({ changed: ['Bù Đốp'], added: ['Hớn Quản'], removed: [] });
    expect(later.pendingChanges(loaded, new Set(['Bù Đốp', 'Hớn Quản']))).toEqual({
      changed: [],
      added: [],
      removed: ['Bù Đốp'],
    });
  });
});

/** A worker that behaves as told: works (runs the engine here), fails to load, dies, or never answers. */
function fakeWorker(mode: 'works' | 'fails' | 'silent' | 'engine-error'): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: () => undefined,
    postMessage: (job: { kind: string; request: never }) => {
      const say = (m: WorkerMessage) =>
        setTimeout(() => worker.onmessage?.({ data: m } as MessageEvent<WorkerMessage>), 0);
      if (mode === 'silent') return;
      if (mode === 'fails')
        return setTimeout(() => worker.onerror?.({ message: 'Failed to load worker script' } as ErrorEvent), 0);
      say({ kind: 'ready' });
      if (mode === 'engine-error') return say({ kind: 'failed', message: 'the engine broke' });
      if (job.kind === 'detect') say({ kind: 'detected', results: runDetect(job.request) });
      else say({ kind: 'done', out: runEngine(job.request, () => undefined) });
    },
  };
  return worker;
}

describe('the engine in a Web Worker', () => {
  const runWith = async (createWorker: () => WorkerLike | null) => {
    const engine = createWorkerEngine({ createWorker, startTimeoutMs: 50, silenceTimeoutMs: 50 });
    const { controller, excel } = setup(engine.run, engine.detect);
    const loaded = await controller.load();
    const outcome = await controller.run(choice, () => undefined, new AbortController().signal);
    return { loaded, outcome, excel };
  };

  it('runs in the worker when it starts, without a note', async () => {
    const { loaded, outcome } = await runWith(() => fakeWorker('works'));
    expect(loaded.note).toBeUndefined();
    expect(outcome.out.note).toBeUndefined();
    expect(bts(outcome, 'Huyện Bù Đốp')).toBe(45);
  });

  const failures: [string, () => WorkerLike | null, MainThreadNote['reason']][] = [
    ['cannot be started', () => null, 'no-worker'],
    [
      'throws when started',
      () => {
        throw new Error('blocked by the page');
      },
      'no-worker',
    ],
    ['fails to load', () => fakeWorker('fails'), 'worker-failed'],
    ['never answers', () => fakeWorker('silent'), 'worker-silent'],
  ];
  it.each(failures)(
    'falls back to the main thread with a note when the worker %s',
    async (_what, createWorker, reason) => {
      const { loaded, outcome, excel } = await runWith(createWorker);
      expect(loaded.note).toMatchObject({ kind: 'main-thread', reason });
      expect(outcome.out.note).toMatchObject({ kind: 'main-thread', reason });
      expect(bts(outcome, 'Huyện Bù Đốp')).toBe(45);
      expect(excel.findSheet('Tổng hợp')).not.toBeNull();
    },
  );

  it('reports an error of the engine itself as an error, without running it twice', async () => {
    const engine = createWorkerEngine({
      createWorker: () => fakeWorker('engine-error'),
      startTimeoutMs: 50,
      silenceTimeoutMs: 50,
    });
    const { controller } = setup(engine.run, inlineDetect);
    await controller.load();
    await expect(controller.run(choice, () => undefined, new AbortController().signal)).rejects.toThrow(
      'the engine broke',
    );
  });
});
