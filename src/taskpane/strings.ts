/** Texts of the task pane in Vietnamese (default) and English; the compiler demands every key in both. */
const vi = {
  title: 'Tổng hợp báo cáo',
  loading: 'Đang đọc sổ làm việc…',
  stepSources: 'Nguồn',
  stepMapping: 'Đối chiếu',
  stepConsolidate: 'Tổng hợp',
  stepIssues: 'Kiểm tra',
  steps: 'Các bước',
  reportsFound: (n: number) => `Trang báo cáo của đơn vị (${n})`,
  notReports: (n: number) => `Trang không phải báo cáo (${n})`,
  emptySheets: (names: string) => `Trang trống: ${names}`,
  unitUnknown: 'Chưa nhận ra đơn vị',
  periodUnknown: 'chưa rõ kỳ',
  checkThis: 'cần xem lại',
  noSheets: 'Sổ làm việc chưa có trang báo cáo nào. Bấm "Nhập tệp..." để thêm báo cáo của các đơn vị.',
  importFiles: 'Nhập tệp...',
  importing: 'Đang nhập tệp…',
  imported: (n: number) => `Đã nhập ${n} trang.`,
  importUnsupported:
    'Phiên bản Excel này không nhập được tệp (cần ExcelApi 1.13; Excel trên iPad không hỗ trợ). Hãy mở từng tệp và chép trang báo cáo vào sổ này.',
  importProgress: (done: number, total: number, file: string) =>
    `Đang nhập tệp ${Math.min(done + 1, total)}/${total}: ${file}…`,
  importFailedTitle: (n: number) => `${n} tệp không nhập được`,
  importTooLarge: (file: string, mb: string) =>
    `${file}: tệp nặng ${mb} MB, quá 5 MB một lần gửi của Excel trên web. Hãy mở tệp và chép trang báo cáo vào sổ này.`,
  importRefused: (file: string, why: string) =>
    `${file}: Excel không nhập được tệp này (${why}). Kiểm tra đó là tệp .xlsx mở được.`,
  importRenamed: (n: number) => `Đã đặt tên ${n} trang theo đơn vị.`,
  reading: 'Đang đọc lại sổ làm việc…',
  changedTitle: 'Sổ làm việc đã thay đổi từ lần tổng hợp trước',
  changedSheets: (changed: string[], added: string[], removed: string[]) =>
    [
      changed.length
        ? `số liệu khác ở ${changed.length} trang (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`
        : '',
      added.length ? `${added.length} trang mới (${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''})` : '',
      removed.length
        ? `${removed.length} trang không còn (${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''})`
        : '',
    ]
      .filter(Boolean)
      .join('; ') + '.',
  changedPending: 'Lần tổng hợp tới sẽ dùng số liệu hiện có trong sổ.',
  changedDone: 'Bản tổng hợp này dùng số liệu mới.',
  partsTitle: 'Một vài thiết lập phụ không áp dụng được (số liệu đã ghi đủ):',
  part: (kind: string, sheet: string, unsupported: boolean) =>
    `${({ freeze: 'cố định dòng/cột tiêu đề', print: 'khổ in A4 và dòng tiêu đề khi in', fit: 'in vừa một trang ngang', autofilter: 'bộ lọc', tabColor: 'màu thẻ trang', activate: 'mở trang kết quả' } as Record<string, string>)[kind] ?? kind} — trang "${sheet}"${unsupported ? ' (phiên bản Excel này chưa có)' : ' (Excel từ chối)'}`,
  mainThread: (reason: 'no-worker' | 'worker-failed' | 'worker-silent') =>
    `Không chạy được luồng phụ (Web Worker${reason === 'worker-silent' ? ' không phản hồi' : reason === 'worker-failed' ? ' bị lỗi' : ' không có'}): đã xử lý trên luồng chính, ngăn tác vụ có thể đứng trong lúc chạy.`,
  errorProtected: (name: string) =>
    `Trang "${name}" đang được bảo vệ (khóa): không thay được. Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang) rồi chạy lại. Sổ làm việc không thay đổi.`,
  errorThrottled: 'Excel đang quá tải và tạm từ chối yêu cầu. Đợi một lát rồi thử lại.',
  reload: 'Đọc lại sổ',
  expectedUnits: 'Danh sách đơn vị phải báo cáo (mỗi dòng một đơn vị)',
  notSent: (n: number) => `Chưa gửi (${n})`,
  allSent: 'Tất cả đơn vị đã gửi.',
  period: 'Kỳ báo cáo',
  department: 'Cơ quan tổng hợp',
  province: 'Tỉnh',
  provinceLabel: 'Tỉnh, thành phố',
  provinceHint: 'Danh sách đơn vị chính thức (tên, mã) theo kỳ báo cáo: không cần dán danh sách.',
  provinceNone: 'Không có tỉnh, thành phố nào khớp',
  provinceUnits: (province: string, n: number, era: 'before' | 'since') =>
    era === 'before'
      ? `${province}: ${n} huyện, thị xã, thành phố (trước 1/7/2025)`
      : `${province}: ${n} xã, phường, đặc khu (từ 1/7/2025)`,
  eraQuestion: (period: string) => `Kỳ «${period}» trải qua hoặc kết thúc sát ngày 1/7/2025: lấy danh sách đơn vị nào?`,
  eraBoth: 'Cả hai danh sách, theo đa số báo cáo',
  eraBefore: 'Trước 1/7/2025: các huyện, thị xã, thành phố',
  eraSince: 'Từ 1/7/2025: các xã, phường, đặc khu',
  sentOf: (n: number, m: number) => `${n}/${m} đơn vị đã gửi`,
  showAll: (n: number) => `Xem tất cả (${n})`,
  next: 'Tiếp',
  analysing: 'Đang đối chiếu chỉ tiêu…',
  mappingNone: 'Mọi chỉ tiêu đều đã khớp với danh mục.',
  mappingIntro:
    'Mỗi dòng dưới đây là một cách ghi, gộp cho mọi đơn vị ghi như vậy. Đồng ý với chỉ tiêu đề xuất, hoặc chọn chỉ tiêu đúng: lựa chọn được lưu vào trang "Danh mục chỉ tiêu" để kỳ sau tự khớp.',
  mappingChoose: 'Chọn chỉ tiêu',
  mappingSaved: 'Đã lưu',
  mappingUnmatched: 'chưa khớp',
  mappingLikely: 'cần xác nhận',
  mappingAgree: (n: number) => `Đồng ý${n > 1 ? ` cả ${n} đơn vị` : ''}`,
  mappingChooseOther: 'Chọn chỉ tiêu khác',
  mappingApplied: 'đã tính vào tổng',
  mappingNotApplied: 'chưa tính vào tổng',
  consolidateIntro: (n: number) =>
    `Tổng hợp ${n} trang báo cáo đã chọn thành các trang "Tổng hợp", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Đối chiếu", "Nguồn".`,
  previousLabel: 'So sánh với kỳ trước (không bắt buộc)',
  previousHint: 'Chọn trang tổng hợp của kỳ trước có trong sổ: thêm cột thay đổi và cảnh báo biến động bất thường.',
  previousNone: 'Không so sánh',
  layoutLabel: 'Trang «Theo đơn vị»',
  layoutHint: 'Tự động: mỗi đơn vị một cột khi có tối đa 15 đơn vị, một dòng khi nhiều hơn.',
  layoutAuto: 'Tự động theo số đơn vị',
  layoutRows: 'Mỗi đơn vị một dòng',
  layoutColumns: 'Mỗi đơn vị một cột',
  run: 'Tổng hợp',
  cancel: 'Hủy',
  cancelled: 'Đã hủy. Sổ làm việc không thay đổi.',
  running: 'Đang tổng hợp…',
  writing: 'Đang ghi kết quả vào sổ…',
  written: 'Đã ghi:',
  writtenSheet: (name: string, rows: number, replaced: boolean) =>
    `Trang "${name}" (${rows} dòng)${replaced ? ', thay bản trước' : ''}`,
  notesColumn: 'Phiên bản Excel này chưa có ghi chú ô (ExcelApi 1.18): ghi chú được đặt ở cột bên phải.',
  show: 'Mở',
  summaryLine: (units: number, indicators: number, issues: number) =>
    `${units} đơn vị, ${indicators} chỉ tiêu, ${issues} vấn đề.`,
  noRunYet: 'Chưa tổng hợp. Hãy chạy bước "Tổng hợp" trước.',
  filterSeverity: 'Mức độ',
  filterUnit: 'Đơn vị',
  filterIndicator: 'Chỉ tiêu',
  all: 'Tất cả',
  issuesCount: (shown: number, total: number) => `${shown} / ${total} vấn đề`,
  issuesNone: 'Không có vấn đề nào.',
  goToCell: (cell: string) => `Đến ô ${cell}`,
  goToConsolidate: 'Đến bước Tổng hợp',
  wholeProvince: 'Toàn tỉnh',
  noCell: 'không có ô nguồn',
  issueName: (severity: string, unit: string, message: string) => `${severity}, ${unit}: ${message}`,
  progress: (percent: number) => `${percent}%`,
  mappingWhere: (n: number) => `${n} đơn vị`,
  errorTitle: 'Có lỗi',
  errorPlain: (msg: string) => `Không thực hiện được: ${msg}`,
  errorBusy: 'Excel đang bận (đang sửa một ô). Nhấn Enter hoặc Esc trong ô rồi thử lại.',
  errorTooBig: 'Dữ liệu quá lớn cho một lần gửi tới Excel.',
  errorSheetMissing: 'Không tìm thấy trang tính (có thể đã bị đổi tên hoặc xóa). Bấm "Đọc lại sổ".',
  errorSourceSheet: (name: string) =>
    `Trang "${name}" là trang nguồn: không ghi đè lên nó. Đổi tên trang này rồi thử lại.`,
  catalogBroken: 'Trang "Danh mục chỉ tiêu" có lỗi, đang dùng danh mục có sẵn:',
  dismiss: 'Đóng',
};

