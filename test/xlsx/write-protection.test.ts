import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xlsxBytes } from '../../src/xlsx/write';
import { gridsFromXlsx } from '../../src/xlsx/read';
import { nativeGzip } from '../../src/cli/write-xlsx';
import { catalogFromTemplate, renderForms } from '../../src/core/template';
import { catalogVersion } from '../../src/core/catalog';
import { consolidate } from '../../src/core/consolidate';
import { detectReport } from '../../src/core/detect';
import { child, childOrder, children, parseXml, unzipParts } from './write-parts';
import { protectedForm } from './protected-form';
import { formA, formGrid } from '../core/template/department-forms';
import { fillForm, formIds } from '../core/template/fill-form';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return book;
}

/**
 * Whether a cell of the first sheet is locked, read from the XML: LibreOffice writes locked="false" where Excel
 * writes "0", and ExcelJS reads only the latter.
 */
function lockedOf(bytes: Uint8Array, address: string): boolean {
  const parts = unzipParts(bytes);
  const cells = children(child(parseXml(parts.get('xl/worksheets/sheet1.xml')!), 'sheetData')!, 'row').flatMap((row) =>
    children(row, 'c'),
  );
  const style = Number(cells.find((c) => c.attributes.r === address)?.attributes.s ?? 0);
  const xf = children(child(parseXml(parts.get('xl/styles.xml')!), 'cellXfs')!, 'xf')[style];
  const locked = child(xf, 'protection')?.attributes.locked;
  return !(locked === '0' || locked === 'false');
}

/** Whether an sqref ("D10:D12 D14") covers a cell of column D. */
function covers(sqref: string, address: string): boolean {
  const row = Number(address.slice(1));
  return sqref.split(' ').some((range) => {
    const [from, to = from] = range.split(':');
    return from.startsWith('D') && Number(from.slice(1)) <= row && row <= Number(to.slice(1));
  });
}

type Validation = {
  type: string;
  operator?: string;
  formulae: unknown[];
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
  prompt?: string;
};

describe('a protected form, read back by a second reader (ExcelJS)', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = (await load(xlsxBytes(protectedForm))).worksheets[0];
  });

  it("hides the id column and keeps its values and the other columns' widths", () => {
    expect(sheet.getColumn(4).hidden).toBe(true);
    expect([sheet.getColumn(1).hidden, sheet.getColumn(2).hidden]).toEqual([false, false]);
    expect(sheet.getColumn(1).width).toBe(40);
    expect(['D1', 'D2', 'D3'].map((a) => sheet.getCell(a).value)).toEqual([
      'TONGHOP-MAU v1 0123456789ab',
      'bts_stations',
      'fibre_households_rate',
    ]);
  });

  it('protects the sheet without a password, still allowing rows to be inserted and resized', () => {
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, insertRows: true, formatColumns: true, formatRows: true });
    expect(protection.password ?? protection.hashValue).toBeUndefined();
  });

  it('leaves only the input cells unlocked', () => {
    expect(sheet.getCell('B2').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C2').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B3').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('B3').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('A2').protection?.locked ?? true).toBe(true);
  });

  it("validates numbers within the catalog's range, blanks allowed, with Excel's text limits", () => {
    const rule = (address: string) => sheet.getCell(address).dataValidation as unknown as Validation;
    expect(rule('B2')).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      prompt: 'Chỉ nhập số.',
    });
    expect(rule('B3')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
      error: 'Chỉ nhập số từ 0 đến 100.',
    });
    expect(rule('B4').errorTitle?.length).toBe(32);
    expect(rule('B4').error?.length).toBe(255);
    expect(rule('A2')).toBeUndefined();
  });

  it('writes the protection of a cell format after its alignment, as CT_Xf orders them', () => {
    const styles = parseXml(unzipParts(xlsxBytes(protectedForm)).get('xl/styles.xml')!);
    const xfs = children(child(styles, 'cellXfs')!, 'xf');
    const wrapped = xfs.find((xf) => child(xf, 'alignment') && child(xf, 'protection'))!;
    expect(childOrder(wrapped)).toEqual(['alignment', 'protection']);
  });
});

