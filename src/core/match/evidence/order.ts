import type { Evidence } from '../../model';
import { WEIGHTS } from '../weights';

/*
 * Units fill the department's template, so its order holds in their reports: the rows matched surely above and below
 * an undecided row anchor it, and the indicators the template has between those two are what it most likely is.
 */

/** A surely matched row: its place in the report and its indicator's place in the catalog. */
export type Anchor = { row: number; order: number; name: string };

/** Anchors this many or more, mostly in the template's order, before the order says anything. */
const MIN_ANCHORS = 3;
const IN_ORDER_SHARE = 0.75;

/** Keeps the anchors when the report follows the template's order; none when it does not. */
export function usableAnchors(anchors: Anchor[]): Anchor[] {
  if (anchors.length < MIN_ANCHORS) return [];
  let rising = 0;
  for (let i = 1; i < anchors.length; i++) if (anchors[i].order > anchors[i - 1].order) rising += 1;
  return rising >= IN_ORDER_SHARE * (anchors.length - 1) ? anchors : [];
}

/**
 * Evidence from the template's order for one indicator of an undecided row, or null.
 * `freeBetween`: how many indicators of the catalog lie between two places and are not yet taken in this report;
 * `taken`: another row of the report holds this indicator.
 * @example orderEvidence(anchors, 7, 5, () => 1, false)?.weight // 2.5: the only free indicator between rows matched surely
 */
export function orderEvidence(
  anchors: Anchor[],
  row: number,
  order: number,
  freeBetween: (from: number, to: number) => number,
  taken: boolean,
): Evidence | null {
  // An indicator another row of the report already holds is no place for this one, whatever the order says.
  if (anchors.length === 0 || taken) return null;
  let above: Anchor | undefined;
  let below: Anchor | undefined;
  for (const anchor of anchors) {
    if (anchor.row < row) above = anchor;
    else if (anchor.row > row && !below) below = anchor;
  }
  if (!above || !below || below.order <= above.order) return null;
  const between = `giữa «${above.name}» và «${below.name}»`;
  const betweenEn = `between "${above.name}" and "${below.name}"`;
  if (order > above.order && order < below.order) {
    const slot = below.row - above.row === 2 && freeBetween(above.order, below.order) === 1;
    return slot
      ? {
          kind: 'order',
          weight: WEIGHTS.orderSlot,
          vi: `đúng chỗ trống duy nhất của mẫu, ${between}`,
          en: `the only gap left in the template, ${betweenEn}`,
        }
      : {
          kind: 'order',
          weight: WEIGHTS.orderBetween,
          vi: `đúng thứ tự của mẫu, ${between}`,
          en: `in the template’s order, ${betweenEn}`,
        };
  }
  return {
    kind: 'order',
    weight: WEIGHTS.orderOutside,
    vi: `ngoài thứ tự của mẫu (dòng nằm ${between})`,
    en: `out of the template’s order (the row is ${betweenEn})`,
  };
}
