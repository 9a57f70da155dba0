import type { IssueCode, Severity } from '../model';

type IssueText = { severity: Severity; vi: string; en: string };

/** One title per issue code in both languages; the compiler demands an entry for every code. */
export const ISSUE_TEXTS: Record<IssueCode, IssueText> = {
  unit_missing: { severity: 'error', vi: 'Đơn vị chưa gửi báo cáo', en: 'Unit sent no report' },
  unit_unknown: { severity: 'warning', vi: 'Tên đơn vị không có trong danh sách', en: 'Unit name on no list' },
  unit_ambiguous: { severity: 'warning', vi: 'Tên đơn vị chưa rõ là đơn vị nào', en: 'Unit name fits several units' },
  period_mismatch: { severity: 'error', vi: 'Kỳ báo cáo không khớp', en: 'Period does not match' },
  indicator_missing: { severity: 'warning', vi: 'Thiếu chỉ tiêu', en: 'Indicator missing' },
  value_missing: { severity: 'warning', vi: 'Chưa có số liệu', en: 'Figure missing' },
  value_unreadable: { severity: 'error', vi: 'Số liệu không đọc được', en: 'Figure unreadable' },
  out_of_range: { severity: 'error', vi: 'Số liệu ngoài khoảng hợp lệ', en: 'Figure out of range' },
  rule_violated: { severity: 'warning', vi: 'Số liệu mâu thuẫn', en: 'Figures inconsistent' },
  scale_suspect: {
    severity: 'warning',
    vi: 'Nghi nhầm đơn vị tính, hàng nghìn',
    en: 'Suspected measure or thousand-scale error',
  },
  outlier: { severity: 'info', vi: 'Số liệu bất thường', en: 'Unusual figure' },
  duplicate_conflict: {
    severity: 'error',
    vi: 'Chỉ tiêu trùng, số liệu khác nhau',
    en: 'Duplicate indicator with different figures',
  },
  label_unmatched: { severity: 'info', vi: 'Chưa đối chiếu được chỉ tiêu', en: 'Label not matched' },
  template_mismatch: { severity: 'warning', vi: 'Mẫu báo cáo của danh mục khác', en: 'Form of another catalog' },
};

export const SEVERITY_TEXTS: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
