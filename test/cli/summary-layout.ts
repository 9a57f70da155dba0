/**
 * Reading a written summary back as a second reader would (ExcelJS and the raw parts), for the end-to-end tests of
 * the overview, the per-unit sheet and the charts: what prints how, and which cells a chart draws.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';

/** Excel's documented pixel width of a stored column width (Calibri 11: maximum digit width 7). */
export const excelPixels = (width: number): number => Math.trunc(((256 * width + Math.trunc(128 / 7)) / 256) * 7);

/**
 * The smallest font size a sheet prints at, read back from its print setup: A4 width less the margins, over the
 * columns' width in points (Excel's, or LibreOffice's with Carlito, about 7.6 pixels a character), times the
 * smallest font of any cell, for a sheet fitted to one page wide.
 */
export function printedPoints(ws: ExcelJS.Worksheet, pixelsPerChar: 'excel' | 'libreoffice'): number {
  const setup = ws.pageSetup;
  const paper = setup.orientation === 'landscape' ? 841.9 : 595.3;
  const margins = setup.margins ?? { left: 0.7, right: 0.7 };
  const printable = paper - (margins.left + margins.right) * 72;
  let widthPoints = 0;
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width ?? 8.43;
    widthPoints += (pixelsPerChar === 'excel' ? excelPixels(w) : Math.ceil(w * 7.6)) * 0.75;
  }
  const scale =
    setup.fitToPage && setup.fitToWidth === 1 ? Math.min(1, printable / widthPoints) : (setup.scale ?? 100) / 100;
  let smallest = Infinity;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== '') smallest = Math.min(smallest, cell.font?.size ?? 11);
    }),
  );
  return smallest * scale;
}

export type ChartPart = { title: string; kind: string; categories: string; series: { name: string; values: string }[] };

/** The charts of the sheet at `position` (1-based): their titles and the ranges they draw, from the package itself. */
export async function chartsOfSheet(file: string, position: number): Promise<ChartPart[]> {
  const parts = unzipSync(new Uint8Array(await readFile(file)));
  const text = (path: string): string => strFromU8(parts[path]);
  const sheetRels = text(`xl/worksheets/_rels/sheet${position}.xml.rels`);
  const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)?.[1];
  if (!drawing) return [];
  const drawingRels = text(`xl/drawings/_rels/${drawing}.rels`);
  const order = [...text(`xl/drawings/${drawing}`).matchAll(/<c:chart [^>]*r:id="(rId\d+)"/g)].map((m) => m[1]);
  const targets = new Map(
    [...drawingRels.matchAll(/Id="(rId\d+)"[^>]*Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map((m) => [m[1], m[2]]),
  );
  return order.map((id) => {
    const xml = text(`xl/charts/${targets.get(id)}`);
    const series = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => ({
      name: /<c:tx><c:v>(.*?)<\/c:v>/.exec(m[0])![1],
      values: /<c:val><c:numRef><c:f>(.*?)<\/c:f>/.exec(m[0])![1].replace(/&apos;/g, "'"),
    }));
    return {
      title: /<c:title><c:tx><c:rich>.*?<a:t>(.*?)<\/a:t>/.exec(xml)![1],
      kind: /<c:barDir val="(\w+)"/.exec(xml)![1],
      categories: /<c:cat><c:strRef><c:f>(.*?)<\/c:f>/.exec(xml)![1].replace(/&apos;/g, "'"),
      series,
    };
  });
}

/** The values of a range reference "'Biểu đồ'!$B$5:$B$15" on a sheet of the workbook. */
export function rangeValues(book: ExcelJS.Workbook, ref: string): ExcelJS.CellValue[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const ws = book.getWorksheet(m[1].replace(/''/g, "'"))!;
  const out: ExcelJS.CellValue[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
  return out;
}
