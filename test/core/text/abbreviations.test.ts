import { expandAbbreviations, foldKey } from '../../../src/core/text';

const key = (label: string) => expandAbbreviations(foldKey(label));

describe('expandAbbreviations gives short and long forms one key', () => {
  it.each([
    ['Cổng DVC QG', 'Cổng Dịch vụ công quốc gia'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở TTTT', 'Sở Thông tin và Truyền thông'],
    ['Ứng dụng CNTT', 'Ứng dụng công nghệ thông tin'],
    ['Số DVCTT', 'Số dịch vụ công trực tuyến'],
    ['Số TTHC', 'Số thủ tục hành chính'],
    ['Điểm BCCI', 'Điểm bưu chính công ích'],
    ['Số TB di động', 'Số thuê bao di động'],
    ['Mật độ TB/100 dân', 'Mật độ thuê bao/100 dân'],
    ['Số trạm BTS', 'Số trạm thu phát sóng thông tin di động (BTS)'],
    ['Trạm BTS', 'Trạm thu phát sóng di động'],
    ['Chỉ số CĐS', 'Chỉ số chuyển đổi số'],
    ['UBND huyện', 'Ủy ban nhân dân huyện'],
    ['Đại biểu HĐND', 'Đại biểu Hội đồng nhân dân'],
    ['Số CQNN', 'Số cơ quan nhà nước'],
    ['SL HS trực tuyến', 'Số lượng hồ sơ trực tuyến'],
    ['KQ giải quyết', 'Kết quả giải quyết'],
    ['Số CKS đã cấp', 'Số chữ ký số đã cấp'],
    ['Số CTS', 'Số chứng thư số'],
    ['Camera IOC', 'Camera Trung tâm giám sát, điều hành đô thị thông minh'],
    ['Phòng VHTT', 'Phòng Văn hóa Thông tin'],
    ['DVC MĐ4', 'Dịch vụ công mức độ 4'],
  ])('%j ≡ %j', (short, long) => {
    expect(key(short)).toBe(key(long));
  });

  it('keeps different indicators apart', () => {
    expect(key('DVC mức độ 3')).not.toBe(key('DVC mức độ 4'));
    expect(key('Số CKS')).not.toBe(key('Số CTS'));
    expect(key('Thuê bao 4G')).not.toBe(key('Thuê bao 5G'));
  });

  it('returns a folded key', () => {
    expect(key('Cổng DVC QG')).toBe('cong dich vu cong quoc gia');
    expect(key('Số trạm thu phát sóng thông tin di động (BTS)')).toBe('so tram bts');
    expect(expandAbbreviations('')).toBe('');
  });
});
