/** The first hold-out corpus (scripts/make-holdout.ts → corpus/), for holdout.test.ts and report.ts. */
import { join } from 'node:path';
import type { HoldoutCorpus } from '../holdout-kit/evaluate';

export const HOLDOUT: HoldoutCorpus = {
  name: 'Hold-out corpus',
  dir: join(__dirname, 'corpus'),
  noFigureRows: 'placeholder rows ("-", "x", "Chưa thống kê"...)',
};
