/**
 * The reading hold-out (scripts/make-reading-holdout.ts → test/reading-holdout/corpus), written before the reading
 * rules were tuned and never tuned against. First measured on 2026-11-24: 65/65 figures right, 0 wrong, 9/9
 * non-report sheets skipped with their reason (see README.md). `npx tsx test/reading-holdout/report.ts` prints it.
 */
import { join } from 'node:path';
import { evaluatedBeforeAll, NEVER } from '../reading-kit/evaluate';

const result = evaluatedBeforeAll(join(__dirname, 'corpus'), 'the reading hold-out');

describe('the reading hold-out', () => {
  test('no wrong or unflagged figure, no sheet that is no report taken as a unit', () => {
    expect(
      result()
        .failures.filter((f) => NEVER.includes(f.kind))
        .map((f) => f.detail),
    ).toEqual([]);
  });

  test('every figure is read and every sheet that is no report skipped with its reason, as first measured', () => {
    const { figures, sheets } = result();
    expect(figures).toMatchObject({ expected: 65, right: 65, wrong: 0, missing: 0 });
    expect(sheets).toMatchObject({ reports: 11, reportsRead: 11, skippedExpected: 9, skippedRight: 9 });
  });
});