export type Strings = typeof vi;

const en: Strings = {
  title: 'Consolidate reports',
  loading: 'Reading the workbook…',
  stepSources: 'Sources',
  stepMapping: 'Mapping',
  stepConsolidate: 'Consolidate',
  stepIssues: 'Issues',
  steps: 'Steps',
  reportsFound: (n) => `Unit report sheets (${n})`,
  notReports: (n) => `Sheets that are not reports (${n})`,
  emptySheets: (names) => `Empty sheets: ${names}`,
  unitUnknown: 'Unit not recognised',
  periodUnknown: 'period unknown',
  checkThis: 'check this',
  noSheets: 'The workbook has no report sheet yet. Click "Import files..." to add the units\' reports.',
  importFiles: 'Import files...',
  importing: 'Importing files…',
  imported: (n) => `Imported ${n} sheets.`,
  importUnsupported:
    'This version of Excel cannot import files (needs ExcelApi 1.13; not on iPad). Open each file and copy its report sheet into this workbook.',
  importProgress: (done, total, file) => `Importing file ${Math.min(done + 1, total)}/${total}: ${file}…`,
  importFailedTitle: (n) => `${n} ${n === 1 ? 'file was' : 'files were'} not imported`,
  importTooLarge: (file, mb) =>
    `${file}: ${mb} MB, over the 5 MB Excel on the web takes at once. Open the file and copy its report sheet into this workbook.`,
  importRefused: (file, why) =>
    `${file}: Excel could not import it (${why}). Check that it is an .xlsx file that opens.`,
  importRenamed: (n) => `Named ${n} ${n === 1 ? 'sheet' : 'sheets'} after their units.`,
  reading: 'Reading the workbook again…',
  changedTitle: 'The workbook changed since the last consolidation',
  changedSheets: (changed, added, removed) =>
    [
      changed.length
        ? `different figures on ${changed.length} ${changed.length === 1 ? 'sheet' : 'sheets'} (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''})`
        : '',
      added.length
        ? `${added.length} new ${added.length === 1 ? 'sheet' : 'sheets'} (${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''})`
        : '',
      removed.length
        ? `${removed.length} ${removed.length === 1 ? 'sheet' : 'sheets'} gone (${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''})`
        : '',
    ]
      .filter(Boolean)
      .join('; ') + '.',
  changedPending: 'The next run uses the figures now in the workbook.',
  changedDone: 'This summary uses the new figures.',
  partsTitle: 'Some optional settings could not be applied (all figures were written):',
  part: (kind, sheet, unsupported) =>
    `${({ freeze: 'frozen header rows/columns', print: 'A4 print layout and repeated header rows', fit: 'print one page wide', autofilter: 'filter', tabColor: 'tab colour', activate: 'showing the result sheet' } as Record<string, string>)[kind] ?? kind} — sheet "${sheet}"${unsupported ? ' (not in this version of Excel)' : ' (refused by Excel)'}`,
  mainThread: (reason) =>
    `The background thread (Web Worker) ${reason === 'worker-silent' ? 'did not answer' : reason === 'worker-failed' ? 'failed' : 'is not available'}: the work ran on the main thread, and the pane may freeze while it runs.`,
  errorProtected: (name) =>
    `Sheet "${name}" is protected: it cannot be replaced. Unprotect it (Review › Unprotect Sheet) and run again. The workbook was not changed.`,
  errorThrottled: 'Excel is overloaded and refused the request for now. Wait a moment and try again.',
  reload: 'Read again',
  expectedUnits: 'Units that must report (one per line)',
  notSent: (n) => `Not sent (${n})`,
  allSent: 'Every unit has sent its report.',
  period: 'Period',
  department: 'Department',
  province: 'Province',
  provinceLabel: 'Province or city',
  provinceHint: 'Its official units (names, codes) follow from the period: no list to paste.',
  provinceNone: 'No province or city matches',
  provinceUnits: (province, n, era) =>
    era === 'before'
      ? `${province}: ${n} districts, towns and cities (before 1 July 2025)`
      : `${province}: ${n} communes, wards and special zones (since 1 July 2025)`,
  eraQuestion: (period) =>
    `The period "${period}" runs across 1 July 2025 or ends just before it: which list of units?`,
  eraBoth: 'Both lists, as most reports are',
  eraBefore: 'Before 1 July 2025: districts, towns and cities',
  eraSince: 'Since 1 July 2025: communes, wards and special zones',
  sentOf: (n, m) => `${n}/${m} units have reported`,
  showAll: (n) => `Show all (${n})`,
  next: 'Next',
  analysing: 'Matching indicators…',
  mappingNone: 'Every label matches the catalog.',
  mappingIntro:
    'Each item below is one wording, for every unit that wrote it so. Agree with the proposed indicator, or choose the right one: it is saved on the "Danh mục chỉ tiêu" sheet so next period it matches by itself.',
  mappingChoose: 'Choose an indicator',
  mappingSaved: 'Saved',
  mappingUnmatched: 'not matched',
  mappingLikely: 'to confirm',
  mappingAgree: (n) => `Agree${n > 1 ? ` for all ${n} units` : ''}`,
  mappingChooseOther: 'Choose another indicator',
  mappingApplied: 'in the totals',
  mappingNotApplied: 'not in the totals yet',
  consolidateIntro: (n) =>
    `Consolidates the ${n} selected report sheets into the "Tổng hợp", "Theo đơn vị", "Biểu đồ", "Kiểm tra", "Đối chiếu" and "Nguồn" sheets.`,
  previousLabel: 'Compare with the previous period (optional)',
  previousHint: 'Choose an earlier summary sheet in this workbook: adds a change column and flags implausible jumps.',
  previousNone: 'No comparison',
  layoutLabel: 'The «Theo đơn vị» sheet',
  layoutHint: 'Automatic: one column per unit up to 15 units, one row per unit beyond.',
  layoutAuto: 'Automatic, by the number of units',
  layoutRows: 'One row per unit',
  layoutColumns: 'One column per unit',
  run: 'Consolidate',
  cancel: 'Cancel',
  cancelled: 'Cancelled. The workbook was not changed.',
  running: 'Consolidating…',
  writing: 'Writing the result to the workbook…',
  written: 'Written:',
  writtenSheet: (name, rows, replaced) =>
    `Sheet "${name}" (${rows} rows)${replaced ? ', replacing the earlier one' : ''}`,
  notesColumn: 'This version of Excel has no cell notes (ExcelApi 1.18): notes are in a column at the right.',
  show: 'Show',
  summaryLine: (units, indicators, issues) => `${units} units, ${indicators} indicators, ${issues} issues.`,
  noRunYet: 'Nothing consolidated yet. Run the "Consolidate" step first.',
  filterSeverity: 'Severity',
  filterUnit: 'Unit',
  filterIndicator: 'Indicator',
  all: 'All',
  issuesCount: (shown, total) => `${shown} / ${total} issues`,
  issuesNone: 'No issues.',
  goToCell: (cell) => `Go to cell ${cell}`,
  goToConsolidate: 'Go to Consolidate',
  wholeProvince: 'Whole province',
  noCell: 'no source cell',
  issueName: (severity, unit, message) => `${severity}, ${unit}: ${message}`,
  progress: (percent) => `${percent}%`,
  mappingWhere: (n) => `${n} ${n === 1 ? 'unit' : 'units'}`,
  errorTitle: 'Something went wrong',
  errorPlain: (msg) => `Could not do it: ${msg}`,
  errorBusy: 'Excel is busy (a cell is being edited). Press Enter or Esc in the cell and try again.',
  errorTooBig: 'The data is too large for one request to Excel.',
  errorSheetMissing: 'A sheet was not found (it may have been renamed or deleted). Click "Read again".',
  errorSourceSheet: (name) => `Sheet "${name}" is a source sheet: it is never overwritten. Rename it and try again.`,
  catalogBroken: 'The "Danh mục chỉ tiêu" sheet has errors; using the built-in catalog:',
  dismiss: 'Dismiss',
};

export const STRINGS: Record<'vi' | 'en', Strings> = { vi, en };
