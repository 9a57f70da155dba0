/**
 * `npm run bench`: engine, command line, start-up, Office.js cost and task pane bundle against their budgets.
 * Prints every figure (median of several runs with min and max), a table with PASS/FAIL, writes bench/results.json,
 * and exits 1 when a budget fails. Time budgets are ratios of two things measured in the same minutes (engine ÷
 * reading the same files, command ÷ a plain load, start-up ÷ a bare node start, cost per row at 3,321 ÷ at 168),
 * so they hold on a shared, loaded machine; absolute times are printed, not judged. Options: --big-runs N (runs at 3,321 units, default 2), --skip-big, --skip-bundle.
 * Budgets are checked here, never in timed unit tests.
 */
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { detectReport, matchUnitName } from '../src/core/detect';
import { defaultCatalog } from '../src/core/catalog';
import type { Catalog } from '../src/core/model';
import {
  benchGrids,
  engineScale,
  engineStages,
  matchingScale,
  type EngineScale,
  type MatchingScale,
  type StageTimes,
} from './engine';
import { buildCli, cliBench, type CliResult } from './cli';
import { printStartup, startupBench, type StartupResult } from './startup';
import { OFFICE_SIZES, officeFailures, officeJsRun, type OfficeJsResult } from './office';
import { bundleBench, type BundleResult } from './bundle';
import { unitLookupBench } from './units';
import { makeUnits } from './generate';
import { fmtSample, round, summarize } from './stats';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const BIG = 3321;
const bigRuns = option('--big-runs', 5);
const STARTUP_RUNS = 11;

const log = (s: string): void => {
  process.stdout.write(`${s}\n`);
};
const KB = 1024;

type Status = 'PASS' | 'FAIL' | 'NOT MEASURED' | 'INFO';
type Line = { figure: string; value: string; budget: string; status: Status };
const table: Line[] = [];
const add = (figure: string, value: string, budget: string, status: Status): void => {
  table.push({ figure, value, budget, status });
};
const pass = (ok: boolean): Status => (ok ? 'PASS' : 'FAIL');

type HotSpotProbe = {
  call: string;
  microsPerCall: Record<string, number>;
  detectWithoutList3321Ms?: number;
  detectWithList3321Ms?: number;
};

