/// <reference lib="webworker" />
/* The engine in a Web Worker: the task pane stays responsive, and cancel terminates the worker. */
import { runDetect, runEngine, type DetectRequest, type EngineRequest } from './engine';
import type { WorkerMessage } from './worker-engine';

type Job = { kind: 'consolidate'; request: EngineRequest } | { kind: 'detect'; request: DetectRequest };

const post = (m: WorkerMessage): void => self.postMessage(m);

// Said at once, so the page knows the worker started (and falls back to the main thread if it never does).
post({ kind: 'ready' });

self.onmessage = (event: MessageEvent<Job>) => {
  try {
    const job = event.data;
    if (job.kind === 'detect') post({ kind: 'detected', results: runDetect(job.request) });
    else
      post({
        kind: 'done',
        out: runEngine(job.request, (fraction, stage) => post({ kind: 'progress', fraction, stage })),
      });
  } catch (e) {
    post({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
