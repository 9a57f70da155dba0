/** Texts of the "Mẫu báo cáo" step (catalog from the department's form; forms for the units), both languages. */
const vi = {
  stepName: 'Mẫu báo cáo',
  catalogTitle: 'Tạo danh mục từ mẫu',
  catalogIntro:
    'Chọn trang chứa mẫu báo cáo (biểu trống) của cơ quan: mỗi dòng của mẫu thành một chỉ tiêu của danh mục.',
  sheetLabel: 'Trang mẫu báo cáo',
  read: 'Tạo danh mục từ mẫu',
  summary: (indicators: number, groups: number, linked: number) =>
    `${indicators} chỉ tiêu${groups > 0 ? ` trong ${groups} phần` : ''}; ${linked} chỉ tiêu trùng danh mục có sẵn (mang theo khoảng giá trị và quy tắc kiểm tra).`,
  needsTitle: (n: number) => (n === 0 ? 'Không còn điểm nào cần quyết định.' : `Cần quyết định: ${n}`),
  aggregateLabel: (name: string, measure: string) => `Cách tổng hợp «${name}» (${measure})`,
  aggregateHint: 'Mẫu không có chỉ tiêu tử số, mẫu số để tính lại tỷ lệ toàn tỉnh.',
  none: 'Không tính tổng',
  mean: 'Trung bình các đơn vị',
  weighted: (name: string) => `Bình quân theo «${name}»`,
  measureLabel: (name: string) => `ĐVT của «${name}»`,
  measureHint: 'Mẫu không ghi đơn vị tính; để trống nếu chỉ tiêu không có.',
  saveCatalog: 'Lưu danh mục vào sổ',
  catalogSaved: (n: number) =>
    `Đã lưu ${n} chỉ tiêu vào trang «Danh mục chỉ tiêu»; các bước tổng hợp dùng danh mục này.`,
  openLeft: (n: number) => `Còn ${n} điểm chưa quyết định: các chỉ tiêu đó tạm không tính tổng.`,
  formsTitle: 'Tạo mẫu gửi các đơn vị',
  formsIntro: (indicators: number) =>
    `Mẫu theo danh mục đang dùng (${indicators} chỉ tiêu): tên đơn vị và kỳ báo cáo ở tiêu đề, ô số liệu có kiểm tra, mã chỉ tiêu ở cột ẩn để tổng hợp chính xác.`,
  periodLabel: 'Kỳ báo cáo của mẫu',
  units: (n: number) =>
    n === 0
      ? 'Chưa có danh sách đơn vị (bước «Nguồn»): tạo một mẫu trống.'
      : `Mỗi đơn vị một trang: ${n} đơn vị theo danh sách ở bước «Nguồn».`,
  makeForms: 'Tạo mẫu báo cáo',
  working: 'Đang tạo…',
  formsOpened: (n: number) => `Đã mở sổ mới với ${n} mẫu báo cáo: lưu sổ đó rồi gửi cho các đơn vị.`,
  formsWritten: (n: number) => `Đã ghi ${n} trang mẫu vào sổ này.`,
  formsPlain:
    'Phiên bản Excel này không mở được sổ mới (cần ExcelApi 1.8): mẫu được ghi vào sổ này, chưa khóa ô và chưa kiểm tra số liệu. Lệnh «tonghop template» tạo mẫu đầy đủ.',
  periodMissing: 'Nhập kỳ báo cáo của mẫu, ví dụ «6 tháng đầu năm 2025».',
};

export type TemplateStrings = typeof vi;

const en: TemplateStrings = {
  stepName: 'Report form',
  catalogTitle: 'Catalog from the form',
  catalogIntro:
    "Choose the sheet holding the department's blank report form: each of its rows becomes an indicator of the catalog.",
  sheetLabel: 'Form sheet',
  read: 'Make the catalog from the form',
  summary: (indicators, groups, linked) =>
    `${indicators} indicators${groups > 0 ? ` in ${groups} sections` : ''}; ${linked} are in the built-in catalog (their ranges and rules came along).`,
  needsTitle: (n) => (n === 0 ? 'Nothing left to decide.' : `Needs a decision: ${n}`),
  aggregateLabel: (name, measure) => `How to total "${name}" (${measure})`,
  aggregateHint: "The form has no numerator and denominator to recompute the province's rate.",
  none: 'No total',
  mean: 'Mean of the units',
  weighted: (name) => `Weighted by "${name}"`,
  measureLabel: (name) => `Measure of "${name}"`,
  measureHint: 'The form gives no measure; leave it empty where there is none.',
  saveCatalog: 'Save the catalog in the workbook',
  catalogSaved: (n) =>
    `Saved ${n} indicators on the «Danh mục chỉ tiêu» sheet; the consolidation steps use this catalog.`,
  openLeft: (n) => `${n} decision(s) left open: those indicators get no total for now.`,
  formsTitle: 'Forms for the units',
  formsIntro: (indicators) =>
    `Forms of the catalog in use (${indicators} indicators): the unit and period in the title, validated figure cells, each indicator's id in a hidden column for an exact consolidation.`,
  periodLabel: 'Period of the form',
  units: (n) =>
    n === 0
      ? 'No unit list yet (step «Sources»): one blank form.'
      : `One sheet per unit: ${n} units from the list in step «Sources».`,
  makeForms: 'Make the forms',
  working: 'Working…',
  formsOpened: (n) => `A new workbook with ${n} form(s) is open: save it and send it to the units.`,
  formsWritten: (n) => `Wrote ${n} form sheet(s) into this workbook.`,
  formsPlain:
    'This Excel cannot open a new workbook (ExcelApi 1.8 needed): the forms were written into this workbook, without locked cells or validation. The «tonghop template» command makes the full forms.',
  periodMissing: 'Type the period of the form, e.g. «6 tháng đầu năm 2025».',
};

export const TEMPLATE_STRINGS: Record<'vi' | 'en', TemplateStrings> = { vi, en };
