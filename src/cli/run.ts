import { Command, CommanderError, Option } from 'commander';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Catalog, CellRef, Grid, PreviousPeriod } from '../core/model';
import { previousFromReportJson, previousFromWorkbook } from '../core/previous';
import { learnFromMappingSheet } from '../core/learn';
import { defaultCatalog, validateCatalog } from '../core/catalog';
import { consolidate, toReportJson } from '../core/consolidate';
import { parseEra, parseUnitList, planUnits, type Era } from '../core/units';
import { internalLink, renderWorkbook, type UnitsLayout } from '../core/render';
import { collectInputs, type InputFile } from './collect-inputs';
import { inspectFile, type FileKind } from './inspect-file';
import { errorLine, noticeLine, type Lang, type MessageKey } from './messages';
import { readXlsxFile } from './read-xlsx';
import { findLibreOffice } from './libreoffice';
import { convertToXlsx } from './convert';
import { printSummary } from './print-summary';
import { writeXlsxFile } from './write-xlsx';
import { addTemplateCommands } from './template-commands';

/** Exit codes, documented in `tonghop --help`. */
export const ExitCode = { ok: 0, unusable: 1, someSkipped: 2 } as const;

export type Io = { out: (text: string) => void; err: (text: string) => void };

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** A failure that ends the run with one line on stderr. Expected failures are values, not stack traces. */
class CliFailure extends Error {
  constructor(readonly key: MessageKey, readonly params: Record<string, string | number> = {}) {
    super(key);
  }
}

