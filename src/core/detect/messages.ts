import type { Said } from '../model';

/**
 * Every text detection shows a person (the reading notes of Nguồn, the reason a sheet is not a report), in
 * Vietnamese and English, keyed; parameters are the sheet's own words and counts. Render picks the language.
 */
const list = (items: string[], quote: (s: string) => string): string => items.map(quote).join(', ');
const vn = (n: number): string => n.toLocaleString('vi-VN');
const us = (n: number): string => n.toLocaleString('en-US');

export const DETECT_TEXTS = {
  // Reasons a sheet is not read as a report.
  guide: (): Said => ({ vi: 'Trang hướng dẫn, không phải báo cáo', en: 'A guide page, not a report' }),
  guideExample: (): Said => ({
    vi: 'Trang hướng dẫn, không phải báo cáo (bảng trong trang là ví dụ cách ghi)',
    en: 'A guide page, not a report (its table is an example of how to fill in)',
  }),
  unitsList: (): Said => ({ vi: 'Danh sách đơn vị, không phải báo cáo', en: 'A list of units, not a report' }),
  roster: (): Said => ({
    vi: 'Danh sách cán bộ (họ và tên, chức vụ, điện thoại), không phải báo cáo',
    en: 'A list of staff (names, positions, telephones), not a report',
  }),
  summaryOfUnits: (p: { columns: string[]; more: boolean }): Said => ({
    vi: `Bảng tổng hợp nhiều đơn vị (các cột ${list(p.columns, (c) => `«${c}»`)}${p.more ? '...' : ''}), không phải báo cáo của một đơn vị`,
    en: `A summary of several units (columns ${list(p.columns, (c) => `«${c}»`)}${p.more ? '...' : ''}), not one unit's report`,
  }),
  provinceTotal: (): Said => ({
    vi: 'Bảng tổng hợp toàn tỉnh (có cột «Toàn tỉnh»), không phải báo cáo của một đơn vị',
    en: "A province summary (it has a «Toàn tỉnh» column), not one unit's report",
  }),
  empty: (): Said => ({ vi: 'Trang tính trống', en: 'Empty sheet' }),
  prose: (): Said => ({
    vi: 'Trang văn bản, không có bảng chỉ tiêu',
    en: 'A page of text, with no table of indicators',
  }),
  tooLarge: (p: { rows: number; cols: number }): Said => ({
    vi: `Trang tính quá lớn (${p.rows} dòng × ${p.cols} cột) để là báo cáo của một đơn vị`,
    en: `The sheet is far too large (${p.rows} rows × ${p.cols} columns) to be one unit's report`,
  }),
  /** Added to any other reason when the sheet was bigger than the part read. */
  largeSuffix: (p: { rows: number; cols: number }): Said => ({
    vi: ` (trang tính rất lớn: ${p.rows} dòng × ${p.cols} cột; chỉ xét phần đầu)`,
    en: ` (a very large sheet: ${p.rows} rows × ${p.cols} columns; only the start was read)`,
  }),
  noRows: (): Said => ({ vi: 'Không tìm thấy dòng chỉ tiêu nào', en: 'No indicator row found' }),
  noTable: (): Said => ({
    vi: 'Không tìm thấy bảng chỉ tiêu có số liệu',
    en: 'No table of indicators with figures found',
  }),
  blankForm: (p: { column: string | null }): Said => ({
    vi: `Mẫu biểu chưa điền số liệu (cột «${p.column ?? 'kết quả'}» không có số nào), không phải báo cáo của một đơn vị`,
    en: `A form not filled in (column «${p.column ?? 'result'}» has no figure), not one unit's report`,
  }),
  unitNotOnList: (p: { sheet: string }): Said => ({
    vi: `Không nhận ra đơn vị nào trong danh sách (tên trang «${p.sheet}»)`,
    en: `No unit of the list recognised (sheet name «${p.sheet}»)`,
  }),
  noLabelColumn: (): Said => ({
    vi: 'Không tìm thấy cột chỉ tiêu (Chỉ tiêu / Nội dung)',
    en: 'No indicator column found (Chỉ tiêu / Nội dung)',
  }),
  noResultColumn: (): Said => ({
    vi: 'Không tìm thấy cột kết quả (Thực hiện / Kết quả / Số liệu)',
    en: 'No result column found (Thực hiện / Kết quả / Số liệu)',
  }),
  tiedColumns: (p: { headers: string[] }): Said => ({
    vi: `Không xác định được cột kết quả: các cột ${list(p.headers, (h) => `"${h}"`)} ngang nhau`,
    en: `Cannot tell the result column: columns ${list(p.headers, (h) => `"${h}"`)} are equally likely`,
  }),
  noPeriodColumn: (p: { period: string | null; headers: string[] }): Said => ({
    vi: `Không có cột số liệu của kỳ ${p.period ? `«${p.period}»` : 'báo cáo'}: các cột ${list(p.headers, (h) => `«${h}»`)} là của kỳ khác`,
    en: `No column of figures for ${p.period ? `the period «${p.period}»` : 'the reporting period'}: columns ${list(p.headers, (h) => `«${h}»`)} are of other periods`,
  }),
  manyColumnsNoHeader: (): Said => ({
    vi: 'Không có dòng tiêu đề cột mà có nhiều cột số liệu: không xác định được cột kết quả',
    en: 'No header row and several columns of figures: cannot tell the result column',
  }),

  // Reading notes of a report (Nguồn).
  truncated: (p: { rows: number; cols: number }): Said => ({
    vi: `Trang tính lớn hơn vùng đã đọc (${p.rows} dòng × ${p.cols} cột); chỉ xét phần đã đọc.`,
    en: `The sheet is larger than the part read (${p.rows} rows × ${p.cols} columns); only that part was used.`,
  }),
  tables: (p: { count: number }): Said => ({
    vi: `Trang tính có ${p.count} bảng số liệu; đã đọc từng bảng theo dòng tiêu đề của nó.`,
    en: `The sheet has ${p.count} tables of figures; each was read by its own header row.`,
  }),
  rowCap: (p: { rows: number }): Said => ({
    vi: `Chỉ đọc ${vn(p.rows)} dòng dữ liệu đầu tiên; phần sau bị bỏ qua.`,
    en: `Only the first ${us(p.rows)} data rows were read; the rest was left out.`,
  }),
  noUnit: (): Said => ({
    vi: 'Không nhận ra tên đơn vị (tiêu đề, tên trang tính, tên tệp).',
    en: "The unit's name was not recognised (title, sheet name, file name).",
  }),
  unitNotListed: (p: { unit: string }): Said => ({
    vi: `Tên đơn vị "${p.unit}" không có trong danh sách đơn vị.`,
    en: `The unit "${p.unit}" is not on the units list.`,
  }),
  unitAmbiguous: (p: { unit: string; names: string[] }): Said => ({
    vi: `Tên đơn vị "${p.unit}" có thể là ${p.names.join(' hoặc ')}: cần ghi rõ loại đơn vị.`,
    en: `The unit "${p.unit}" may be ${p.names.join(' or ')}: the kind of unit should be written out.`,
  }),
  noPeriod: (): Said => ({ vi: 'Không thấy kỳ báo cáo trong tiêu đề.', en: 'No reporting period found in the title.' }),
  hiddenSheet: (): Said => ({ vi: 'Trang tính đang bị ẩn trong tệp.', en: 'The sheet is hidden in its file.' }),
  decoded: (p: { encoding: 'tcvn3' | 'vni' }): Said => {
    const name = p.encoding === 'tcvn3' ? 'TCVN3' : 'VNI';
    return { vi: `Đã chuyển mã ${name} → Unicode.`, en: `Converted from ${name} to Unicode.` };
  },
  hiddenRows: (p: { count: number; cells: string[]; more: boolean }): Said => ({
    vi: `Có ${p.count} dòng chỉ tiêu bị ẩn (${p.cells.join(', ')}${p.more ? ', ...' : ''}).`,
    en: `${p.count} indicator row${p.count === 1 ? ' is' : 's are'} hidden (${p.cells.join(', ')}${p.more ? ', ...' : ''}).`,
  }),
  englishNumbers: (): Said => ({
    vi: 'Số viết kiểu Anh (1,300.5): dấu phẩy ngăn nghìn, dấu chấm thập phân.',
    en: 'Numbers written the English way (1,300.5): comma between thousands, point for decimals.',
  }),
  generatedForm: (p: { version: string }): Said => ({
    vi: `Biểu tạo từ danh mục chỉ tiêu (phiên bản ${p.version}): mỗi dòng mang mã chỉ tiêu ở cột ẩn.`,
    en: `A form made from the catalog (version ${p.version}): each row carries its indicator's id in a hidden column.`,
  }),
  revision: (): Said => ({
    vi: 'Báo cáo ghi là bản điều chỉnh/thay thế.',
    en: 'The report says it is a correction or replacement.',
  }),
  emptyColumnTaken: (p: { empty: string | null; taken: string | null }): Said => ({
    vi: `Cột «${p.empty}» để trống; đã lấy cột «${p.taken}».`,
    en: `Column «${p.empty}» is empty; column «${p.taken}» was taken.`,
  }),
  unnamedColumn: (): Said => ({
    vi: 'Không có cột mang tên Thực hiện / Kết quả; đã lấy cột số liệu chưa đặt tên cạnh cột chỉ tiêu.',
    en: 'No column is named Thực hiện / Kết quả; the unnamed column of figures beside the indicators was taken.',
  }),
  estimate: (p: { column: string | null }): Said => ({
    vi: `Cột «${p.column}» là số ước tính: số liệu được ghi chú là ước thực hiện.`,
    en: `Column «${p.column}» holds estimates: the figures are noted as estimated.`,
  }),
  noHeaderRow: (): Said => ({
    vi: 'Không có dòng tiêu đề cột; đã lấy cột số liệu ngay cạnh cột chỉ tiêu.',
    en: 'No header row; the column of figures right beside the indicators was taken.',
  }),
} as const;
