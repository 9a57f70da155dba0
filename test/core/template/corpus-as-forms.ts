/**
 * A check of generality on layouts written by others: every report of the samples and of the three hold-out
 * corpora, its figures blanked, is read as if it were a department's form; the unit's own filled report is then
 * consolidated with that catalog and with the built-in one. Prints how many rows the form's catalog matched, and
 * every figure that differs between the two (a form's own ĐVT of another magnitude gives another number).
 * Run: npx tsx test/core/template/corpus-as-forms.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../../src/core/model';
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import { catalogFromTemplate } from '../../../src/core/template';
import { consolidate } from '../../../src/core/consolidate';
import { detectReport } from '../../../src/core/detect';
import { defaultCatalog } from '../../../src/core/catalog';
import { parseFigure } from '../../../src/core/numbers';
import { formatCellRef } from '../../../src/core/address/address';

const ROOT = join(__dirname, '..', '..', '..');
const CORPORA = ['samples', 'test/holdout/corpus', 'test/holdout2/corpus', 'test/holdout3/corpus'];

/** The report with every figure below its header removed (labels and numbering kept): its blank form. */
function blank(grid: Grid): Grid {
  const detected = detectReport(grid, { blankForm: true });
  if (detected.kind !== 'report') return grid;
  const { headerRow, labelCol } = detected.report.layout;
  const isFigure = (v: Grid['values'][number][number]) =>
    typeof v === 'number' || (typeof v === 'string' && /\d/.test(v) && parseFigure(v).kind === 'number');
  const values = grid.values.map((row, r) =>
    row.map((v, c) => (r > (headerRow ?? 0) && c !== labelCol && c !== labelCol - 1 && isFigure(v) ? null : v)),
  );
  return { ...grid, values };
}

async function main(): Promise<void> {
  const n = { sheets: 0, read: 0, rows: 0, matched: 0, equal: 0, differ: 0, builtInOnly: 0, needs: 0 };
  for (const dir of CORPORA) {
    for (const file of readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.xlsx'))
      .sort()) {
      for (const grid of await readXlsxFile(join(ROOT, dir, file), file)) {
        const detected = detectReport(grid, { blankForm: true });
        if (detected.kind !== 'report') continue;
        n.sheets += 1;
        const form = catalogFromTemplate(blank(grid));
        if (!form.ok) {
          console.log(`  không đọc được như mẫu: ${file}#${grid.name}: ${form.reason}`);
          continue;
        }
        n.read += 1;
        n.rows += detected.report.rows.length;
        n.needs += (form.catalog.needs ?? []).reduce((k, need) => k + need.indicators.length, 0);
        const own = new Map<string, number | null>();
        for (const row of consolidate([grid], { catalog: form.catalog }).summary.rows)
          for (const v of Object.values(row.values)) own.set(formatCellRef(v.cell), v.value);
        n.matched += own.size;
        for (const row of consolidate([grid], { catalog: defaultCatalog }).summary.rows) {
          for (const v of Object.values(row.values)) {
            const cell = formatCellRef(v.cell);
            if (!own.has(cell)) {
              n.builtInOnly += 1;
              console.log(`  chỉ danh mục có sẵn khớp: ${file} «${v.label}»`);
            } else if (own.get(cell) === v.value) n.equal += 1;
            else {
              n.differ += 1;
              console.log(
                `  khác số: ${file} «${v.label}»: theo mẫu ${own.get(cell)}, theo danh mục có sẵn ${v.value}`,
              );
            }
          }
        }
      }
    }
  }
  console.log(
    `Trang báo cáo: ${n.sheets}, đọc được như mẫu: ${n.read}; dòng: ${n.rows}, khớp theo danh mục từ mẫu: ${n.matched}; ` +
      `số liệu danh mục có sẵn cũng có: ${n.equal} bằng nhau, ${n.differ} khác, ${n.builtInOnly} chỉ danh mục có sẵn có; cần quyết định: ${n.needs}`,
  );
}

void main();
