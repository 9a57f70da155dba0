/**
 * Prints the figures of issue 17: for each department form, the indicators read from it and the decisions left
 * to a person; then the units' reports consolidated with the catalog read from the form against a hand-written one.
 * Run: npx tsx test/core/template/report.ts
 */
import { catalogFromTemplate } from '../../../src/core/template';
import { FORMS, formGrid } from './department-forms';
import { compareCatalogs } from './compare-catalogs';

async function main(): Promise<void> {
  for (const form of FORMS) {
    const read = catalogFromTemplate(await formGrid(form));
    if (!read.ok) {
      console.log(`${form.file}: ${read.reason}`);
      continue;
    }
    const { catalog } = read;
    const groups = new Set(catalog.indicators.flatMap((i) => (i.group ? [i.group] : []))).size;
    const parts = catalog.indicators.filter((i) => i.parent).length;
    const needs = (catalog.needs ?? []).reduce((n, need) => n + need.indicators.length, 0);
    console.log(
      `${form.file}: ${catalog.indicators.length} chỉ tiêu, ${groups} phần, ${parts} dòng "trong đó", ${read.linked} liên kết danh mục có sẵn, ${needs} cần quyết định`,
    );
    const c = await compareCatalogs(form);
    console.log(
      `  ${c.units} đơn vị: số liệu danh mục viết tay ${c.byHand}, danh mục từ mẫu ${c.byTemplate}, bằng nhau ${c.equal}, sai ${c.wrong.length + c.untrue.length}, thiếu ${c.missed.length}; ` +
        `tổng toàn tỉnh khác nhau: ${c.totalsDifferUndecided.length} khi chưa quyết định, ${c.totalsDiffer.length} sau khi quyết định (trên ${c.totals})`,
    );
    for (const line of [...c.totalsDifferUndecided, ...c.wrong, ...c.missed, ...c.untrue]) console.log(`    ${line}`);
  }
}

void main();
