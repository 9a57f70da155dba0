import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { defaultCatalog } from '../../src/core/catalog';
import { RENDER_TEXTS } from '../../src/core/render';
import { normalizeText } from '../../src/core/text';
import { runCli } from './run-cli';

/**
 * With --lang en the workbook is English throughout: what is left in Vietnamese must be the sheets' own words
 * (labels, unit names, raw figures, file and sheet names, the department's catalog), never the engine's own text.
 */
const SAMPLES = join(__dirname, '..', '..', 'samples');
/** Letters only Vietnamese has among the languages the output may be in: a word with one is not English. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/**
 * The one Vietnamese the engine keeps in English: the names of the sheets it writes ("Tổng hợp", "Đối chiếu"...),
 * because the add-in, `tonghop learn` and `--previous` find the sheets of an earlier summary by those names.
 */
const SHEET_NAMES = Object.entries(RENDER_TEXTS.en)
  .filter(([key, value]) => key.endsWith('Sheet') && key !== 'sourceSheet' && typeof value === 'string')
  .map(([, value]) => value as string);

/** Every text the department or the units wrote: cells (as read and decoded), names, catalog words, units list. */
async function wordsOfTheSheets(folder: string, catalog: string | null): Promise<string[]> {
  const words = new Set<string>();
  const add = (text: unknown): void => {
    if (typeof text !== 'string' || !text.trim()) return;
    words.add(text.trim().normalize('NFC'));
    words.add(normalizeText(text));
  };
  for (const file of await readdir(folder)) {
    add(file);
    add(file.replace(/\.xlsx$/, ''));
    if (!file.endsWith('.xlsx')) continue;
    for (const grid of await readXlsxFile(join(folder, file), file)) {
      add(grid.name);
      grid.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell === 'string') add(normalizeText(cell, grid.fonts?.[r]?.[c]));
        }),
      );
    }
  }
  for (const line of (await readFile(join(folder, 'units.txt'), 'utf8')).split('\n')) add(line.replace(/^#.*/, ''));
  // The built-in catalog is the engine's store of the sector's wording: its Vietnamese names are quoted as such.
  const catalogs: unknown[] = [
    defaultCatalog,
    ...(catalog ? [JSON.parse(await readFile(join(folder, catalog), 'utf8'))] : []),
  ];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(catalogs);
  return [...words].sort((a, b) => b.length - a.length);
}

/** The text of a cell as a reader sees it. */
function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('formula' in value) return typeof value.result === 'string' ? value.result : null;
  }
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folded = (s: string): string => s.normalize('NFC').toLowerCase();

/**
 * What is left of a text once the sheets' own words are taken out; Vietnamese in it is the engine's. Quoted text
 * («…», "…") is the sheet's when some cell holds it; a sheet's whole text is taken out only between word bounds.
 */
function engineWords(text: string, sheetWords: string[], allSheetText: string): string[] {
  let rest = text.normalize('NFC').replace(/«([^»]*)»|"([^"]*)"/g, (whole, a?: string, b?: string) => {
    const quoted = folded((a ?? b ?? '').trim());
    return quoted === '' || allSheetText.includes(quoted) ? ' ' : whole;
  });
  if (!VIETNAMESE_LETTER.test(rest)) return [];
  for (const w of sheetWords) {
    if (!VIETNAMESE_LETTER.test(w) || !folded(rest).includes(folded(w))) continue;
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return rest.split(/[\s,.;:()«»"'“”\-–—/]+/).filter((word) => VIETNAMESE_LETTER.test(word));
}

describe.each([
  ['binh-phuoc-2022', null, 'Bình Phước'],
  ['thai-nguyen-2026', 'catalog.json', 'Thái Nguyên'],
])('the English workbook of the %s samples', (sample, catalog, province) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-en-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("has no Vietnamese outside the sheets' own words", async () => {
    const folder = join(SAMPLES, sample);
    const out = join(dir, 'summary.xlsx');
    const { period } = JSON.parse(await readFile(join(folder, 'expected.json'), 'utf8')) as { period?: string };
    // The settings a department types are its own words too.
    const settings = [
      '--province',
      province,
      '--department',
      `Sở Khoa học và Công nghệ tỉnh ${province}`,
      ...(period ? ['--period', period] : []),
    ];
    const extra = catalog ? ['--catalog', join(folder, catalog)] : [];
    const run = await runCli([
      'consolidate',
      folder,
      '--units',
      join(folder, 'units.txt'),
      '--out',
      out,
      '--lang',
      'en',
      ...settings,
      ...extra,
    ]);
    expect(run.err).toBe('');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheetWords = [
      ...SHEET_NAMES,
      ...settings.filter((s) => !s.startsWith('--')),
      ...(await wordsOfTheSheets(folder, catalog)),
    ].sort((a, b) => b.length - a.length);
    const allSheetText = folded(sheetWords.join('\n'));
    const found: string[] = [];
    book.eachSheet((ws) => {
      found.push(...engineWords(ws.name, sheetWords, allSheetText).map((w) => `${ws.name} (sheet name): ${w}`));
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = cellText(cell.value);
          if (text === null) return;
          const left = engineWords(text, sheetWords, allSheetText);
          if (left.length > 0) found.push(`${ws.name}!${cell.address}: ${left.join(' ')} ← ${text}`);
        }),
      );
    });
    expect(found).toEqual([]);
  }, 120_000);
});
