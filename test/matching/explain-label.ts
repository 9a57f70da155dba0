/*
 * Why a label goes where it goes: `npx tsx test/matching/explain-label.ts <catalog> "<label>" [ĐVT] [section]`,
 * where <catalog> is "default" or a file of test/matching/catalogs. Prints the key, every option with its evidence,
 * the vetoed wordings and the stage's decision. A tool for people tuning the lexicon; never run on a hold-out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCatalog } from '../../src/core/catalog';
import { analyseLabel, matchReports, prepareMatching } from '../../src/core/match';
import type { Catalog, UnitReport } from '../../src/core/model';

const [name = 'default', label = '', measure, section] = process.argv.slice(2);
const catalog: Catalog =
  name === 'default' ? defaultCatalog : JSON.parse(readFileSync(join(__dirname, 'catalogs', `${name}.json`), 'utf8'));
const matching = prepareMatching(catalog);
console.log('key:', JSON.stringify(analyseLabel(label, matching.index.measures)));
const reading = matching.readLabel(label);
if (reading.kind === 'ignored') console.log('ignored:', reading.vi);
else {
  for (const o of reading.options.slice(0, 6))
    console.log(
      `  ${o.weight.toFixed(2).padStart(6)}  ${o.id}  ${o.evidence.vi}  [${o.form.origin}: ${o.form.label.key}]`,
    );
  for (const v of reading.vetoed.slice(0, 4))
    console.log(`  vetoed ${v.score.toFixed(2)} ${v.id}: ${v.veto.vi}  [${v.form.text}]`);
}
const report: UnitReport = {
  unit: 'X',
  unitEvidence: { from: 'title', text: 'X' },
  period: null,
  source: { file: 'x.xlsx', sheet: 'BC' },
  layout: { headerRow: 1, labelCol: 1, valueCol: 3, measureCol: 2, valueHeader: null, numberStyle: 'vi' },
  rows: [
    {
      label,
      raw: 12,
      labelCell: { file: 'x.xlsx', sheet: 'BC', address: 'B3' },
      valueCell: { file: 'x.xlsx', sheet: 'BC', address: 'D3' },
      ...(measure ? { measure } : {}),
      ...(section ? { section } : {}),
    },
  ],
  notes: [],
};
console.log(JSON.stringify(matchReports([report], matching)[0][0], null, 1).slice(0, 1500));
console.log('links:', matching.links.map((l) => `${l.id}→${l.builtinId}`).join(' '));
