/**
 * `tonghop catalog` (the department's own form → catalog.json) and `tonghop template` (catalog → the forms units
 * fill in). The thinking is in src/core/template; this file reads, writes and prints.
 */
import { Command, Option } from 'commander';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Aggregate, Catalog, Grid } from '../core/model';
import { catalogVersion } from '../core/catalog';
import { catalogFromTemplate, openNeeds, renderForms, type TemplateCatalog } from '../core/template';
import { removeDiacritics } from '../core/text';
import { parsePeriod } from '../core/detect';
import { planUnits } from '../core/units';
import { DETAIL, type Lang, type MessageKey } from './messages';
import { inspectFile } from './inspect-file';
import { readXlsxFile } from './read-xlsx';
import { writeXlsxFile } from './write-xlsx';

/** What the commands share with the others (io.ts, load-files.ts), handed in by run.ts with the exit code it keeps. */
export type TemplateCommandKit = {
  io: { out: (text: string) => void; err: (text: string) => void };
  /** Runs a command and turns a failure into its one line on stderr and exit code. */
  guard: (body: () => Promise<number>) => Promise<void>;
  fail: (key: MessageKey, params?: Record<string, string | number>) => Error;
  loadCatalog: (path: string) => Promise<Catalog>;
  loadUnits: (path: string) => Promise<string[]>;
  writeText: (path: string, text: string) => Promise<void>;
};

type CatalogFlags = { out?: string; sheet?: string; lang: Lang };
type TemplateFlags = {
  catalog?: string;
  units?: string;
  province?: string;
  period?: string;
  out?: string;
  split?: boolean;
  lang: Lang;
};

/**
 * The official units of a province for the period the forms are for, from the gazetteer: its districts before
 * 1 July 2025, its communes and wards since (a period across the date takes the new units: the forms go out now).
 */
function provinceUnits(
  province: string,
  period: string,
): { ok: true; units: string[] } | { ok: false; nearest: string[] } {
  const planned = planUnits({ province }, parsePeriod(period)?.key ?? null);
  if (!planned.ok) return { ok: false, nearest: planned.problem.nearest };
  const era = planned.plan.era === 'before' || planned.plan.era === 'since' ? planned.plan.era : planned.plan.lean;
  return { ok: true, units: planned.plan.official[era].map((u) => u.name) };
}

