/** Prints the reading hold-out's measurement: `npx tsx test/reading-holdout/report.ts`. */
import { join } from 'node:path';
import { describeEvaluation, evaluateReading } from '../reading-kit/evaluate';

void evaluateReading(join(__dirname, 'corpus')).then((e) =>
  process.stdout.write(`${describeEvaluation('reading hold-out', e)}\n`),
);
