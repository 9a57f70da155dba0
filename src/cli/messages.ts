/**
 * Every text the command line prints, in Vietnamese and English. Keyed by kind so the compiler demands both
 * texts for every message.
 */
import { RENDER_TEXTS } from '../core/render';

export type Lang = 'vi' | 'en';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

export type MessageKey =
  | 'file_not_found'
  | 'no_xlsx_found'
  | 'not_xlsx_text'
  | 'csv'
  | 'xls'
  | 'xls_with_libreoffice'
  | 'encrypted'
  | 'ods'
  | 'corrupt'
  | 'empty_file'
  | 'empty_workbook'
  | 'out_is_input'
  | 'out_missing'
  | 'catalog_unreadable'
  | 'catalog_invalid'
  | 'previous_unreadable'
  | 'mapping_unreadable'
  | 'units_unreadable'
  | 'province_unknown'
  | 'era_invalid'
  | 'nothing_consolidated'
  | 'no_reports'
  | 'write_failed'
  | 'template_unreadable'
  | 'period_missing'
  | 'usage'
  | 'internal';

export const messages: Record<MessageKey, { vi: Text; en: Text }> = {
  file_not_found: {
    vi: (p) => `Không tìm thấy tệp hoặc thư mục "${p.file}".`,
    en: (p) => `File or folder "${p.file}" not found.`,
  },
  no_xlsx_found: {
    vi: (p) => `Không có tệp .xlsx nào trong "${p.file}".`,
    en: (p) => `No .xlsx file found in "${p.file}".`,
  },
  not_xlsx_text: {
    vi: (p) => `"${p.file}" là tệp văn bản, không phải bảng tính .xlsx (có thể bị đổi đuôi).`,
    en: (p) => `"${p.file}" is a text file, not an .xlsx workbook (probably renamed).`,
  },
  csv: {
    vi: (p) => `"${p.file}" là tệp CSV: hãy mở bằng Excel và lưu thành .xlsx.`,
    en: (p) => `"${p.file}" is a CSV file: open it in Excel and save it as .xlsx.`,
  },
  xls: {
    vi: (p) => `"${p.file}" là tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx.`,
    en: (p) => `"${p.file}" is an Excel 97–2003 file (.xls): open it in Excel and save it as .xlsx.`,
  },
  xls_with_libreoffice: {
    vi: (p) =>
      `"${p.file}" là tệp Excel 97–2003 (.xls): hãy lưu thành .xlsx, hoặc chuyển đổi bằng lệnh: ${p.command} --headless --convert-to xlsx "${p.file}".`,
    en: (p) =>
      `"${p.file}" is an Excel 97–2003 file (.xls): save it as .xlsx, or convert it with: ${p.command} --headless --convert-to xlsx "${p.file}".`,
  },
  encrypted: {
    vi: (p) => `"${p.file}" được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`,
    en: (p) => `"${p.file}" is password-protected: open it in Excel, remove the password and save it again.`,
  },
  ods: {
    vi: (p) => `"${p.file}" là bảng tính OpenDocument (.ods): hãy lưu thành .xlsx.`,
    en: (p) => `"${p.file}" is an OpenDocument spreadsheet (.ods): save it as .xlsx.`,
  },
  corrupt: {
    vi: (p) => `"${p.file}" bị hỏng hoặc không đầy đủ, không đọc được: hãy xin đơn vị gửi lại.`,
    en: (p) => `"${p.file}" is damaged or incomplete and cannot be read: ask the unit to send it again.`,
  },
  empty_file: {
    vi: (p) => `"${p.file}" là tệp rỗng (0 byte).`,
    en: (p) => `"${p.file}" is an empty file (0 bytes).`,
  },
  empty_workbook: {
    vi: (p) => `"${p.file}" không có trang tính nào chứa dữ liệu.`,
    en: (p) => `"${p.file}" has no worksheet with data.`,
  },
  out_is_input: {
    vi: (p) => `Tệp kết quả --out "${p.file}" trùng với một tệp đầu vào: hãy chọn tên khác để không ghi đè báo cáo.`,
    en: (p) => `The --out file "${p.file}" is one of the input files: choose another name so no report is overwritten.`,
  },
  out_missing: {
    vi: () => `Thiếu tùy chọn --out <tệp .xlsx kết quả>.`,
    en: () => `Missing option --out <summary .xlsx file>.`,
  },
  catalog_unreadable: {
    vi: (p) => `Không đọc được danh mục chỉ tiêu "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot read the catalog "${p.file}": ${p.detail}.`,
  },
  catalog_invalid: {
    vi: (p) => `Danh mục chỉ tiêu "${p.file}" không hợp lệ: ${p.detail}.`,
    en: (p) => `The catalog "${p.file}" is not valid: ${p.detail}.`,
  },
  mapping_unreadable: {
    vi: (p) => `Không đọc được trang «${RENDER_TEXTS.vi.mappingSheet}» trong "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot read the mapping sheet «${RENDER_TEXTS.en.mappingSheet}» in "${p.file}": ${p.detail}.`,
  },
  previous_unreadable: {
    vi: (p) => `Không đọc được số liệu kỳ trước "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot read the previous period's figures "${p.file}": ${p.detail}.`,
  },
  units_unreadable: {
    vi: (p) => `Không đọc được danh sách đơn vị "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot read the unit list "${p.file}": ${p.detail}.`,
  },
  province_unknown: {
    vi: (p) =>
      `Không có tỉnh, thành phố «${p.province}» trong danh mục đơn vị hành chính${p.nearest ? ` (gần nhất: ${p.nearest})` : ''}.`,
    en: (p) =>
      `No province or city "${p.province}" in the list of administrative units${p.nearest ? ` (nearest: ${p.nearest})` : ''}.`,
  },
  era_invalid: {
    vi: (p) =>
      `--era "${p.era}" không hợp lệ: dùng "truoc" (trước 1/7/2025, các huyện) hoặc "sau" (từ 1/7/2025, các xã, phường).`,
    en: (p) =>
      `--era "${p.era}" is not valid: use "before" (before 1 July 2025, districts) or "since" (since 1 July 2025, communes and wards).`,
  },
  nothing_consolidated: {
    vi: () => `Không có tệp nào đọc được, chưa tổng hợp gì.`,
    en: () => `No file could be read; nothing was consolidated.`,
  },
  no_reports: {
    vi: (p) =>
      `Không tìm thấy báo cáo của đơn vị nào trong các tệp đã đọc (cần có cột chỉ tiêu và cột số liệu)${p.detail ? `: ${p.detail}` : ''}.`,
    en: (p) =>
      `No unit report was found in the files read (a report needs an indicator column and a figure column)${p.detail ? `: ${p.detail}` : ''}.`,
  },
  write_failed: {
    vi: (p) => `Không ghi được "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot write "${p.file}": ${p.detail}.`,
  },
  template_unreadable: {
    vi: (p) => `Không đọc được mẫu báo cáo "${p.file}": ${p.detail}.`,
    en: (p) => `Cannot read the report form "${p.file}": ${p.detail}.`,
  },
  period_missing: {
    vi: () => `Thiếu tùy chọn --period "<kỳ báo cáo>", ví dụ --period "6 tháng đầu năm 2025".`,
    en: () => `Missing option --period "<period>", e.g. --period "6 tháng đầu năm 2025".`,
  },
  usage: {
    vi: (p) => `Lệnh không đúng: ${p.detail}. Xem: tonghop consolidate --help.`,
    en: (p) => `Wrong command: ${p.detail}. See: tonghop consolidate --help.`,
  },
  internal: {
    vi: (p) => `Lỗi không mong đợi: ${p.detail}.`,
    en: (p) => `Unexpected error: ${p.detail}.`,
  },
};