type ConsolidateFlags = {
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
 * Runs the command line in-process and returns the exit code (never calls process.exit).
 * @example await run(['consolidate', 'samples', '--out', 'out/tong-hop.xlsx']) // 0
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = ExitCode.ok;
  const program = buildProgram(
    io,
    async (inputs, flags) => {
      code = await consolidateCommand(inputs, flags, io);
    },
    async (summary, catalog) => {
      code = await learnCommand(summary, catalog, io);
    },
  );
  addTemplateCommands(program, {
    io,
    guard: async (body) => {
      try {
        code = await body();
      } catch (error) {
        code = failureCode(error, io);
      }
    },
    fail: (key, params) => new CliFailure(key, params),
    loadCatalog,
    loadUnits,
    writeText: writeTextAtomic,
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return failureCode(error, io);
  }
}

function failureCode(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version end through here too, with exit code 0.
    if (error.exitCode === 0) return ExitCode.ok;
    io.err(`${errorLine('usage', { detail: error.message.replace(/^error: /, '') })}\n`);
    return ExitCode.unusable;
  }
  if (error instanceof CliFailure) {
    io.err(`${errorLine(error.key, error.params)}\n`);
    return ExitCode.unusable;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.err(`${errorLine('internal', { detail })}\n`);
  if (process.env.TONGHOP_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return ExitCode.unusable;
}

const EXIT_HELP = `
Mã thoát / Exit codes:
  0  thành công (cảnh báo về số liệu không phải lỗi) / success (issues in the data are not failures)
  1  đầu vào không dùng được, không tổng hợp được gì / unusable input, nothing consolidated
  2  đã tổng hợp nhưng bỏ qua một số tệp hỏng / consolidated, but some files were skipped`;

function buildProgram(
  io: Io,
  action: (inputs: string[], flags: ConsolidateFlags) => Promise<void>,
  learn: (summary: string, catalog: string) => Promise<void>,
): Command {
  const program = new Command('tonghop')
    .description(
      'Tổng hợp báo cáo thông tin và truyền thông của các đơn vị thành báo cáo toàn tỉnh.\n' +
        'Consolidates the units\' ICT reports into one provincial summary.',
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .helpCommand('help [command]', 'trợ giúp cho một lệnh / help for a command')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined });

  program
    .command('consolidate')
    .description(
      'Đọc báo cáo .xlsx của các đơn vị (tệp hoặc thư mục), tổng hợp và kiểm tra số liệu.\n' +
        'Reads the units\' .xlsx reports (files or folders), consolidates and checks the figures.',
    )
    .argument('<inputs...>', 'tệp .xlsx hoặc thư mục chứa chúng / .xlsx files or folders holding them')
    .option('--catalog <file>', 'danh mục chỉ tiêu (JSON); mặc định: danh mục ngành TT&TT có sẵn / indicator catalog (JSON); default: the built-in ICT catalog')
    .option('--units <file>', 'danh sách đơn vị, mỗi dòng một tên chính thức (UTF-8, "#" là ghi chú); thay danh sách của --province / expected units, one official name a line (UTF-8, "#" starts a comment); overrides the --province list')
    .option('--period <text>', 'kỳ báo cáo, ví dụ "6 tháng đầu năm 2022"; báo cáo khác kỳ sẽ bị cảnh báo / reporting period; reports of another period are flagged')
    .option('--department <text>', 'tên cơ quan tổng hợp in trên tiêu đề / the department\'s name printed in the title')
    .option(
      '--province <name>',
      'tỉnh, thành phố tổng hợp: danh sách đơn vị chính thức (mã, tên) lấy theo kỳ báo cáo — trước 1/7/2025 các huyện, thị xã, thành phố; từ 1/7/2025 các xã, phường, đặc khu — không cần --units / ' +
        'the province: its official units (codes, names) follow from the period — districts before 1 July 2025, communes and wards since — no --units needed',
    )
    .option('--era <era>', 'kỳ trải qua hoặc kết thúc sát 1/7/2025 (vd "năm 2025", "6 tháng đầu năm 2025"): "truoc" (các huyện) hoặc "sau" (các xã, phường); mặc định theo đa số báo cáo / a period across 1 July 2025 or ending just before it: "before" (districts) or "since" (communes); default: what most reports are')
    .option('--out <file>', '(bắt buộc) tệp .xlsx kết quả / (required) the summary .xlsx to write')
    .option('--json <file>', 'ghi thêm report.json (phiên bản 1) / also write report.json (version 1)')
    .option('--previous <file>', 'bảng tổng hợp kỳ trước (.xlsx) hoặc report.json kỳ trước: thêm cột thay đổi và cảnh báo biến động bất thường / an earlier summary .xlsx or report.json: adds a change column and flags implausible jumps')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ của bảng tổng hợp và thông báo / language of the summary and messages').choices(['vi', 'en']).default('vi'))
    .addOption(
      new Option(
        '--layout <layout>',
        'trang «Theo đơn vị»: mỗi đơn vị một dòng (rows) hoặc một cột (columns); auto: cột khi có tối đa 15 đơn vị / the «Theo đơn vị» sheet: one row (rows) or one column (columns) per unit; auto: columns up to 15 units',
      ).choices(['auto', 'rows', 'columns']).default('auto'),
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined })
    .action(action);

  program
    .command('learn')
    .description(
      'Học từ trang «Đối chiếu» đã được sửa: mỗi dòng có «Mã chỉ tiêu» do người dùng điền hoặc sửa trở thành bí danh\n' +
        'trong danh mục (tệp --catalog), để kỳ sau tự khớp.\n' +
        'Learns from a corrected «Đối chiếu» sheet: each label given an indicator id by a person becomes an alias in the\n' +
        '--catalog file, so the next period matches by itself.',
    )
    .argument('<summary>', 'tệp tổng hợp .xlsx có trang «Đối chiếu» đã sửa / the summary .xlsx with the corrected mapping sheet')
    .requiredOption('--catalog <file>', 'tệp danh mục JSON để ghi (tạo từ danh mục có sẵn nếu chưa có) / the catalog JSON to update (created from the built-in one if missing)')
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined })
    .action((summary: string, flags: { catalog: string }) => learn(summary, flags.catalog));
  return program;
}

async function learnCommand(summary: string, catalogPath: string, io: Io): Promise<number> {
  try {
    const catalog = await loadCatalogOrDefault(catalogPath);
    const grids = await readXlsxFile(summary, basename(summary)).catch(() => null);
    if (grids === null) throw new CliFailure('mapping_unreadable', { file: summary, detail: 'không mở được tệp .xlsx / cannot open the .xlsx file' });
    const sheet = grids.find((g) => g.name === 'Đối chiếu');
    if (!sheet) throw new CliFailure('mapping_unreadable', { file: summary, detail: 'không có trang này / no such sheet' });
    const result = learnFromMappingSheet(sheet, catalog);
    if (!result.ok) throw new CliFailure('mapping_unreadable', { file: summary, detail: result.reason });
    for (const u of result.unknownIds) io.err(`Cảnh báo: dòng ${u.row + 1}: mã «${u.id}» không có trong danh mục, bỏ qua | Warning: row ${u.row + 1}: id "${u.id}" is not in the catalog, skipped\n`);
    if (result.learned.length > 0) await writeTextAtomic(catalogPath, `${JSON.stringify(result.catalog, null, 2)}\n`);
    for (const d of result.learned) io.out(`+ «${d.label}» → ${d.indicatorId}\n`);
    io.out(`Đã thêm ${result.learned.length} bí danh vào ${catalogPath} | ${result.learned.length} alias(es) added\n`);
    return ExitCode.ok;
  } catch (error) {
    return failureCode(error, io);
  }
}

