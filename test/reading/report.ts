/** Prints the reading corpus's measurement: `npx tsx test/reading/report.ts`. */
import { join } from 'node:path';
import { describeEvaluation, evaluateReading } from '../reading-kit/evaluate';

void evaluateReading(join(__dirname, 'corpus')).then((e) =>
  process.stdout.write(`${describeEvaluation('reading corpus', e)}\n`),
);