/** What went wrong inside a file, put in an error line's detail: one text in both languages. */
export const DETAIL = {
  cannotOpen: 'không mở được tệp / cannot open the file',
  cannotOpenXlsx: 'không mở được tệp .xlsx / cannot open the .xlsx file',
  noSuchSheet: 'không có trang này / no such sheet',
  noUnitNames: 'không có tên đơn vị nào / no unit names',
} as const;

/** One line for stderr: Vietnamese first, then English, so every reader understands it. */
export function errorLine(key: MessageKey, params: Params = {}): string {
  const m = messages[key];
  return `Lỗi: ${m.vi(params)} | Error: ${m.en(params)}`;
}

/** Notices: things the user should know that are not errors, one line, Vietnamese then English. */
const notices = {
  converted: {
    vi: (p: Params) =>
      `"${p.file}" là tệp .xls/.ods: đã chuyển sang .xlsx bằng LibreOffice để đọc (tệp gốc giữ nguyên).`,
    en: (p: Params) =>
      `"${p.file}" is an .xls/.ods file: converted to .xlsx with LibreOffice to read it (the original is unchanged).`,
  },
} as const;

export function noticeLine(key: keyof typeof notices, params: Params = {}): string {
  const n = notices[key];
  return `Lưu ý: ${n.vi(params)} | Note: ${n.en(params)}`;
}

