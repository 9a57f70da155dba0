/**
 * Prints the hold-out measurement (test/holdout-kit/print-report.ts). Run with `npx tsx test/holdout/report.ts`
 * (regenerate the corpus first with `npx tsx scripts/make-holdout.ts` if the generator changed).
 */
import { printReport } from '../holdout-kit/print-report';
import { HOLDOUT } from './holdout';

printReport(HOLDOUT);
