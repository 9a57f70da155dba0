/** The engine runner over a Web Worker (webpack bundles engine.worker.ts); falls back to inline without Worker. */
import { CancelledError, inlineEngine, type EngineOutput, type EngineRunner, type EngineStage } from './engine';

type Message = { kind: 'progress'; fraction: number; stage: EngineStage } | { kind: 'done'; out: EngineOutput } | { kind: 'failed'; message: string };

export const workerEngine: EngineRunner = (request, onProgress, signal) => {
  if (typeof Worker === 'undefined') return inlineEngine(request, onProgress, signal);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url));
  } catch {
    return inlineEngine(request, onProgress, signal);
  }
  return new Promise<EngineOutput>((resolve, reject) => {
    const stop = (): void => {
      worker.terminate();
      reject(new CancelledError());
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<Message>) => {
      const m = event.data;
      if (m.kind === 'progress') return onProgress(m.fraction, m.stage);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      if (m.kind === 'done') resolve(m.out);
      else reject(new Error(m.message));
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    worker.postMessage(request);
  });
};
