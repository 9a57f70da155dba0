/**
 * The engine runners over a Web Worker (webpack bundles engine.worker.ts). When the page cannot start a worker,
 * or it fails to load, crashes, or falls silent, the job runs on the main thread instead and says so (a note the
 * pane shows): a run never hangs on a spinner. An error of the engine itself is an error, not a reason to retry.
 */
import type { DetectResult } from '../core/model';
import {
  CancelledError,
  inlineDetect,
  inlineEngine,
  type DetectRunner,
  type EngineOutput,
  type EngineRunner,
  type EngineStage,
  type MainThreadNote,
} from './engine';

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; fraction: number; stage: EngineStage }
  | { kind: 'done'; out: EngineOutput }
  | { kind: 'detected'; results: DetectResult[] }
  | { kind: 'failed'; message: string };

/** The part of Worker the runners use (tests give a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
};

export type WorkerEngineOptions = {
  /** Starts the worker (start-worker.ts); null or a throw when the page cannot. */
  createWorker: () => WorkerLike | null;
  /** How long a worker may take to say it started (its script must download and parse). */
  startTimeoutMs?: number;
  /** How long a started worker may stay silent before it is taken for dead (it reports progress often). */
  silenceTimeoutMs?: number;
};

class WorkerUnavailable extends Error {
  constructor(readonly note: MainThreadNote) {
    super(note.detail ?? note.reason);
  }
}

export function createWorkerEngine(options: WorkerEngineOptions): { run: EngineRunner; detect: DetectRunner } {
  const createWorker = options.createWorker;
  const startTimeoutMs = options.startTimeoutMs ?? 20_000;
  const silenceTimeoutMs = options.silenceTimeoutMs ?? 60_000;

  /** Runs one job in a fresh worker; rejects with WorkerUnavailable when the worker, not the engine, failed. */
  function inWorker<T>(
    job: unknown,
    onMessage: (m: WorkerMessage, resolve: (v: T) => void) => void,
    signal?: AbortSignal,
  ): Promise<T> {
    let worker: WorkerLike | null;
    try {
      worker = createWorker();
    } catch (e) {
      return Promise.reject(
        new WorkerUnavailable({
          kind: 'main-thread',
          reason: 'no-worker',
          detail: e instanceof Error ? e.message : String(e),
        }),
      );
    }
    if (!worker) return Promise.reject(new WorkerUnavailable({ kind: 'main-thread', reason: 'no-worker' }));
    const w = worker;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
        w.terminate();
      };
      const watch = (ms: number): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          finish();
          reject(new WorkerUnavailable({ kind: 'main-thread', reason: 'worker-silent' }));
        }, ms);
      };
      const cancel = (): void => {
        finish();
        reject(new CancelledError());
      };
      signal?.addEventListener('abort', cancel, { once: true });
      watch(startTimeoutMs);
      w.onmessage = (event) => {
        const m = event.data;
        watch(silenceTimeoutMs);
        if (m.kind === 'ready' || m.kind === 'progress') return onMessage(m, resolve);
        finish();
        if (m.kind === 'failed') reject(new Error(m.message));
        else onMessage(m, resolve);
      };
      w.onerror = (event) => {
        finish();
        reject(
          new WorkerUnavailable({ kind: 'main-thread', reason: 'worker-failed', detail: event.message || undefined }),
        );
      };
      w.onmessageerror = () => {
        finish();
        reject(new WorkerUnavailable({ kind: 'main-thread', reason: 'worker-failed', detail: 'messageerror' }));
      };
      w.postMessage(job);
    });
  }

  const run: EngineRunner = async (request, onProgress, signal) => {
    try {
      return await inWorker<EngineOutput>(
        { kind: 'consolidate', request },
        (m, resolve) => {
          if (m.kind === 'progress') onProgress(m.fraction, m.stage);
          if (m.kind === 'done') resolve(m.out);
        },
        signal,
      );
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      return { ...(await inlineEngine(request, onProgress, signal)), note: e.note };
    }
  };

  const detect: DetectRunner = async (request) => {
    try {
      return await inWorker<{ results: DetectResult[] }>({ kind: 'detect', request }, (m, resolve) => {
        if (m.kind === 'detected') resolve({ results: m.results });
      });
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      return { ...(await inlineDetect(request)), note: e.note };
    }
  };

  return { run, detect };
}
