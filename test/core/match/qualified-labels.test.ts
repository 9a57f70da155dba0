import { createMatcher } from '../../../src/core/match';
import { defaultCatalog } from '../../../src/core/catalog';

const matcher = createMatcher(defaultCatalog);
const idOf = (label: string) => {
  const r = matcher.match(label);
  return r.kind === 'matched' ? r.id : r.kind;
};

describe('a label that writes out a catalog indicator plus a harmless qualifier', () => {
  it.each([['Số Tổ công nghệ số cộng đồng ở thôn', 'community_digital_teams']])('«%s» matches %s', (label, id) => {
    expect(idOf(label)).toBe(id);
  });
});

describe('a label whose extra words make it another figure', () => {
  it.each([
    'Số trạm BTS xây mới',
    'Số thuê bao di động trả trước',
    'Số camera an ninh kết nối IOC bị hỏng',
    'Số điểm phục vụ bưu chính bị đóng cửa',
    'Số hồ sơ thanh toán trực tuyến bị lỗi',
    'Số cuộc họp trực tuyến bị hủy',
    'Số thuê bao Internet cáp quang bị cắt',
    'Số chứng thư số đã thu hồi',
    'Số hộ dân cư nghèo',
    'Số tổ công nghệ số cộng đồng bị giải thể',
    'Số camera giám sát giao thông không kết nối IOC',
    // Both "Số cuộc họp trực tuyến" and "Điểm cầu họp trực tuyến" are written out whole: a person decides.
    'Số cuộc họp trực tuyến có điểm cầu phường',
  ])('«%s» is not matched', (label) => {
    expect(idOf(label)).toBe('unmatched');
  });
});

describe('a footnote mark after a label', () => {
  it.each([
    ['Thuê bao Internet di động (1):', 'mobile_broadband_subscribers'],
    ['Số trạm BTS (*)', 'bts_stations'],
  ])('«%s» is read without the mark', (label, id) => {
    expect(idOf(label)).toBe(id);
  });

  it('is kept when a level word stands before it: «mức độ (4)» is a level', () => {
    expect(idOf('Số dịch vụ công trực tuyến mức độ (4)')).toBe('online_services_full');
  });
});
