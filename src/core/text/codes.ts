/** String.fromCharCode takes its codes as arguments: a typed array goes through apply, in slices for long texts. */
const SLICE = 4096;

/**
 * The string of UTF-16 code units; for the table-driven folds, which build their output as codes.
 * @example stringOfCodes(new Uint16Array([0x42, 0x54, 0x53])) // "BTS"
 */
export function stringOfCodes(codes: Uint16Array): string {
  if (codes.length <= SLICE) return String.fromCharCode.apply(null, codes as unknown as number[]);
  let text = '';
  for (let i = 0; i < codes.length; i += SLICE)
    text += String.fromCharCode.apply(null, codes.subarray(i, i + SLICE) as unknown as number[]);
  return text;
}
