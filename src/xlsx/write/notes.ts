/**
 * Cell notes: the comments part holds the text, a legacy VML drawing holds the yellow boxes Excel shows on hover.
 * Excel needs both (and the sheet's <legacyDrawing>); the shapes are in the same order as the comments.
 */
import { cellAddress } from '../../core/address/address';
import { escapeText, textElement, XML_HEADER } from './xml';

export type Note = { row: number; col: number; text: string };

/** Excel numbers VML shapes in blocks of 1,024 per drawing (the first id of a block is the drawing's own). */
export const SHAPES_PER_BLOCK = 1023;

const AUTHOR = 'Tổng hợp';

export function commentsXml(notes: Note[]): string {
  let xml = `${XML_HEADER}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${escapeText(AUTHOR)}</author></authors><commentList>`;
  for (const note of notes) {
    xml += `<comment ref="${cellAddress(note.row, note.col)}" authorId="0"><text><r>${textElement(note.text)}</r></text></comment>`;
  }
  return `${xml}</commentList></comments>`;
}

/** How many id blocks the notes of one sheet take. */
export function shapeBlocks(notes: Note[]): number {
  return Math.ceil(notes.length / SHAPES_PER_BLOCK);
}

/**
 * The VML drawing of a sheet's notes; `firstBlock` is the sheet's first id block, so shape ids are unique across the
 * workbook as Excel writes them (sheet 1: _x0000_s1025…, the next block _x0000_s2049…).
 */
export function vmlXml(notes: Note[], firstBlock: number): string {
  const blocks = Array.from({ length: shapeBlocks(notes) }, (_, i) => firstBlock + i);
  let xml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
  notes.forEach((note, i) => {
    const id = (firstBlock + Math.floor(i / SHAPES_PER_BLOCK)) * 1024 + (i % SHAPES_PER_BLOCK) + 1;
    xml += shapeXml(note, id, i + 1);
  });
  return `${xml}</xml>`;
}

/** One hidden note box, anchored from the column right of the cell, as Excel places a new note. */
function shapeXml({ row, col }: Note, id: number, z: number): string {
  const top = Math.max(row - 1, 0);
  const anchor = `${col + 1}, 15, ${top}, ${row === 0 ? 2 : 10}, ${col + 3}, 15, ${top + 4}, 16`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