export function addTemplateCommands(program: Command, kit: TemplateCommandKit): void {
  const quiet = { writeOut: kit.io.out, writeErr: () => undefined, outputError: () => undefined };
  program
    .command('catalog')
    .description(
      'Đọc mẫu báo cáo (biểu trống) của cơ quan thành danh mục chỉ tiêu (JSON): mỗi dòng một chỉ tiêu, ĐVT, nhóm, cách tổng hợp;\n' +
        'những điểm mẫu không nói rõ được liệt kê trong "needs" để người dùng quyết định.\n' +
        "Reads the department's blank report form into a catalog (JSON): one indicator a row, measure, section, aggregate;\n" +
        'what the form does not say is listed under "needs" for a person to decide.',
    )
    .argument('<template>', 'tệp mẫu báo cáo .xlsx / the blank form .xlsx')
    .option(
      '--sheet <name>',
      'trang tính chứa mẫu (mặc định: trang đầu tiên đọc được) / the sheet holding the form (default: the first readable one)',
    )
    .option('--out <file>', '(bắt buộc) tệp danh mục JSON để ghi / (required) the catalog JSON to write')
    .addOption(
      new Option('--lang <lang>', 'ngôn ngữ thông báo / language of messages').choices(['vi', 'en']).default('vi'),
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .exitOverride()
    .configureOutput(quiet)
    .action((template: string, flags: CatalogFlags) => kit.guard(() => catalogCommand(template, flags, kit)));

  program
    .command('template')
    .description(
      'Tạo mẫu báo cáo cho các đơn vị từ danh mục: tên đơn vị và kỳ báo cáo trên tiêu đề, ô số liệu có kiểm tra, mã chỉ tiêu\n' +
        'ở cột ẩn, để báo cáo gửi về được tổng hợp chính xác theo mã.\n' +
        'Makes the form units fill in from the catalog: the unit and period in the title, validated figure cells, each\n' +
        "indicator's id in a hidden column, so the returned reports consolidate exactly, by id.",
    )
    .option('--catalog <file>', '(bắt buộc) danh mục chỉ tiêu JSON / (required) the catalog JSON')
    .option(
      '--units <file>',
      'danh sách đơn vị, mỗi dòng một tên chính thức: mỗi đơn vị một trang / unit list, one official name a line: one sheet per unit',
    )
    .option('--province <name>', "lấy danh sách đơn vị của tỉnh / take the province's units")
    .option('--period <text>', '(bắt buộc) kỳ báo cáo, ví dụ "6 tháng đầu năm 2025" / (required) the period')
    .option(
      '--out <file>',
      '(bắt buộc) tệp .xlsx để ghi; với --split: thư mục / (required) the .xlsx to write; with --split: a folder',
    )
    .option('--split', 'mỗi đơn vị một tệp riêng trong thư mục --out / one file per unit in the --out folder')
    .addOption(
      new Option('--lang <lang>', 'ngôn ngữ của mẫu và thông báo / language of the form and messages')
        .choices(['vi', 'en'])
        .default('vi'),
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .exitOverride()
    .configureOutput(quiet)
    .action((flags: TemplateFlags) => kit.guard(() => templateCommand(flags, kit)));
}

async function catalogCommand(template: string, flags: CatalogFlags, kit: TemplateCommandKit): Promise<number> {
  if (!flags.out) throw kit.fail('usage', { detail: 'thiếu --out <catalog.json> / missing --out <catalog.json>' });
  const file = basename(template);
  const kind = await inspectFile(template).catch(() => 'missing' as const);
  if (kind !== 'xlsx')
    throw kit.fail('template_unreadable', {
      file: template,
      detail: kind === 'missing' ? DETAIL.cannotOpen : `không phải tệp .xlsx (${kind}) / not an .xlsx file`,
    });
  const grids = await readXlsxFile(template, file).catch(() => null);
  if (grids === null)
    throw kit.fail('template_unreadable', { file: template, detail: 'tệp .xlsx hỏng / damaged .xlsx file' });
  const read = readForm(grids, flags.sheet);
  if (!read.ok)
    throw kit.fail('template_unreadable', {
      file: template,
      detail: flags.lang === 'en' ? read.reasonEn : read.reason,
    });
  const { catalog } = read;
  const json = {
    ...(catalog.title ? { title: catalog.title } : {}),
    source: catalog.source,
    indicators: catalog.indicators,
    ...(catalog.needs ? { needs: catalog.needs } : {}),
  };
  await kit.writeText(resolve(flags.out), `${JSON.stringify(json, null, 2)}\n`);
  kit.io.out(`${catalogReport(read, flags.out, flags.lang).join('\n')}\n`);
  return 0;
}

/** The named sheet, or the first sheet that reads as a form. */
function readForm(grids: Grid[], sheet: string | undefined): TemplateCatalog {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.name === sheet);
    if (!grid)
      return {
        ok: false,
        reason: `không có trang «${sheet}» (có: ${grids.map((g) => g.name).join(', ')})`,
        reasonEn: `no sheet "${sheet}" (there are: ${grids.map((g) => g.name).join(', ')})`,
      };
    return catalogFromTemplate(grid);
  }
  let first: TemplateCatalog | null = null;
  for (const grid of grids.filter((g) => !g.hidden)) {
    const read = catalogFromTemplate(grid);
    if (read.ok) return read;
    first ??= read;
  }
  return (
    first ?? {
      ok: false,
      reason: 'tệp không có trang tính nào / the file has no sheet',
      reasonEn: 'the file has no sheet',
    }
  );
}

function catalogReport(read: Extract<TemplateCatalog, { ok: true }>, out: string, lang: Lang): string[] {
  const { catalog, linked, aggregates } = read;
  const groups = new Set(catalog.indicators.flatMap((i) => (i.group ? [i.group] : []))).size;
  const needs = catalog.needs ?? [];
  const names = new Map(catalog.indicators.map((i) => [i.id, i.name]));
  const rule = (a: Aggregate): string => describeAggregate(a, names, lang);
  const vi = lang === 'vi';
  const lines = [
    vi
      ? `Đã đọc mẫu «${catalog.source}»: ${catalog.indicators.length} chỉ tiêu${groups > 0 ? ` trong ${groups} phần` : ''}; ${linked} chỉ tiêu trùng danh mục có sẵn (mang theo khoảng giá trị và quy tắc kiểm tra).`
      : `Read the form "${catalog.source}": ${catalog.indicators.length} indicators${groups > 0 ? ` in ${groups} sections` : ''}; ${linked} are in the built-in catalog (their ranges and rules came along).`,
  ];
  const decided = aggregates.filter((a) => a.from !== 'undecided');
  if (decided.length > 0) lines.push(vi ? 'Cách tổng hợp khác phép cộng:' : 'Aggregated otherwise than by a sum:');
  for (const a of decided) lines.push(`  - «${a.name}»: ${rule(a.aggregate)} (${FROM[lang][a.from]})`);
  lines.push(vi ? `Cần quyết định: ${needs.length}` : `Needs a decision: ${needs.length}`);
  needs.forEach((need, n) => lines.push(`  ${n + 1}. ${vi ? need.question : need.questionEn}`));
  if (needs.length > 0)
    lines.push(
      vi
        ? `  Sửa các chỉ tiêu đó trong ${out} (mục "needs" liệt kê chúng).`
        : `  Edit those indicators in ${out} (listed under "needs").`,
    );
  lines.push(vi ? `Đã ghi: ${out}` : `Written: ${out}`);
  return lines;
}

