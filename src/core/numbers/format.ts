/**
 * Writes a number the Vietnamese way: "." groups thousands, "," marks decimals; `decimals` fixes the places.
 * @example formatVietnamese(1234567.5) // "1.234.567,5"
 * @example formatVietnamese(16.2, 2) // "16,20"
 */
export function formatVietnamese(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return '';
  const fixed = decimals === undefined ? plain(n) : n.toFixed(Math.max(0, Math.min(20, Math.floor(decimals))));
  const negative = fixed.startsWith('-');
  const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const body = fracPart ? `${grouped},${fracPart}` : grouped;
  // "-0" after rounding is just 0.
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Plain decimal digits, no exponent (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"). */
function plain(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa, expText] = s.split(/e/i);
  const exp = Number(expText);
  const negative = mantissa.startsWith('-');
  const [i, f = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = i + f;
  const point = i.length + exp;
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}
