/**
 * Prints the third hold-out measurement (test/holdout-kit/print-report.ts), with the expected issues. Run with
 * `npx tsx test/holdout3/report.ts` (regenerate first with `npx tsx scripts/make-holdout3.ts`).
 */
import { printReport } from '../holdout-kit/print-report';
import { HOLDOUT3 } from './holdout3';

printReport(HOLDOUT3);
