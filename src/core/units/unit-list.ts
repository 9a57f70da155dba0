/**
 * A units list as people keep it (units.txt, or pasted in the task pane): one name a line, UTF-8 with or without
 * BOM, CRLF or LF, NFC or NFD; blank lines and "#" comments ignored; each name NFC with its spaces collapsed.
 * The one parser of the command line and the add-in.
 * @example parseUnitList('\uFEFFHuyện Bù Đốp\n# ghi chú\n\nHuyện  Lộc Ninh\r\n') // ['Huyện Bù Đốp', 'Huyện Lộc Ninh']
 */
export function parseUnitList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .normalize('NFC')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '' && !line.startsWith('#'));
}
