/**
 * The reading corpus (scripts/make-reading-corpus.ts → test/reading/corpus): 43 layouts as offices write them, each
 * consolidated alone with its department catalog and period. Every figure must be right (value, source cell, mark),
 * none wrong, and every sheet that is no report skipped with its reason. `npx tsx test/reading/report.ts` prints it.
 */
import { join } from 'node:path';
import { describeEvaluation, evaluatedBeforeAll } from '../reading-kit/evaluate';

const result = evaluatedBeforeAll(join(__dirname, 'corpus'), 'the reading corpus');

describe('the reading corpus', () => {
  test('holds at least 40 layouts', () => {
    expect(result().layouts).toBeGreaterThanOrEqual(40);
  });

  test('every figure is right and none is wrong', () => {
    const { figures } = result();
    expect(
      result()
        .failures.filter((f) => f.kind !== 'skip_reason' && f.kind !== 'taken_as_report')
        .map((f) => f.detail),
    ).toEqual([]);
    expect(figures).toMatchObject({ wrong: 0, missing: 0, right: figures.expected });
  });

  test('every sheet that is no report is skipped, with its reason in Nguồn', () => {
    const { sheets } = result();
    expect(
      result()
        .failures.filter((f) => f.kind === 'skip_reason' || f.kind === 'taken_as_report')
        .map((f) => f.detail),
    ).toEqual([]);
    expect(sheets.skippedRight).toBe(sheets.skippedExpected);
    expect(sheets.reportsRead).toBe(sheets.reports);
  });

  afterAll(() => {
    process.stdout.write(`${describeEvaluation('reading corpus', result()).split('\n').slice(0, 5).join('\n')}\n`);
  });
});