const FROM: Record<Lang, Record<string, string>> = {
  vi: { builtIn: 'theo danh mục có sẵn', parts: 'tính từ các chỉ tiêu thành phần trên mẫu', measure: 'theo ĐVT' },
  en: { builtIn: 'as the built-in catalog does', parts: 'from its parts on the form', measure: 'from the measure' },
};

function describeAggregate(a: Aggregate, names: Map<string, string>, lang: Lang): string {
  const name = (id: string) => `«${names.get(id) ?? id}»`;
  const vi = lang === 'vi';
  if (typeof a === 'string')
    return {
      sum: vi ? 'cộng' : 'sum',
      mean: vi ? 'trung bình các đơn vị' : 'mean of the units',
      max: vi ? 'lớn nhất' : 'largest',
      min: vi ? 'nhỏ nhất' : 'smallest',
      none: vi ? 'không tính tổng' : 'no total',
    }[a];
  if ('weightedBy' in a) return vi ? `bình quân theo ${name(a.weightedBy)}` : `weighted by ${name(a.weightedBy)}`;
  return vi
    ? `${name(a.ratio[0])} / ${name(a.ratio[1])} × ${a.scale ?? 1}`
    : `${name(a.ratio[0])} / ${name(a.ratio[1])} × ${a.scale ?? 1}`;
}

async function templateCommand(flags: TemplateFlags, kit: TemplateCommandKit): Promise<number> {
  if (!flags.catalog)
    throw kit.fail('usage', { detail: 'thiếu --catalog <catalog.json> / missing --catalog <catalog.json>' });
  if (!flags.period?.trim()) throw kit.fail('period_missing');
  if (!flags.out) throw kit.fail('usage', { detail: 'thiếu --out <tệp .xlsx> / missing --out <file .xlsx>' });
  if (flags.units && flags.province)
    throw kit.fail('usage', {
      detail: 'chỉ dùng một trong --units và --province / use only one of --units and --province',
    });
  const catalog = await kit.loadCatalog(flags.catalog);
  const units = flags.units
    ? await kit.loadUnits(flags.units)
    : flags.province
      ? unitsOf(flags.province, flags.period.trim(), kit)
      : [];
  const options = { period: flags.period.trim(), lang: flags.lang };
  const out = resolve(flags.out);
  const written: string[] = [];
  try {
    if (flags.split && units.length > 0) {
      await mkdir(out, { recursive: true });
      for (const unit of units) {
        const path = join(out, `${formFileName(unit)}.xlsx`);
        await writeXlsxFile(renderForms(catalog, [unit], options), path);
        written.push(path);
      }
    } else {
      await mkdir(dirname(out), { recursive: true });
      await writeXlsxFile(renderForms(catalog, units, options), out);
      written.push(out);
    }
  } catch (error) {
    throw kit.fail('write_failed', { file: flags.out, detail: (error as Error).message });
  }
  const vi = flags.lang === 'vi';
  const forms = Math.max(units.length, 1);
  const open = openNeeds(catalog).length;
  kit.io.out(
    [
      vi
        ? `Đã tạo ${forms} mẫu báo cáo (${catalog.indicators.length} chỉ tiêu, phiên bản danh mục ${catalogVersion(catalog)}, kỳ «${options.period}»).`
        : `Made ${forms} form(s) (${catalog.indicators.length} indicators, catalog version ${catalogVersion(catalog)}, period "${options.period}").`,
      ...(open > 0
        ? [
            vi
              ? `Lưu ý: danh mục còn ${open} điểm cần quyết định (mục "needs"); mẫu vẫn dùng được.`
              : `Note: the catalog still has ${open} open decision(s) ("needs"); the forms are usable.`,
          ]
        : []),
      ...written.map((path) => (vi ? `Đã ghi: ${path}` : `Written: ${path}`)),
    ].join('\n') + '\n',
  );
  return 0;
}

function unitsOf(province: string, period: string, kit: TemplateCommandKit): string[] {
  const found = provinceUnits(province, period);
  if (!found.ok) throw kit.fail('province_unknown', { province, nearest: found.nearest.join(', ') });
  return found.units;
}

/** "Xã Tân Tiến" → "mau-bao-cao-xa-tan-tien": a file name every system and mail client keeps intact. */
export function formFileName(unit: string): string {
  const words = removeDiacritics(unit.normalize('NFC'))
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `mau-bao-cao-${words || 'don-vi'}`;
}
