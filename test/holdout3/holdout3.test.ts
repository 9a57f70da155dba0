/**
 * Third hold-out corpus (scripts/make-holdout3.ts → test/holdout3/corpus): communes and wards of Tuyên Quang (with
 * former Hà Giang) after the 2025 reform, "6 tháng đầu năm 2025", written without reading the engine's aliases or
 * detection rules. Asserts only what the engine must never do: a wrong figure, a wrong indicator match, a unit
 * mis-recognised, read from the wrong sheet or invented. Recall is printed by `npx tsx test/holdout3/report.ts`.
 *
 * KNOWN lists the never-events found when the corpus was written, by root cause (see test/holdout3/README.md). They
 * are findings for the engine's owners, not accepted behaviour: each cause has a `test.failing` that asserts it is
 * gone, so the suite stays green today and tells whoever fixes it to delete its entries here.
 */
import { evaluate3, findingKey, type Evaluation3, type FindingKind } from './evaluate3';

const NEVER: FindingKind[] = ['wrong_figure', 'phantom_figure', 'wrong_match', 'unit_wrong', 'unit_wrong_source', 'unit_extra'];

/** Known never-events, by root cause. */
const KNOWN: Record<string, string[]> = {
  // Fixed since the corpus was written: the too-general alias «Thuê bao Internet» is gone from fixed broadband, so
  // "Tổng số thuê bao Internet" (fixed + mobile) is no longer taken for it; a culture sheet never replaces the ICT
  // report; an empty "Số liệu kỳ báo cáo" column gives way to the filled "Lũy kế" one; "(3G/4G)" reads as all of
  // mobile broadband.
};

let result: Evaluation3;
const keysOf = (kinds: FindingKind[]): string[] => result.findings.filter((f) => kinds.includes(f.kind)).map(findingKey);

beforeAll(async () => {
  result = await evaluate3();
}, 180_000);

describe('hold-out corpus 3 (Tuyên Quang – Hà Giang, 6 tháng đầu năm 2025)', () => {
  test('the command line consolidates the corpus (exit 0)', () => {
    expect(result.exitCode).toBe(0);
    expect(result.report.version).toBe(1);
  });

  test('no wrong figure, no wrong match, no unit mis-recognised — beyond the known failures', () => {
    const known = new Set(Object.values(KNOWN).flat());
    const unexpected = result.findings.filter((f) => NEVER.includes(f.kind) && !known.has(findingKey(f)));
    expect(unexpected.map((f) => `${findingKey(f)} — ${f.detail}`)).toEqual([]);
  });

  test('communes that sent nothing are not reported present', () => {
    const names = result.report.units.map((u) => u.name);
    for (const missing of result.expected.missingUnits) expect(names).not.toContain(missing);
  });

  test('the known-failure list is current (every entry still occurs, or its whole group was fixed)', () => {
    const now = new Set(keysOf(NEVER));
    for (const [cause, keys] of Object.entries(KNOWN)) {
      const present = keys.filter((k) => now.has(k)).length;
      expect([0, keys.length]).toContain(present);
      if (present === 0) process.stdout.write(`hold-out 3: known failure "${cause}" no longer occurs — remove it from KNOWN\n`);
    }
  });

  for (const [cause, keys] of Object.entries(KNOWN)) {
    test.failing(`known failure fixed: ${cause}`, () => {
      const now = new Set(keysOf(NEVER));
      expect(keys.filter((k) => now.has(k))).toEqual([]);
    });
  }
});
