/**
 * The standard jest tests of a hold-out corpus. They assert only what the engine must never do (NEVER in
 * evaluate.ts: a wrong figure, a wrong indicator match, a unit mis-recognised, read from the wrong sheet or invented),
 * plus an optional recall floor; recall itself is printed by print-report.ts.
 *
 * `known` lists the never-events found when a corpus was written, by root cause (keys from `findingKey`). They are
 * findings for the engine's owners, not accepted behaviour: each cause also gets a `test.failing` that asserts it is
 * gone, so the suite stays green today and tells whoever fixes a cause to delete its entries.
 */
import { evaluateCorpus, findingKey, NEVER, type Evaluation, type HoldoutCorpus } from './evaluate';

/** Known never-events: root cause → finding keys. */
export type KnownFailures = Record<string, string[]>;

export type HoldoutSuite = {
  known: KnownFailures;
  /** Every unit must be recognised and figure recall stay at or above `min` (0..1); `measured` says what was measured when. */
  recallFloor?: { min: number; measured: string };
  /** Tests specific to the corpus (its expected issues), declared inside its describe; `result()` is the evaluation. */
  checks?: (result: () => Evaluation) => void;
};

export function describeHoldout(corpus: HoldoutCorpus, suite: HoldoutSuite): void {
  let evaluation: Evaluation | undefined;
  const result = (): Evaluation => {
    if (!evaluation) throw new Error(`${corpus.name}: the evaluation did not run (see beforeAll)`);
    return evaluation;
  };
  const neverKeys = (): Set<string> =>
    new Set(
      result()
        .findings.filter((f) => NEVER.includes(f.kind))
        .map(findingKey),
    );

  beforeAll(async () => {
    evaluation = await evaluateCorpus(corpus.dir);
  }, 180_000);

  describe(corpus.name, () => {
    test('the command line consolidates the corpus (exit 0)', () => {
      expect(result().exitCode).toBe(0);
      expect(result().report.version).toBe(1);
    });

    test('no wrong figure, no wrong match, no unit mis-recognised — beyond the known failures', () => {
      const known = new Set(Object.values(suite.known).flat());
      const unexpected = result().findings.filter((f) => NEVER.includes(f.kind) && !known.has(findingKey(f)));
      expect(unexpected.map((f) => `${findingKey(f)} — ${f.detail}`)).toEqual([]);
    });

    const floor = suite.recallFloor;
    if (floor) {
      test(`every unit is recognised and recall does not fall below ${Math.round(floor.min * 100)} % (measured ${floor.measured})`, () => {
        const { units, figures } = result();
        expect(units).toMatchObject({ right: units.total, wrong: 0, missing: 0, extra: 0 });
        expect(figures.right / figures.expected).toBeGreaterThanOrEqual(floor.min);
      });
    }

    test('units that sent nothing are not reported present', () => {
      const names = result().report.units.map((u) => u.name);
      for (const missing of result().expected.missingUnits) expect(names).not.toContain(missing);
    });

    suite.checks?.(result);

    test('the known-failure list is current (every entry still occurs, or its whole group was fixed)', () => {
      // Entries that no longer occur are fine only together with their whole group (a fix); a partial change means
      // the corpus or the engine moved and the list must be re-read.
      const now = neverKeys();
      for (const [cause, keys] of Object.entries(suite.known)) {
        const present = keys.filter((k) => now.has(k)).length;
        expect([0, keys.length]).toContain(present);
        if (present === 0)
          process.stdout.write(`${corpus.name}: known failure "${cause}" no longer occurs — remove it from KNOWN\n`);
      }
    });

    for (const [cause, keys] of Object.entries(suite.known)) {
      test.failing(`known failure fixed: ${cause}`, () => {
        const now = neverKeys();
        expect(keys.filter((k) => now.has(k))).toEqual([]);
      });
    }
  });
}