/** The catalog to update: the file when it exists (validated), else the built-in catalog. */
async function loadCatalogOrDefault(path: string): Promise<Catalog> {
  const exists = await readFile(path, 'utf8').then(() => true, () => false);
  return exists ? loadCatalog(path) : defaultCatalog;
}

async function consolidateCommand(inputs: string[], flags: ConsolidateFlags, io: Io): Promise<number> {
  try {
    return await consolidateFiles(inputs, flags, io);
  } catch (error) {
    return failureCode(error, io);
  }
}

type BadFile = { file: InputFile; key: MessageKey; params: Record<string, string | number> };

async function consolidateFiles(inputs: string[], flags: ConsolidateFlags, io: Io): Promise<number> {
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

  const result = consolidate(grids, { catalog, expectedUnits, province: flags.province, era, period: flags.period, previous });
  if (result.summary.units.length === 0) {
    // Say why each sheet was not a report (too large, instructions, no table...), at most three, on the same line.
    const detail = result.skipped.slice(0, 3).map((s) => `${s.source} — ${s.reason}`).join('; ');
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

  printSummary(io, flags.lang, { result, province: flags.province, badFiles: bad.map((b) => b.file.display), out: flags.out, json: flags.json ?? null });
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

/** The previous period's figures, from report.json or from the "Tổng hợp" sheet of an earlier summary. */
async function loadPrevious(path: string, catalog: Catalog): Promise<PreviousPeriod> {
  const file = basename(path);
  if (/\.json$/i.test(path)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) throw new CliFailure('previous_unreadable', { file: path, detail: 'không mở được tệp / cannot open the file' });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CliFailure('previous_unreadable', { file: path, detail: `JSON: ${(error as Error).message}` });
    }
    const read = previousFromReportJson(json, file);
    if (!read.ok) throw new CliFailure('previous_unreadable', { file: path, detail: read.reason });
    return read.previous;
  }
  const grids = await readXlsxFile(path, file).catch(() => null);
  if (grids === null) throw new CliFailure('previous_unreadable', { file: path, detail: 'không mở được tệp .xlsx / cannot open the .xlsx file' });
  const read = previousFromWorkbook(grids, catalog, file);
  if (!read.ok) throw new CliFailure('previous_unreadable', { file: path, detail: read.reason });
  return read.previous;
}

/** One bad file gives one line; several give one line each, then a closing line. */
function reportNothingRead(bad: BadFile[], io: Io): number {
  for (const b of bad) io.err(`${errorLine(b.key, b.params)}\n`);
  if (bad.length > 1) io.err(`${errorLine('nothing_consolidated')}\n`);
  return ExitCode.unusable;
}

/**
 * The output may sit in an input folder (a previous run's summary): it is skipped there. Named explicitly, or when
 * it is not a summary this tool wrote, it is an input and is refused, so no unit's report is ever overwritten.
 */
async function excludeOutput(files: InputFile[], out: string, json: string | null): Promise<InputFile[]> {
  const outReal = await realpath(out).catch(() => out);
  const kept: InputFile[] = [];
  for (const f of files) {
    const real = await realpath(f.path).catch(() => f.path);
    if (json && real === (await realpath(json).catch(() => json))) throw new CliFailure('out_is_input', { file: f.display });
    if (real !== outReal) kept.push(f);
    else if (f.named || !(await isSummaryWorkbook(f.path))) throw new CliFailure('out_is_input', { file: f.display });
  }
  return kept;
}

