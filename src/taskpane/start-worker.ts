/** The engine's Web Worker, as webpack bundles it (apart from worker-engine.ts, so tests can load that one). */
import { createWorkerEngine, type WorkerLike } from './worker-engine';

export const startEngineWorker = (): WorkerLike | null =>
  typeof Worker === 'undefined' ? null : new Worker(new URL('./engine.worker.ts', import.meta.url));

/** The runners the task pane and the preview use. */
export const { run: workerEngine, detect: workerDetect } = createWorkerEngine({ createWorker: startEngineWorker });
