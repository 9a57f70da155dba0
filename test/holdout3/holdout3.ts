/** The third hold-out corpus (scripts/make-holdout3.ts → corpus/), for holdout3.test.ts and report.ts. */
import { join } from 'node:path';
import type { HoldoutCorpus } from '../holdout-kit/evaluate';

export const HOLDOUT3: HoldoutCorpus = {
  name: 'Hold-out corpus 3 (Tuyên Quang – Hà Giang, 6 tháng đầu năm 2025)',
  dir: join(__dirname, 'corpus'),
};