/** What `tonghop learn` prints: each alias learnt, the ids it could not use, the count. */
export const learnTexts = {
  unknownId: (row: number, id: string) =>
    `Cảnh báo: dòng ${row}: mã «${id}» không có trong danh mục, bỏ qua | Warning: row ${row}: id "${id}" is not in the catalog, skipped`,
  learned: (label: string, indicatorId: string) => `+ «${label}» → ${indicatorId}`,
  added: (count: number, catalog: string) => `Đã thêm ${count} bí danh vào ${catalog} | ${count} alias(es) added`,
};

/** Texts of the run summary printed on stdout, in the language chosen with --lang. */
type EraFrom = 'choice' | 'period' | 'reports' | 'none';

const ERA_VI = {
  before: 'trước 1/7/2025: các huyện, thị xã, thành phố',
  since: 'từ 1/7/2025: các xã, phường, đặc khu',
} as const;
const ERA_EN = {
  before: 'before 1 July 2025: districts, towns and cities',
  since: 'since 1 July 2025: communes, wards and special zones',
} as const;
const ERA_FROM_VI: Record<EraFrom, string> = {
  choice: 'theo --era',
  period: 'theo kỳ báo cáo',
  reports: 'theo đa số báo cáo',
  none: '',
};
const ERA_FROM_EN: Record<EraFrom, string> = {
  choice: 'as --era says',
  period: 'from the period',
  reports: 'as most reports are',
  none: '',
};

export const summaryTexts: Record<
  Lang,
  {
    unitsRead: (read: number, expected: number | null) => string;
    unitsFrom: (province: string, era: 'before' | 'since' | null, from: EraFrom, straddles: boolean) => string;
    merged: (typed: string, province: string) => string;
    notSent: (units: string[]) => string;
    skippedSheet: (source: string, reason: string) => string;
    skippedFile: (file: string) => string;
    indicators: (indicators: number, figures: number) => string;
    issues: (errors: number, warnings: number, infos: number) => string;
    written: (file: string) => string;
  }
> = {
  vi: {
    unitsRead: (read, expected) =>
      expected === null ? `Đơn vị đã đọc: ${read}` : `Đơn vị đã đọc: ${read}/${expected} đơn vị`,
    unitsFrom: (province, era, from, straddles) =>
      era === null
        ? `  Danh sách đơn vị: ${province} — chưa rõ trước hay sau 1/7/2025 (không đọc được kỳ báo cáo); dùng --period hoặc --era`
        : `  Danh sách đơn vị: ${province}, ${ERA_VI[era]} (${ERA_FROM_VI[from]})${straddles && from !== 'choice' ? '; kỳ này trải qua hoặc kết thúc sát ngày 1/7/2025 nên nhận tên đơn vị của cả hai danh sách, chọn bằng --era truoc|sau' : ''}`,
    merged: (typed, province) => `  ${typed} từ 1/7/2025 thuộc ${province}: dùng danh sách đơn vị của ${province}`,
    notSent: (units) => `  Chưa gửi (${units.length}): ${units.join(', ')}`,
    skippedSheet: (source, reason) => `  Bỏ qua trang ${source}: ${reason}`,
    skippedFile: (file) => `  Bỏ qua tệp ${file}`,
    indicators: (indicators, figures) => `Chỉ tiêu: ${indicators}; số liệu: ${figures}`,
    issues: (errors, warnings, infos) => `Cảnh báo: ${errors} lỗi, ${warnings} cần xem, ${infos} thông tin`,
    written: (file) => `Đã ghi: ${file}`,
  },
  en: {
    unitsRead: (read, expected) =>
      expected === null ? `Units read: ${read}` : `Units read: ${read}/${expected} units`,
    unitsFrom: (province, era, from, straddles) =>
      era === null
        ? `  Units of ${province}: before or since 1 July 2025 not known (no period read); use --period or --era`
        : `  Units of ${province}, ${ERA_EN[era]} (${ERA_FROM_EN[from]})${straddles && from !== 'choice' ? '; this period runs across 1 July 2025 or ends just before it, so names of both lists are accepted; choose with --era before|since' : ''}`,
    merged: (typed, province) => `  ${typed} is part of ${province} since 1 July 2025: ${province}'s units are used`,
    notSent: (units) => `  Not sent (${units.length}): ${units.join(', ')}`,
    skippedSheet: (source, reason) => `  Skipped sheet ${source}: ${reason}`,
    skippedFile: (file) => `  Skipped file ${file}`,
    indicators: (indicators, figures) => `Indicators: ${indicators}; figures: ${figures}`,
    issues: (errors, warnings, infos) => `Issues: ${errors} errors, ${warnings} warnings, ${infos} info`,
    written: (file) => `Written: ${file}`,
  },
};