describe('LibreOffice and a generated form', () => {
  const soffice = '/usr/bin/soffice';
  const run = existsSync(soffice) ? it : it.skip;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-form-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const convert = (to: string, out: string, file: string) =>
    spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        out,
        file,
      ],
      { encoding: 'utf8', timeout: 90000 },
    );

  run(
    'opens it without error, and saved again by LibreOffice it keeps ids, marker, protection and validation, and still consolidates by id',
    async () => {
      const read = catalogFromTemplate(await formGrid(formA));
      if (!read.ok) throw new Error(read.reason);
      const catalog = read.catalog;
      const form = xlsxBytes(renderForms(catalog, formA.units.slice(0, 2), { period: formA.period }), {
        gzip: nativeGzip,
      });
      const filled = await fillForm(form, {
        figure: (id, sheet) =>
          catalog.indicators.findIndex((i) => i.id === id) + (sheet === formA.units[0] ? 100 : 200),
        reword: { bts_stations: 'Trạm phát sóng của các nhà mạng' },
      });
      await writeFile(join(dir, 'mau.xlsx'), filled);

      expect(convert('pdf', join(dir, 'pdf'), join(dir, 'mau.xlsx')).status).toBe(0);
      expect(existsSync(join(dir, 'pdf', 'mau.pdf'))).toBe(true);
      expect(convert('xlsx', join(dir, 'lo'), join(dir, 'mau.xlsx')).status).toBe(0);
      const again = new Uint8Array(await readFile(join(dir, 'lo', 'mau.xlsx')));

      const ids = await formIds(again);
      expect(ids.map((s) => [s.ids, s.marker])).toEqual(
        formA.units
          .slice(0, 2)
          .map(() => [catalog.indicators.map((i) => i.id), `TONGHOP-MAU v1 ${catalogVersion(catalog)}`]),
      );
      const sheet = (await load(again)).worksheets[0];
      expect(sheet.getColumn(6).hidden).toBe(true);
      // LibreOffice writes the protection as "true" where Excel writes "1" (ExcelJS reads only the latter).
      const protection = child(parseXml(unzipParts(again).get('xl/worksheets/sheet1.xml')!), 'sheetProtection');
      expect(['1', 'true']).toContain(protection?.attributes.sheet);
      const firstInput = catalog.indicators.findIndex(() => true);
      const address = (() => {
        let found = '';
        sheet.eachRow((row, r) => {
          if (!found && row.getCell(6).value === catalog.indicators[firstInput].id) found = `D${r}`;
        });
        return found;
      })();
      // LibreOffice joins equal rules into ranges ("D10:D12 D14:D18"), which ExcelJS's cell lookup does not expand.
      const rules = children(
        child(parseXml(unzipParts(again).get('xl/worksheets/sheet1.xml')!), 'dataValidations')!,
        'dataValidation',
      );
      expect(rules.filter((v) => v.attributes.type === 'decimal' && covers(v.attributes.sqref, address))).toHaveLength(
        1,
      );
      expect(lockedOf(again, address)).toBe(false);

      const grids = gridsFromXlsx(again, 'mau.xlsx');
      const detected = detectReport(grids[0], { expectedUnits: formA.units });
      expect(detected.kind === 'report' && detected.report.templateVersion).toBe(catalogVersion(catalog));
      const result = consolidate(grids, { catalog, expectedUnits: formA.units.slice(0, 2), period: formA.period });
      const bts = result.summary.rows.find((r) => r.indicator.id === 'bts_stations')!;
      expect(bts.values[formA.units[0]]?.value).toBe(
        catalog.indicators.findIndex((i) => i.id === 'bts_stations') + 100,
      );
      expect(result.summary.unmatched).toEqual([]);
    },
    180000,
  );
});
