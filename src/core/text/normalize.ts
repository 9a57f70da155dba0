/** NFC, invisible characters removed, spaces collapsed: the display form of a cell's text. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();
}

/** Matching key: lower case, no diacritics, đ → d, punctuation → space. */
export function foldKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
