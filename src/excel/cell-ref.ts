import { parseAddress } from '../core/address/address';

/**
 * "file#Sheet 1!B17" or "Sheet 1!B17" → sheet and 0-based cell; null when not a cell reference.
 * Sheet names may hold "#" and "!", so the address is after the last "!", and the file (when `file` is
 * known) is stripped as a prefix.
 * @example parseCellRef("bc.xlsx#Bù Đốp!C7", "bc.xlsx") // { sheet: "Bù Đốp", address: "C7", row: 6, col: 2 }
 */
export function parseCellRef(
  ref: string,
  file?: string,
): { sheet: string; address: string; row: number; col: number } | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  let sheetPart = ref.slice(0, bang);
  if (file && sheetPart.startsWith(`${file}#`)) sheetPart = sheetPart.slice(file.length + 1);
  else if (sheetPart.includes('#')) sheetPart = sheetPart.slice(sheetPart.indexOf('#') + 1);
  const sheet = sheetPart.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const address = ref.slice(bang + 1).replace(/\$/g, '');
  const cell = parseAddress(address);
  return cell && sheet ? { sheet, address: address.toUpperCase(), ...cell } : null;
}

/** A link of a CellSpec → an Excel hyperlink. "#'Sheet'!B17" (or this file's own name) stays in the workbook. */
export function toHyperlink(link: string, file: string): { documentReference?: string; address?: string } {
  const hash = link.indexOf('#');
  if (hash === 0) return { documentReference: link.slice(1) };
  if (hash > 0 && link.slice(0, hash) === file) return { documentReference: link.slice(hash + 1) };
  if (hash > 0) return { address: link.slice(0, hash), documentReference: link.slice(hash + 1) };
  return { address: link };
}
