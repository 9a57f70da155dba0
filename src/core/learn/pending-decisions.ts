import type { IndicatorCandidate, CellRef, Summary } from '../model';
import { foldKey } from '../text';

/*
 * What a person has to decide after a run, grouped by wording across units: "Số hộ dân → Số hộ gia đình · 9 đơn vị"
 * is one decision, not nine. Likely matches (already applied) to confirm, and unmatched rows to map.
 */

export type PendingDecision = {
  /** The folded wording plus the proposal: one decision per group. */
  key: string;
  /** The wording as the first unit wrote it. */
  label: string;
  /** The indicator applied to a likely row (null for an unmatched one). */
  proposal: string | null;
  status: 'likely' | 'unmatched';
  places: { unit: string; cell: CellRef }[];
  candidates: IndicatorCandidate[];
  reason: string;
  reasonEn: string;
};

/**
 * Likely and unmatched rows of a run, one decision per wording and proposal, most units first.
 * @example pendingDecisions(summary)[0] // { label: 'Số hộ dân', proposal: 'households', status: 'likely', places: [9 units], ... }
 */
export function pendingDecisions(summary: Summary): PendingDecision[] {
  const byKey = new Map<string, PendingDecision>();
  for (const m of summary.mapping) {
    const status = m.indicatorId === null ? 'unmatched' : m.tier === 'likely' ? 'likely' : null;
    if (status === null) continue;
    const key = `${foldKey(m.label)}|${m.indicatorId ?? ''}`;
    const held = byKey.get(key);
    if (held) {
      if (
        !held.places.some(
          (p) => p.unit === m.unit && p.cell.address === m.cell.address && p.cell.sheet === m.cell.sheet,
        )
      )
        held.places.push({ unit: m.unit, cell: m.cell });
      continue;
    }
    byKey.set(key, {
      key,
      label: m.label,
      proposal: m.indicatorId,
      status,
      places: [{ unit: m.unit, cell: m.cell }],
      candidates: m.candidates,
      reason: m.reason,
      reasonEn: m.reasonEn,
    });
  }
  // Unmatched before likely (their figures are not in the totals yet), then the widest decisions first.
  return [...byKey.values()].sort(
    (a, b) => Number(a.status === 'likely') - Number(b.status === 'likely') || b.places.length - a.places.length,
  );
}
