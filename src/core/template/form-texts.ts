/** The words of a generated form, in Vietnamese (what units receive) and English. */
export type FormTexts = {
  unitTitle: (unit: string) => string;
  anyUnit: string;
  motto: string;
  mottoLine: string;
  report: string;
  defaultTitle: string;
  period: string;
  stt: string;
  indicator: string;
  measure: string;
  result: string;
  resultNote: string;
  note: string;
  id: string;
  sheetName: string;
  instructions: string[];
  preparedBy: string;
  head: string;
  promptTitle: string;
  promptNumber: string;
  promptPercent: string;
  invalidTitle: string;
  invalidText: (min: number | undefined, max: number | undefined) => string;
};

const vn = (n: number): string => String(n).replace('.', ',');

type RangeWords = {
  between: (min: number, max: number) => string;
  atLeast: (min: number) => string;
  atMost: (max: number) => string;
};

/** The refusal text of a validation rule, naming its range in the form's language. */
function rangeText(words: RangeWords, sentence: (range: string) => string): FormTexts['invalidText'] {
  return (min, max) => {
    const range =
      min !== undefined && max !== undefined
        ? words.between(min, max)
        : min !== undefined
          ? words.atLeast(min)
          : max !== undefined
            ? words.atMost(max)
            : '';
    return sentence(range === '' ? '' : ` ${range}`);
  };
}

export const FORM_TEXTS: Record<'vi' | 'en', FormTexts> = {
  vi: {
    // Units head their reports with their people's committee: "UBND XÃ TÂN TIẾN".
    unitTitle: (unit) => `UBND ${unit.toLocaleUpperCase('vi')}`,
    anyUnit: 'ĐƠN VỊ BÁO CÁO: ....................',
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    mottoLine: 'Độc lập - Tự do - Hạnh phúc',
    report: 'BÁO CÁO',
    defaultTitle: 'Số liệu các chỉ tiêu',
    period: 'Kỳ báo cáo',
    stt: 'STT',
    indicator: 'Chỉ tiêu',
    measure: 'ĐVT',
    result: 'Thực hiện',
    resultNote:
      'Nhập số liệu của đơn vị vào cột này: chỉ nhập số, không ghi đơn vị tính; để trống nếu không có số liệu.',
    note: 'Ghi chú',
    id: 'Mã chỉ tiêu',
    sheetName: 'Mẫu báo cáo',
    instructions: [
      'Lưu ý khi điền biểu: chỉ nhập số liệu vào cột «Thực hiện» (ô nền vàng) và ghi chú vào cột «Ghi chú»; không ghi đơn vị tính trong ô số liệu.',
      'Số thập phân gõ theo cách của máy (ví dụ 16,2); tỷ lệ phần trăm ghi số từ 0 đến 100. Chỉ tiêu không có số liệu thì để trống và ghi lý do ở cột «Ghi chú».',
      'Không xóa, không sắp xếp lại các dòng chỉ tiêu và không xóa cột ẩn «Mã chỉ tiêu»: cột này giúp tổng hợp đúng từng chỉ tiêu. Cần báo cáo thêm nội dung khác thì chèn dòng mới.',
      'Biểu được khóa các ô tên chỉ tiêu, không có mật khẩu (Review → Unprotect Sheet để bỏ khóa khi thật cần).',
    ],
    preparedBy: 'NGƯỜI LẬP BIỂU',
    head: 'THỦ TRƯỞNG ĐƠN VỊ',
    promptTitle: 'Nhập số liệu',
    promptNumber: 'Chỉ nhập số, không ghi đơn vị tính.',
    promptPercent: 'Tỷ lệ phần trăm: số từ 0 đến 100 (ví dụ 16,2).',
    invalidTitle: 'Số liệu không hợp lệ',
    invalidText: rangeText(
      {
        between: (a, b) => `từ ${vn(a)} đến ${vn(b)}`,
        atLeast: (a) => `không nhỏ hơn ${vn(a)}`,
        atMost: (b) => `không lớn hơn ${vn(b)}`,
      },
      (range) => `Chỉ nhập số${range}. Giải thích thêm ở cột «Ghi chú».`,
    ),
  },
  en: {
    unitTitle: (unit) => `UBND ${unit.toLocaleUpperCase('vi')}`,
    anyUnit: 'REPORTING UNIT: ....................',
    motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    mottoLine: 'Độc lập - Tự do - Hạnh phúc',
    report: 'REPORT',
    defaultTitle: 'Indicator figures',
    period: 'Period',
    stt: 'No.',
    indicator: 'Indicator',
    measure: 'Measure',
    result: 'Result',
    resultNote:
      "Type the unit's figures in this column: numbers only, no measure; leave empty where there is no figure.",
    note: 'Note',
    id: 'Indicator id',
    sheetName: 'Report form',
    instructions: [
      'Note: type figures only in the «Result» column (yellow cells) and remarks in the «Note» column; no measure in a figure cell.',
      'Decimals as your computer writes them; percentages as a number from 0 to 100. Leave a cell empty when there is no figure and say why in «Note».',
      'Do not delete or reorder the indicator rows and do not delete the hidden «Indicator id» column: it lets the summary take every figure exactly. Insert a row for anything else.',
      'Indicator labels are locked without a password (Review → Unprotect Sheet when really needed).',
    ],
    preparedBy: 'PREPARED BY',
    head: 'HEAD OF UNIT',
    promptTitle: 'Figure',
    promptNumber: 'A number only, without its measure.',
    promptPercent: 'A percentage from 0 to 100 (e.g. 16.2).',
    invalidTitle: 'Invalid figure',
    invalidText: rangeText(
      { between: (a, b) => `from ${a} to ${b}`, atLeast: (a) => `of at least ${a}`, atMost: (b) => `of at most ${b}` },
      (range) => `A number${range} only. Explain in «Note».`,
    ),
  },
};
