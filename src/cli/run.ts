import { Command, Option } from 'commander';
import { RENDER_TEXTS } from '../core/render';
import { consolidateFiles, type ConsolidateFlags } from './consolidate-command';
import { CliFailure, guarded, processIo, type Io } from './io';
import { learnCommand } from './learn-command';
import { loadCatalog, loadUnits, writeTextAtomic } from './load-files';
import { addTemplateCommands } from './template-commands';

/*
 * The `tonghop` program: its commands and options, each command's body in a file of its own. The CLI only parses
 * options, reads files, calls core and writes files; what the figures mean is decided in src/core.
 */

export { ExitCode, type Io } from './io';

/** The mapping sheet as render names it, for the help of `tonghop learn`. */
const MAPPING_SHEET = { vi: RENDER_TEXTS.vi.mappingSheet, en: RENDER_TEXTS.en.mappingSheet };

/**
 * Runs the command line in-process and returns the exit code (never calls process.exit).
 * @example await run(['consolidate', 'samples', '--out', 'out/tong-hop.xlsx']) // 0
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(
    io,
    async (inputs, flags) => {
      code = await guarded(io, () => consolidateFiles(inputs, flags, io));
    },
    async (summary, catalog) => {
      code = await guarded(io, () => learnCommand(summary, catalog, io));
    },
  );
  addTemplateCommands(program, {
    io,
    guard: async (body) => {
      code = await guarded(io, body);
    },
    fail: (key, params) => new CliFailure(key, params),
    loadCatalog,
    loadUnits,
    writeText: writeTextAtomic,
  });
  return guarded(io, async () => {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  });
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
        "Consolidates the units' ICT reports into one provincial summary.",
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
        "Reads the units' .xlsx reports (files or folders), consolidates and checks the figures.",
    )
    .argument('<inputs...>', 'tệp .xlsx hoặc thư mục chứa chúng / .xlsx files or folders holding them')
    .option(
      '--catalog <file>',
      'danh mục chỉ tiêu (JSON); mặc định: danh mục ngành TT&TT có sẵn / indicator catalog (JSON); default: the built-in ICT catalog',
    )
    .option(
      '--units <file>',
      'danh sách đơn vị, mỗi dòng một tên chính thức (UTF-8, "#" là ghi chú); thay danh sách của --province / expected units, one official name a line (UTF-8, "#" starts a comment); overrides the --province list',
    )
    .option(
      '--period <text>',
      'kỳ báo cáo, ví dụ "6 tháng đầu năm 2022"; báo cáo khác kỳ sẽ bị cảnh báo / reporting period; reports of another period are flagged',
    )
    .option('--department <text>', "tên cơ quan tổng hợp in trên tiêu đề / the department's name printed in the title")
    .option(
      '--province <name>',
      'tỉnh, thành phố tổng hợp: danh sách đơn vị chính thức (mã, tên) lấy theo kỳ báo cáo — trước 1/7/2025 các huyện, thị xã, thành phố; từ 1/7/2025 các xã, phường, đặc khu — không cần --units / ' +
        'the province: its official units (codes, names) follow from the period — districts before 1 July 2025, communes and wards since — no --units needed',
    )
    .option(
      '--era <era>',
      'kỳ trải qua hoặc kết thúc sát 1/7/2025 (vd "năm 2025", "6 tháng đầu năm 2025"): "truoc" (các huyện) hoặc "sau" (các xã, phường); mặc định theo đa số báo cáo / a period across 1 July 2025 or ending just before it: "before" (districts) or "since" (communes); default: what most reports are',
    )
    .option('--out <file>', '(bắt buộc) tệp .xlsx kết quả / (required) the summary .xlsx to write')
    .option('--json <file>', 'ghi thêm report.json (phiên bản 1) / also write report.json (version 1)')
    .option(
      '--previous <file>',
      'bảng tổng hợp kỳ trước (.xlsx) hoặc report.json kỳ trước: thêm cột thay đổi và cảnh báo biến động bất thường / an earlier summary .xlsx or report.json: adds a change column and flags implausible jumps',
    )
    .addOption(
      new Option('--lang <lang>', 'ngôn ngữ của bảng tổng hợp và thông báo / language of the summary and messages')
        .choices(['vi', 'en'])
        .default('vi'),
    )
    .addOption(
      new Option(
        '--layout <layout>',
        'trang «Theo đơn vị»: mỗi đơn vị một dòng (rows) hoặc một cột (columns); auto: cột khi có tối đa 15 đơn vị / the «Theo đơn vị» sheet: one row (rows) or one column (columns) per unit; auto: columns up to 15 units',
      )
        .choices(['auto', 'rows', 'columns'])
        .default('auto'),
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .addHelpText('after', EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined })
    .action(action);

  program
    .command('learn')
    .description(
      `Học từ trang «${MAPPING_SHEET.vi}» đã được sửa: mỗi dòng có «Mã chỉ tiêu» do người dùng điền hoặc sửa trở thành bí danh\n` +
        'trong danh mục (tệp --catalog), để kỳ sau tự khớp.\n' +
        `Learns from a corrected «${MAPPING_SHEET.en}» sheet: each label given an indicator id by a person becomes an alias in the\n` +
        '--catalog file, so the next period matches by itself.',
    )
    .argument(
      '<summary>',
      `tệp tổng hợp .xlsx có trang «${MAPPING_SHEET.vi}» đã sửa / the summary .xlsx with the corrected mapping sheet`,
    )
    .requiredOption(
      '--catalog <file>',
      'tệp danh mục JSON để ghi (tạo từ danh mục có sẵn nếu chưa có) / the catalog JSON to update (created from the built-in one if missing)',
    )
    .helpOption('-h, --help', 'hiển thị trợ giúp / show help')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined, outputError: () => undefined })
    .action((summary: string, flags: { catalog: string }) => learn(summary, flags.catalog));
  return program;
}
