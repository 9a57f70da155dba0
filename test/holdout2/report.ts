/**
 * Prints the second hold-out measurement (test/holdout-kit/print-report.ts), with the expected issues and what the
 * engine did with the resent report. Run with `npx tsx test/holdout2/report.ts` (regenerate first with
 * `npx tsx scripts/make-holdout2.ts`).
 */
import { printReport } from '../holdout-kit/print-report';
import { HOLDOUT2 } from './holdout2';

printReport(HOLDOUT2);