/** Our summaries carry the issues sheet "Kiểm tra" (or "Checks" in English). */
async function isSummaryWorkbook(path: string): Promise<boolean> {
  const grids = await readXlsxFile(path, basename(path), { maxRows: 1, maxCols: 1 }).catch(() => []);
  return grids.some((g) => g.name === 'Kiểm tra' || g.name === 'Checks');
}

async function readInputs(files: InputFile[], io: Io): Promise<{ grids: Grid[]; bad: BadFile[] }> {
  const grids: Grid[] = [];
  const bad: BadFile[] = [];
  for (const file of files) {
    const read = await readInput(file, io);
    if ('key' in read) bad.push({ file, key: read.key, params: read.params });
    else grids.push(...read.grids);
  }
  return { grids, bad };
}

async function readInput(file: InputFile, io: Io): Promise<{ grids: Grid[] } | { key: MessageKey; params: Record<string, string> }> {
  const kind = await inspectFile(file.path).catch((): FileKind => 'corrupt');
  if (kind === 'xls' || kind === 'ods') {
    const converted = await readConverted(file, kind, io);
    if (converted) return converted;
  }
  if (kind !== 'xlsx') return problemOf(kind, file.display);
  const grids = await readXlsxFile(file.path, file.display).catch(() => null);
  if (grids === null) return { key: 'corrupt', params: { file: file.display } };
  if (!grids.some((g) => g.values.some((row) => row.some((v) => v !== null)))) return { key: 'empty_workbook', params: { file: file.display } };
  return { grids };
}

/**
 * An .xls (Excel 97–2003) or .ods report read through LibreOffice when it is installed: converted in a temporary
 * folder, read, and said so. Null (the usual message then) when LibreOffice is missing or cannot convert it.
 */
async function readConverted(file: InputFile, kind: 'xls' | 'ods', io: Io): Promise<{ grids: Grid[] } | null> {
  const command = findLibreOffice();
  if (!command) return null;
  const converted = await convertToXlsx(file.path, kind, command);
  if (!converted) return null;
  try {
    const grids = await readXlsxFile(converted.path, file.display).catch(() => null);
    if (!grids) return null;
    io.out(`${noticeLine('converted', { file: file.display })}\n`);
    return { grids };
  } finally {
    await converted.cleanup();
  }
}

function problemOf(kind: Exclude<FileKind, 'xlsx'>, file: string): { key: MessageKey; params: Record<string, string> } {
  if (kind === 'xls') {
    const command = findLibreOffice();
    return command ? { key: 'xls_with_libreoffice', params: { file, command } } : { key: 'xls', params: { file } };
  }
  return { key: kind, params: { file } };
}

async function loadCatalog(path: string | undefined): Promise<Catalog> {
  if (!path) return defaultCatalog;
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) throw new CliFailure('catalog_unreadable', { file: path, detail: 'không mở được tệp / cannot open the file' });
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    throw new CliFailure('catalog_unreadable', { file: path, detail: `JSON: ${(error as Error).message}` });
  }
  const checked = validateCatalog(json);
  if (!checked.ok) throw new CliFailure('catalog_invalid', { file: path, detail: checked.errors.slice(0, 3).join('; ') });
  return checked.catalog;
}

/** units.txt is read by core's one units-list parser, shared with the add-in. */
export { parseUnitList };

/** --era: "truoc"/"before" or "sau"/"since" (with or without diacritics). */
function eraOf(text: string | undefined): Era | undefined {
  if (text === undefined) return undefined;
  const era = parseEra(text);
  if (!era) throw new CliFailure('era_invalid', { era: text });
  return era;
}

/** --province must be a province the gazetteer knows (either era); a typo gets the nearest names. */
function checkProvince(province: string | undefined): void {
  if (!province) return;
  const planned = planUnits({ province }, null);
  if (!planned.ok) throw new CliFailure('province_unknown', { province, nearest: planned.problem.nearest.join(', ') });
}

async function loadUnits(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) throw new CliFailure('units_unreadable', { file: path, detail: 'không mở được tệp / cannot open the file' });
  const units = parseUnitList(text);
  if (units.length === 0) throw new CliFailure('units_unreadable', { file: path, detail: 'không có tên đơn vị nào / no unit names' });
  return units;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function writeOrFail(file: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new CliFailure('write_failed', { file, detail: (error as Error).message });
  }
}

async function writeTextAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}
