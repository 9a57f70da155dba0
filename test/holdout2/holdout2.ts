/** The second hold-out corpus (scripts/make-holdout2.ts → corpus/), for holdout2.test.ts and report.ts. */
import { join } from 'node:path';
import type { HoldoutCorpus } from '../holdout-kit/evaluate';

export const HOLDOUT2: HoldoutCorpus = {
  name: 'Hold-out corpus 2 (Vĩnh Long, năm 2025)',
  dir: join(__dirname, 'corpus'),
  noFigureRows: 'unreadable rows ("Đạt", "Hoàn thành")',
};
