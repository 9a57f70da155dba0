import type { Evidence, Indicator } from '../../model';
import { formatVietnamese } from '../../numbers';
import { WEIGHTS } from '../weights';

/*
 * What the other units' reports say about a row: the same wording matched surely elsewhere is the same indicator
 * here, and a figure a thousand times off every other unit's is probably another indicator (a population is not 12).
 */

/** Sure decisions of every report, by wording: wording key → indicator → how many reports. */
export type Consensus = Map<string, Map<string, number>>;

/** Sure figures of every report, per indicator: log₁₀ of each positive figure, sorted. */
export type SizeTable = Map<string, number[]>;

export function addToConsensus(consensus: Consensus, key: string, id: string): void {
  let ids = consensus.get(key);
  if (!ids) consensus.set(key, (ids = new Map()));
  ids.set(id, (ids.get(id) ?? 0) + 1);
}

/** Reports that must agree before the wording counts as evidence, and the share of them that must. */
const CONSENSUS_REPORTS = 2;
const CONSENSUS_SHARE = 2 / 3;

/**
 * Evidence that other units wrote this wording for this indicator, or null.
 * @example peersEvidence(consensus, 'so ho dan', 'households')?.weight // 1.5
 */
export function peersEvidence(consensus: Consensus, key: string, id: string): Evidence | null {
  const ids = consensus.get(key);
  if (!ids) return null;
  const count = ids.get(id) ?? 0;
  let all = 0;
  for (const n of ids.values()) all += n;
  if (count < CONSENSUS_REPORTS || count < CONSENSUS_SHARE * all) return null;
  return {
    kind: 'peers',
    weight: WEIGHTS.peersAgree,
    vi: `cách ghi này đã khớp chắc chắn với chỉ tiêu ở ${count} báo cáo khác`,
    en: `this wording matched the indicator surely in ${count} other reports`,
  };
}

/** Figures needed from other units before a size says anything. */
const SIZE_PEERS = 3;

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Evidence against an indicator whose other units report figures a hundred or a thousand times this one, or null.
 * A figure of the usual size is no evidence for an indicator: neighbouring indicators often are of one size.
 * @example sizeEvidence(sizes, 12, population)?.weight // -4 when the other units report about 40,000
 */
export function sizeEvidence(sizes: SizeTable, value: number | null, indicator: Indicator): Evidence | null {
  if (value === null || !(value > 0)) return null;
  const peers = sizes.get(indicator.id);
  if (!peers || peers.length < SIZE_PEERS) return null;
  const middle = median(peers);
  const distance = Math.log10(value) - middle;
  const off = Math.abs(distance);
  const typical = formatVietnamese(Math.round(10 ** middle));
  if (off < 2) return null;
  const times = off >= 3 ? '1.000' : '100';
  const direction = distance < 0 ? { vi: 'nhỏ hơn', en: 'smaller' } : { vi: 'lớn hơn', en: 'larger' };
  return {
    kind: 'size',
    weight: off >= 3 ? WEIGHTS.sizeVeryFar : WEIGHTS.sizeFar,
    vi: `số liệu ${direction.vi} khoảng ${times} lần so với các đơn vị khác (khoảng ${typical})`,
    en: `a figure about ${times.replace('.', ',')} times ${direction.en} than other units’ (about ${typical})`,
  };
}
