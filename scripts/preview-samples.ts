/**
 * Converts samples/binh-phuoc-2022/*.xlsx into dist-preview/samples.json: the sheets of the preview's in-memory workbook
 * (one sheet per unit sheet, named after the file, as if the files had been imported). Keeps ExcelJS out of
 * the browser bundle. Run: npx tsx scripts/preview-samples.ts [samplesDir] [outFile]
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { PreviewSheet } from '../src/preview/samples';

type Raw = ExcelJS.CellValue;

function plain(v: Raw): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain((v as { result?: Raw }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

export async function convertSamples(dir: string): Promise<PreviewSheet[]> {
  const sheets: PreviewSheet[] = [];
  const taken = new Set<string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.xlsx'))
    .sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, file));
    wb.eachSheet((ws) => {
      const values: (string | number | boolean | null)[][] = [];
      const numberFormats: (string | null)[][] = [];
      const fonts: (string | null)[][] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          (values[r - 1] ??= [])[c - 1] = plain(cell.value);
          (numberFormats[r - 1] ??= [])[c - 1] = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
          (fonts[r - 1] ??= [])[c - 1] = cell.font?.name ?? null;
        });
      });
      for (let r = 0; r < values.length; r++) {
        values[r] ??= [];
        numberFormats[r] ??= [];
        fonts[r] ??= [];
      }
      const stem = basename(file, '.xlsx');
      let name = (wb.worksheets.length > 1 ? `${stem} ${ws.name}` : stem).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
      for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${name.slice(0, 26)} (${i})`;
      taken.add(name.toLowerCase());
      sheets.push({ name, hidden: ws.state !== 'visible', values, numberFormats, fonts });
    });
  }
  return sheets;
}

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', 'samples', 'binh-phuoc-2022');
  const out = process.argv[3] ?? join(__dirname, '..', 'dist-preview', 'samples.json');
  convertSamples(dir).then((sheets) => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify({ sheets }));
    console.log(`preview: ${sheets.length} sheets from ${dir} → ${out}`);
  });
}
