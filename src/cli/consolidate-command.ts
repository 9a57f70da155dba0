import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { CellRef } from '../core/model';
import { consolidate, toReportJson } from '../core/consolidate';
import { internalLink, renderWorkbook, type UnitsLayout } from '../core/render';
import { parseEra, planUnits, type Era } from '../core/units';
import { collectInputs, type InputFile } from './collect-inputs';
import { CliFailure, ExitCode, type Io } from './io';
import { loadCatalog, loadPrevious, loadUnits, writeOrFail, writeTextAtomic } from './load-files';
import { errorLine, type Lang } from './messages';
import { printSummary } from './print-summary';
import { excludeOutput, readInputs, type BadFile } from './read-inputs';
import { writeXlsxFile } from './write-xlsx';

/** The options of `tonghop consolidate`, as commander parses them. */
export type ConsolidateFlags = {
  catalog?: string;
  units?: string;
  period?: string;
  era?: string;
  department?: string;
  province?: string;
  out?: string;
  json?: string;
  previous?: string;
  lang: Lang;
  layout: UnitsLayout;
};

/**
 * `tonghop consolidate`: reads the files, calls core (consolidate, then render), writes the summary and report.json,
 * prints what a staff member checks.
 */
export async function consolidateFiles(inputs: string[], flags: ConsolidateFlags, io: Io): Promise<number> {
  if (!flags.out) throw new CliFailure('out_missing');
  const out = resolve(flags.out);
  const collected = await collectInputs(inputs);
  if (!collected.ok) throw new CliFailure(collected.problem, { file: collected.file });
  const files = await excludeOutput(collected.files, out, flags.json ? resolve(flags.json) : null);
  const catalog = await loadCatalog(flags.catalog);
  const expectedUnits = flags.units ? await loadUnits(flags.units) : undefined;
  const era = eraOf(flags.era);
  checkProvince(flags.province);

  const previous = flags.previous ? await loadPrevious(flags.previous, catalog) : undefined;
  const { grids, bad } = await readInputs(files, io);
  if (grids.length === 0) return reportNothingRead(bad, io);
  for (const b of bad) io.err(`${errorLine(b.key, b.params)}\n`);

  const result = consolidate(grids, {
    catalog,
    expectedUnits,
    province: flags.province,
    era,
    period: flags.period,
    previous,
  });
  if (result.summary.units.length === 0) {
    // Say why each sheet was not a report (too large, instructions, no table...), at most three, on the same line.
    const detail = result.skipped
      .slice(0, 3)
      .map((s) => `${s.source} — ${s.reason}`)
      .join('; ');
    throw new CliFailure('no_reports', { detail });
  }
  const spec = renderWorkbook(result, {
    department: flags.department,
    // The province as the gazetteer names it ("Tỉnh Bình Phước" typed → "Bình Phước"; Đồng Nai for 2026).
    province: result.summary.unitsFrom?.province ?? flags.province,
    generatedAt: new Date().toISOString().slice(0, 10),
    lang: flags.lang,
    layout: flags.layout,
    sourceLink: sourceLinker(files, dirname(out)),
  });
  await mkdir(dirname(out), { recursive: true });
  await writeOrFail(out, () => writeXlsxFile(spec, out));
  const json = flags.json ? resolve(flags.json) : null;
  if (json) await writeOrFail(json, () => writeTextAtomic(json, `${JSON.stringify(toReportJson(result), null, 2)}\n`));

  printSummary(io, flags.lang, {
    result,
    province: flags.province,
    badFiles: bad.map((b) => b.file.display),
    out: flags.out,
    json: flags.json ?? null,
  });
  return bad.length > 0 ? ExitCode.someSkipped : ExitCode.ok;
}

/** Links in the summary open the unit's own file beside the output, at the cell the figure came from. */
function sourceLinker(files: InputFile[], outDir: string): (ref: CellRef) => string | undefined {
  // One relative path per file, not per linked cell (a country-scale mapping sheet links 140,000 cells).
  const targets = new Map(files.map((f) => [f.display, relative(outDir, f.path).split(sep).join('/')]));
  return (ref) => {
    const target = targets.get(ref.file);
    return target === undefined ? undefined : `${target}${internalLink(ref.sheet, ref.address)}`;
  };
}

/** One bad file gives one line; several give one line each, then a closing line. */
function reportNothingRead(bad: BadFile[], io: Io): number {
  for (const b of bad) io.err(`${errorLine(b.key, b.params)}\n`);
  if (bad.length > 1) io.err(`${errorLine('nothing_consolidated')}\n`);
  return ExitCode.unusable;
}

/** --era: "truoc"/"before" or "sau"/"since" (with or without diacritics). */
export function eraOf(text: string | undefined): Era | undefined {
  if (text === undefined) return undefined;
  const era = parseEra(text);
  if (!era) throw new CliFailure('era_invalid', { era: text });
  return era;
}

/** --province must be a province the gazetteer knows (either era); a typo gets the nearest names. */
export function checkProvince(province: string | undefined): void {
  if (!province) return;
  const planned = planUnits({ province }, null);
  if (!planned.ok) throw new CliFailure('province_unknown', { province, nearest: planned.problem.nearest.join(', ') });
}
