/**
 * A unit filling in a generated form, as Excel would leave it: figures typed into the result column (numbers, or text
 * like "1.300"), some wordings edited, a row inserted with its own label and figure. Done with ExcelJS on the bytes
 * the command line wrote, so the form is read back exactly as it was sent.
 */
import ExcelJS from 'exceljs';

export type Filling = {
  /** The figure a unit types for an indicator id (undefined leaves the cell empty). */
  figure: (id: string, sheet: string) => number | string | undefined;
  /** New wording per indicator id. */
  reword?: Record<string, string>;
  /** A row inserted right after an indicator's row. */
  insertAfter?: { id: string; label: string; measure: string; value: number | string };
};

/** Column letters of the generated form. */
const LABEL = 2;
const MEASURE = 3;
const VALUE = 4;
const ID = 6;

/** Fills every sheet of a generated workbook and returns the new bytes. */
export async function fillForm(bytes: Uint8Array, filling: Filling): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  for (const sheet of workbook.worksheets) {
    let insertAt: number | null = null;
    sheet.eachRow((row, r) => {
      const id = row.getCell(ID).value;
      if (typeof id !== 'string' || !/^[a-z0-9_]+$/.test(id)) return;
      const value = filling.figure(id, sheet.name);
      if (value !== undefined) row.getCell(VALUE).value = value;
      const wording = filling.reword?.[id];
      if (wording) row.getCell(LABEL).value = wording;
      if (filling.insertAfter?.id === id) insertAt = r + 1;
    });
    if (insertAt !== null && filling.insertAfter) {
      const { label, measure, value } = filling.insertAfter;
      // Excel's "Insert row" gives a row with no id: the unit's own addition.
      sheet.spliceRows(insertAt, 0, []);
      const row = sheet.getRow(insertAt);
      row.getCell(1).value = '+';
      row.getCell(LABEL).value = label;
      row.getCell(MEASURE).value = measure;
      row.getCell(VALUE).value = value;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The ids and labels a generated sheet holds, in order (read back with ExcelJS). */
export async function formIds(bytes: Uint8Array): Promise<{ sheet: string; ids: string[]; marker: string | null }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const ids: string[] = [];
    let marker: string | null = null;
    sheet.eachRow((row) => {
      const value = row.getCell(ID).value;
      if (typeof value !== 'string') return;
      if (value.startsWith('TONGHOP-MAU')) marker = value;
      else if (/^[a-z0-9_]+$/.test(value)) ids.push(value);
    });
    return { sheet: sheet.name, ids, marker };
  });
}
