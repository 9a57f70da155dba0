/**
 * Leading numbering of a report row. Each pattern needs punctuation or brackets, so figures and names that start
 * with a digit ("4G", "3G", "5 năm") stay whole.
 */
const NUMBERING: RegExp[] = [
  // (1) (a) (IV)
  /^\(\s*(?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})\s*\)\s*/iu,
  // 1.  1.1  1.2.3  1.1.  1)  1/  (an inner dot is numbering only before a space or end: "1.1 Số...")
  /^\d{1,3}(?:\.\d{1,2})+\.?(?=\s|$)\s*/u,
  /^\d{1,3}(?:\.\d{1,2})*\s*[.)/:]\s*(?!\d)/u,
  // I.  II)  IV-  Roman section numbers, upper case as reports write them
  /^[IVXLC]{1,6}\s*[.):\-–]\s*/u,
  // a)  b.  A.  đ)  one letter, then a bracket, or a dot and a space
  /^[a-zđA-ZĐ]\s*\)\s*/u,
  /^[a-zđA-ZĐ]\.(?:\s+|$)/u,
  // bullets: - + * • and friends
  /^[-+*•·–—○●▪■►▶✓✔→⁃◦※]+\s*/u,
];

/**
 * Removes leading numbering ("I.", "1.1.", "a)", "-", "(1)"), repeatedly ("II. 1. Số..."), keeping the label.
 * @example stripNumbering('1.2. Số trạm BTS') // "Số trạm BTS"
 * @example stripNumbering('4G: số thuê bao') // "4G: số thuê bao"
 */
export function stripNumbering(label: string): string {
  let rest = label.trim();
  for (let round = 0; round < 4; round++) {
    const pattern = NUMBERING.find((p) => p.test(rest));
    if (!pattern) break;
    const next = rest.replace(pattern, '').trim();
    // Never strip a label down to nothing: "I." alone stays what it is.
    if (next === '' || next === rest) break;
    rest = next;
  }
  return rest;
}
