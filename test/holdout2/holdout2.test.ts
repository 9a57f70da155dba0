/**
 * Second hold-out corpus (scripts/make-holdout2.ts → test/holdout2/corpus): Vĩnh Long wards and communes, "năm 2025",
 * written in styles the first hold-out did not cover. The standard tests (test/holdout-kit/describe-holdout.ts)
 * assert what the engine must never do; this corpus adds the resend and period checks a reviewer expects.
 * Recall is printed by `npx tsx test/holdout2/report.ts`.
 */
import { describeHoldout, type KnownFailures } from '../holdout-kit/describe-holdout';
import { HOLDOUT2 } from './holdout2';

/** Known never-events, by root cause (see test/holdout2/README.md). */
const KNOWN: KnownFailures = {
  // Fixed since the corpus was written: a resent report titled "(BẢN ĐIỀU CHỈNH)" / "Thay thế ..." now wins over the
  // first version (consolidate.ts detectUnits ranks revisions and later signing dates first); a unit named only in
  // the file name ("BC_UBND_Phuong_7") or only in the signature ("TM. UBND XÃ CÁI NHUM") is recognised.
};

describeHoldout(HOLDOUT2, {
  known: KNOWN,
  recallFloor: { min: 0.75, measured: '78 % on 2026-11-23' },
  checks: (result) => {
    test('a resent report is never merged silently: a duplicate_conflict error names both sheets', () => {
      const dup = result().report.issues.filter(
        (i) => i.code === 'duplicate_conflict' && i.unit === 'Xã Hòa Hiệp' && i.severity === 'error',
      );
      expect(dup).toHaveLength(1);
      expect(dup[0].message).toContain('2026-01-08 BC xa Hoa Hiep.xlsx');
      expect(dup[0].message).toContain('(dieu chinh)');
    });

    test('the quarter report in the annual round is flagged period_mismatch', () => {
      expect(result().report.issues.some((i) => i.code === 'period_mismatch' && i.unit === 'Xã Quới Thiện')).toBe(true);
    });
  },
});
