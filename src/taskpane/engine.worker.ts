/// <reference lib="webworker" />
/* The engine in a Web Worker: the task pane stays responsive, and cancel terminates the worker. */
import { runEngine, type EngineRequest } from './engine';

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  try {
    const out = runEngine(event.data, (fraction, stage) => self.postMessage({ kind: 'progress', fraction, stage }));
    self.postMessage({ kind: 'done', out });
  } catch (e) {
    self.postMessage({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