async function main(): Promise<void> {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  log(`Tổng hợp bench — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}`);
  log('Figures are medians (min, max, runs). Other jobs may share this machine: compare ratios, re-run to confirm.\n');

  // ── 1. Engine ────────────────────────────────────────────────────────────────────────────────────────────────
  log('1. Engine only (grids in memory → consolidate → renderWorkbook)');
  const scales: EngineScale[] = [];
  const plan: [number, number, number][] = [
    [10, 9, 2],
    [168, 11, 2],
  ];
  if (!flag('--skip-big')) plan.push([BIG, bigRuns, 2]);
  for (const [n, runs, warmup] of plan) {
    if (n === BIG) log(`  (${BIG} units: 2 warm-up runs, then ${runs} timed runs)`);
    const s = engineScale(n, runs, warmup);
    scales.push(s);
    log(
      `  ${String(n).padStart(5)} units, ${s.rows} rows: ${fmtSample(s.ms)}, ${s.rowsPerSecond.toLocaleString('en')} rows/s, ${round(s.msPerRow * 1000, 1)} µs/row` +
        `  [units found ${s.check.units}/${n}, skipped ${s.check.skipped}, unmatched ${s.check.unmatched}/${s.check.expectedUnmatched} planted, issues ${s.check.issues}]`,
    );
    if (s.ms.firstMs !== undefined) log(`         first (cold, untimed warm-up) run: ${round(s.ms.firstMs)} ms`);
  }
  const at = (n: number): EngineScale | undefined => scales.find((s) => s.units === n);
  const e168 = at(168);
  const eBig = at(BIG);
  const growth = e168 && eBig ? eBig.msPerRow / e168.msPerRow : null;
  if (growth !== null) log(`  growth ratio (per-row cost at ${BIG} ÷ at 168): ${round(growth, 2)}`);

  // The matching stage alone, with the built-in catalog and with a department's own (its links and borrowed
  // wordings built anew each run): its cost per row must hold from a province to the whole country.
  log('  matching stage alone (fresh catalog each run):');
  const department = JSON.parse(
    readFileSync(join(__dirname, '../test/matching/catalogs/thai-nguyen-xa-2026.json'), 'utf8'),
  ) as Catalog;
  const matchingScales: MatchingScale[] = [];
  for (const [catalog, name] of [
    [defaultCatalog, 'built-in'],
    [department, 'department (thai-nguyen-xa-2026)'],
  ] as const) {
    for (const [n, runs] of flag('--skip-big')
      ? [[168, 5]]
      : [
          [168, 5],
          [BIG, 3],
        ]) {
      const m = matchingScale(n, runs, catalog, name);
      matchingScales.push(m);
      log(
        `    ${name.padEnd(34)} ${String(n).padStart(5)} units, ${m.rows} rows: ${fmtSample(m.ms)}, ${m.rowsPerSecond.toLocaleString('en')} rows/s, ${round(m.microsPerRow, 1)} µs/row`,
      );
    }
  }
  for (const name of new Set(matchingScales.map((m) => m.catalog))) {
    const [small, big] = [
      matchingScales.find((m) => m.catalog === name && m.units === 168),
      matchingScales.find((m) => m.catalog === name && m.units === BIG),
    ];
    if (small && big)
      log(`    growth of matching per row, ${name}: ${round(big.microsPerRow / small.microsPerRow, 2)} (${BIG} ÷ 168)`);
  }

  let stages: StageTimes | null = null;
  let stageUnits = BIG;
  if (!flag('--skip-big')) {
    log(`  stages at ${BIG} units (1 warm-up run, then 2 timed runs):`);
    stages = engineStages(BIG, 2, 1);
  } else {
    stageUnits = 168;
    stages = engineStages(168, 5, 1);
  }
  const stageTotal = Object.values(stages).reduce((s, v) => s + v.median, 0);
  for (const [name, sample] of Object.entries(stages))
    log(`    ${name.padEnd(7)} ${fmtSample(sample)}  ${round((100 * sample.median) / stageTotal)} %`);
  const slowest = Object.entries(stages).sort((a, b) => b[1].median - a[1].median)[0];
  log(
    `    slowest stage at ${stageUnits} units: ${slowest[0]} (${round((100 * slowest[1].median) / stageTotal)} % of ${round(stageTotal)} ms)`,
  );

  // Hot spot probe: the unit-name match against the expected list, per call, at two list sizes.
  const probe: HotSpotProbe = {
    call: "matchUnitName('UBND XÃ …', expectedUnits) (src/core/detect/unit-name.ts)",
    microsPerCall: {},
  };
  for (const n of [168, BIG]) {
    const names = makeUnits(n).map((u) => u.name);
    const probes = names.slice(0, 40).map((name) => `UBND ${name.toLocaleUpperCase('vi')}`);
    for (const p of probes.slice(0, 5)) matchUnitName(p, names);
    const times: number[] = [];
    for (const p of probes) {
      const t0 = performance.now();
      matchUnitName(p, names);
      times.push((performance.now() - t0) * 1000);
    }
    probe.microsPerCall[String(n)] = round(summarize(times).median, 1);
  }
  {
    const { grids, expectedUnits } = benchGrids(BIG);
    const sample = grids.slice(0, 100);
    let t0 = performance.now();
    for (const g of sample) detectReport(g, {});
    probe.detectWithoutList3321Ms = round((performance.now() - t0) / sample.length, 2);
    t0 = performance.now();
    for (const g of sample) detectReport(g, { expectedUnits });
    probe.detectWithList3321Ms = round((performance.now() - t0) / sample.length, 2);
  }
  log(
    `  hot spot probe: ${probe.call}: ${probe.microsPerCall['168']} µs/call with 168 names, ${probe.microsPerCall[String(BIG)]} µs/call with ${BIG}`,
  );
  log(
    `  detectReport per sheet (${BIG}-unit set): ${probe.detectWithoutList3321Ms} ms without expectedUnits, ${probe.detectWithList3321Ms} ms with the ${BIG}-name list\n`,
  );

  // Unit names against the official list of a province (the gazetteer): per call, each text read for the first time.
  const lookups = unitLookupBench();
  for (const l of lookups) {
    log(
      `  unit name lookup, ${l.province} (${l.units} units): heading ${l.microsPerCall.heading} µs, file name with words around ${l.microsPerCall.fileName} µs, ` +
        `whole recognition falling back to the file name ${l.microsPerCall.recognition} µs; first use of the era's list ${round(l.microsPerCall.unpack / 1000, 1)} ms`,
    );
  }
  log('');
  const worstLookup = Math.max(
    ...lookups.flatMap((l) => [l.microsPerCall.heading, l.microsPerCall.fileName, l.microsPerCall.recognition]),
  );
  add(
    'Unit name lookup (gazetteer, worst of heading / file name / recognition)',
    `${worstLookup} µs (${lookups.map((l) => `${l.province} ${l.units}`).join(', ')} units)`,
    '< 100 µs',
    pass(worstLookup < 100),
  );

  if (e168)
    add(
      'Engine 168 units',
      `${round(e168.ms.median)} ms (${e168.rowsPerSecond.toLocaleString('en')} rows/s)`,
      '—',
      'INFO',
    );
  if (eBig)
    add(
      `Engine ${BIG} units`,
      `${round(eBig.ms.median)} ms (${eBig.rowsPerSecond.toLocaleString('en')} rows/s)`,
      '—',
      'INFO',
    );
  else add(`Engine ${BIG} units`, 'skipped (--skip-big)', '—', 'INFO');
  if (eBig?.ms.firstMs !== undefined)
    add(`Engine ${BIG} units, first cold run`, `${round(eBig.ms.firstMs)} ms`, '—', 'INFO');
  if (growth !== null) add(`Engine growth ratio ${BIG}/168`, String(round(growth, 2)), '≤ 1.5', pass(growth <= 1.5));
  else add(`Engine growth ratio ${BIG}/168`, 'skipped', '≤ 1.5', 'NOT MEASURED');
  const e10 = at(10);
  if (e10)
    add(
      'Engine 10 units',
      `${round(e10.ms.median)} ms (${e10.rowsPerSecond.toLocaleString('en')} rows/s)`,
      '—',
      'INFO',
    );
  add(`Slowest stage (${stageUnits} units)`, `${slowest[0]} ${round(slowest[1].median)} ms`, '—', 'INFO');

  // ── 2. Command line ─────────────────────────────────────────────────────────────────────────────────────────
  log('2. Command line end to end (168 units in 6 workbooks)');
  const work = mkdtempSync(join(tmpdir(), 'tonghop-bench-'));
  let cli: CliResult | null = null;
  try {
    cli = await cliBench(join(work, 'cli'), 5, 3, log);
    log(`  inputs: ${cli.files} files, ${round(cli.bytes / KB)} KB; exit code ${cli.exitCode}`);
    log(`  command (run() in-process): ${fmtSample(cli.command)}`);
    log(`  plain ExcelJS load of the same files: ${fmtSample(cli.plainLoad)}`);
    log(`  ratio command ÷ plain load: ${round(cli.ratio, 2)}`);
    log(
      `  parts of the command: readXlsxFile ×${cli.files} ${fmtSample(cli.parts.readXlsxFiles)}; consolidate + render ${fmtSample(cli.parts.consolidateAndRender)}; writeXlsxFile ${fmtSample(cli.parts.writeXlsxFile)}`,
    );
    // Engine and reading are timed in the same loop on the same files, so a slow spell slows both alike.
    const engineRead = cli.parts.consolidateAndRender.median / cli.parts.readXlsxFiles.median;
    const commandRead = cli.command.median / cli.parts.readXlsxFiles.median;
    log(
      `  ratio engine ÷ reading the same files (readXlsxFile): ${round(engineRead, 2)}; command ÷ reading: ${round(commandRead, 2)}`,
    );
    add(
      `Engine ÷ reading the same files (${cli.units} units)`,
      `${round(engineRead, 2)} (${round(cli.parts.consolidateAndRender.median)} / ${round(cli.parts.readXlsxFiles.median)} ms)`,
      '≤ 2.5',
      pass(engineRead <= 2.5),
    );
    add(
      'CLI ÷ reading the same files (readXlsxFile)',
      `${round(commandRead, 2)} (${round(cli.command.median)} / ${round(cli.parts.readXlsxFiles.median)} ms)`,
      '—',
      'INFO',
    );
    if (cli.peak.rssMB && cli.peak.wallMs)
      log(
        `  peak memory of the command (child, ${cli.peak.how}): ${fmtSample(cli.peak.rssMB, 'MB')}; child wall time ${fmtSample(cli.peak.wallMs)}\n`,
      );
    else log(`  peak memory: not measured — ${cli.peak.note}\n`);
    add(
      'CLI ÷ plain ExcelJS load',
      `${round(cli.ratio, 2)} (${round(cli.command.median)} / ${round(cli.plainLoad.median)} ms)`,
      '≤ 1.5',
      pass(cli.ratio <= 1.5),
    );
    if (cli.peak.rssMB)
      add('CLI peak memory', `${round(cli.peak.rssMB.median)} MB`, '< 600 MB', pass(cli.peak.rssMB.median < 600));
    else add('CLI peak memory', `not measured: ${cli.peak.note}`, '< 600 MB', 'NOT MEASURED');
  } catch (error) {
    log(`  not measured: ${(error as Error).message}\n`);
    add('CLI ÷ plain ExcelJS load', `not measured: ${(error as Error).message}`, '≤ 1.5', 'NOT MEASURED');
  }

  // ── 2b. Start-up ────────────────────────────────────────────────────────────────────────────────────────────
  log(
    `2b. Start-up of a fresh tonghop process (the bundle of build:cli, ${STARTUP_RUNS} runs, interleaved with a bare node start)`,
  );
  let startup: StartupResult | null = null;
  const built = buildCli(join(work, 'startup'));
  if ('main' in built) {
    startup = startupBench([built.main], STARTUP_RUNS)[0];
    printStartup(startup, log);
    add(
      'tonghop --help ÷ bare node start',
      `${round(startup.helpRatio, 2)} (${round(startup.help.median)} / ${round(startup.bareNode.median)} ms)`,
      '≤ 2.5',
      pass(startup.helpRatio <= 2.5),
    );
    add(
      'tonghop one-file run ÷ bare node start',
      `${round(startup.oneFileRatio, 2)} (${round(startup.oneFile.median)} / ${round(startup.bareNode.median)} ms)`,
      '≤ 4.5',
      pass(startup.oneFileRatio <= 4.5),
    );
  } else {
    log(`  not measured: ${built.note}`);
    add('tonghop --help ÷ bare node start', `not measured: ${built.note}`, '≤ 2.5', 'NOT MEASURED');
  }
  log('');

  // ── 3. Office.js ────────────────────────────────────────────────────────────────────────────────────────────
  log(
    '3. Add-in Office.js cost (whole first run replayed through the real office.js: read, consolidate, write + catalog sheet)',
  );
  const office: OfficeJsResult[] = [];
  for (const n of OFFICE_SIZES) {
    const r = await officeJsRun(n);
    office.push(r);
    log(
      `  ${String(n).padStart(3)} sheets: ${r.syncs} requests (read ${r.readSyncs}, write ${r.writeSyncs}), largest ${r.maxRequestBytes.toLocaleString('en')} B, all ${r.totalRequestBytes.toLocaleString('en')} B, largest answer ${r.maxResponseBytes.toLocaleString('en')} B, ${r.unitsConsolidated} units, ${Math.round(r.ms)} ms`,
    );
  }
  const failures = officeFailures(office);
  add(
    'Office.js requests 5/50/168/400 sheets',
    office.map((r) => r.syncs).join(' / '),
    '400 ≤ 3 × 5',
    pass(!failures.some((f) => f.startsWith('syncs'))),
  );
  add(
    'Office.js largest request (office.js serialised)',
    `${Math.max(...office.map((r) => r.maxRequestBytes)).toLocaleString('en')} B`,
    '< 4,000,000 B',
    pass(!failures.some((f) => f.includes('request'))),
  );
  add(
    'Office.js largest answer',
    `${Math.max(...office.map((r) => r.maxResponseBytes)).toLocaleString('en')} B`,
    '< 4,000,000 B',
    pass(!failures.some((f) => f.includes('response'))),
  );
  log('');

  // ── 4. Bundle ───────────────────────────────────────────────────────────────────────────────────────────────
  log('4. Task pane start bundle (webpack --mode production into a temp folder)');
  let bundle: BundleResult;
  if (flag('--skip-bundle')) bundle = { measured: false, reason: 'skipped (--skip-bundle)' };
  else bundle = bundleBench(join(work, 'dist'));
  if (bundle.measured) {
    for (const f of bundle.files)
      log(`  ${f.file}: ${f.bytes.toLocaleString('en')} B, ${f.gzipBytes.toLocaleString('en')} B gzipped`);
    log(
      `  total at start (office.js excluded): ${bundle.bytes.toLocaleString('en')} B = ${round(bundle.bytes / KB)} KB, gzipped ${bundle.gzipBytes.toLocaleString('en')} B = ${round(bundle.gzipBytes / KB)} KB`,
    );
    for (const f of bundle.lazyChunks)
      log(
        `  not loaded at start: ${f.file} ${f.bytes.toLocaleString('en')} B (${f.gzipBytes.toLocaleString('en')} B gzipped)`,
      );
    log(`  build took ${round(bundle.buildMs / 1000)} s\n`);
    add(
      'Task pane start bundle (gzip -9)',
      `${round(bundle.gzipBytes / KB)} KB (${round(bundle.bytes / KB)} KB raw)`,
      '≤ 350 KB',
      pass(bundle.gzipBytes <= 350 * KB),
    );
    // The official units of both eras ride in the bundle (issue 14 allows the pane 60 KB gz for the gazetteer feature).
    const gazetteer = gzipSync(readFileSync(join(__dirname, '..', 'src', 'core', 'units', 'gazetteer-data.ts')), {
      level: 9,
    }).length;
    add('Gazetteer module (4,017 units, gzip -9 of its source)', `${round(gazetteer / KB)} KB`, '—', 'INFO');
  } else {
    log(`  not measured: ${bundle.reason}\n`);
    add('Task pane start bundle (gzip -9)', `not measured: ${bundle.reason}`, '≤ 350 KB', 'NOT MEASURED');
  }
  rmSync(work, { recursive: true, force: true });

  // ── Table ───────────────────────────────────────────────────────────────────────────────────────────────────
  const w = [
    Math.max(...table.map((l) => l.figure.length), 6),
    Math.max(...table.map((l) => l.value.length), 5),
    Math.max(...table.map((l) => l.budget.length), 6),
  ];
  log(`Machine: ${machine.cpu} × ${machine.cores} cores, Node ${machine.node}`);
  log(`${'Figure'.padEnd(w[0])} | ${'Value'.padEnd(w[1])} | ${'Budget'.padEnd(w[2])} | Result`);
  log(`${'-'.repeat(w[0])}-+-${'-'.repeat(w[1])}-+-${'-'.repeat(w[2])}-+-------`);
  for (const l of table)
    log(`${l.figure.padEnd(w[0])} | ${l.value.padEnd(w[1])} | ${l.budget.padEnd(w[2])} | ${l.status}`);
  const failed = table.filter((l) => l.status === 'FAIL');

  const results = {
    version: 1,
    date: new Date().toISOString(),
    machine,
    options: { bigRuns, skipBig: flag('--skip-big'), skipBundle: flag('--skip-bundle') },
    engine: {
      scales,
      growthRatio: growth,
      stages: { units: stageUnits, ms: stages },
      hotSpotProbe: probe,
      unitLookups: lookups,
    },
    cli,
    startup,
    office,
    bundle,
    table,
    failed: failed.map((l) => l.figure),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nResults written to bench/results.json`);
  if (failed.length) {
    log(`Budgets failed: ${failed.map((l) => `${l.figure} (${l.value}, budget ${l.budget})`).join('; ')}`);
    process.exitCode = 1;
  } else log('All measured budgets pass.');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
