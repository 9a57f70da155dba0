import { defaultCatalog } from '../../../src/core/catalog';
import { createMatcher } from '../../../src/core/match';
import type { Catalog, MatchResult } from '../../../src/core/model';

const matcher = createMatcher(defaultCatalog);
const idOf = (result: MatchResult) => (result.kind === 'matched' ? result.id : result.kind);

describe('createMatcher over the default catalog', () => {
  it.each([
    ['1.2. Số trạm BTS (trạm)', 'bts_stations'],
    ['SỐ TRẠM BTS', 'bts_stations'],
    ['So tram BTS tren dia ban huyen', 'bts_stations'],
    ['Số trạm BTS'.normalize('NFD'), 'bts_stations'],
    ['Tỷ lệ số hoá hồ sơ TTHC', 'digitisation_rate'],
    ['Tỉ lệ số hóa hồ sơ TTHC (%)', 'digitisation_rate'],
    ['a) Số hộp thư công vụ', 'official_email_boxes'],
    ['+ Số TB di động', 'mobile_subscribers'],
    ['Số thuê bao di đông', 'mobile_subscribers'],
    ['Tổng số thuê bao di động lũy kế đến nay', 'mobile_subscribers'],
    ['Số hồ sơ tiếp nhận qua BCCI tính đến 30/6/2022', 'postal_dossiers_received'],
    ['Dịch vụ công trực tuyến mức độ 4', 'online_services_full'],
    ['Dịch vụ công trực tuyến toàn trình', 'online_services_full'],
    ['Mật độ thuê bao di động (TB/100 dân)', 'mobile_density'],
  ])('matches «%s» to %s', (label, id) => {
    expect(idOf(matcher.match(label))).toBe(id);
  });

  it.each([
    ['Số trạm BTS 5G', 'a generation the catalog does not count'],
    ['Số DVCTT mức độ 2', 'a level the catalog does not have'],
    ['Số hồ sơ tiếp nhận, trả kết quả qua BCCI', 'received and returned together'],
    ['Số thuê bao điện thoại cố định', 'fixed telephones, not mobile nor Internet'],
    ['Tỷ lệ dịch vụ công trực tuyến toàn trình (%)', 'a rate where the catalog has a count'],
    ['Số hộ gia đình có cáp quang', 'a count where the catalog has a rate'],
    ['Số cuộc thanh tra về văn hóa', 'another sector'],
    ['Số thuê bao di động phát triển mới', 'new subscribers, not all'],
    ['Số hồ sơ tiếp nhận', 'online or by post: two indicators fit'],
    ['Số lượt truy cập cổng thông tin điện tử', 'nothing like it in the catalog'],
  ])('leaves «%s» unmatched: %s', (label) => {
    expect(matcher.match(label).kind).toBe('unmatched');
  });

  it.each(['I. BƯU CHÍNH', 'II. VIỄN THÔNG', 'Ghi chú:', 'Nơi nhận:', 'STT', '...', 'Người lập biểu'])(
    'ignores «%s», which is no indicator',
    (label) => {
      expect(matcher.match(label).kind).toBe('ignored');
    },
  );

  it('still matches an indicator written in capitals under Roman numbering', () => {
    expect(idOf(matcher.match('I. SỐ TRẠM BTS'))).toBe('bts_stations');
  });

  it('says which alias matched exactly, with full confidence', () => {
    expect(matcher.match('Trạm BTS')).toEqual({
      kind: 'matched',
      id: 'bts_stations',
      tier: 'sure',
      confidence: 1,
      reason: 'khớp bí danh «Trạm BTS»',
      reasonEn: 'the alias "Trạm BTS" exactly',
      evidence: [{ kind: 'label', weight: 12, vi: 'khớp bí danh «Trạm BTS»', en: 'the alias "Trạm BTS" exactly' }],
      candidates: [{ id: 'bts_stations', score: 1 }],
    });
  });

  it('says when the name itself matched', () => {
    const result = matcher.match('Số trạm thu phát sóng thông tin di động (BTS)');
    expect(result.kind === 'matched' && result.reason).toBe('khớp chính xác tên chỉ tiêu');
  });

  it('gives a similar label a confidence below 1 and the form it resembles', () => {
    const result = matcher.match('Số hồ sơ tiếp nhận qua dịch vụ bưu chính công ich của người dân');
    expect(result.kind).toBe('matched');
    if (result.kind !== 'matched') return;
    expect(result.id).toBe('postal_dossiers_received');
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(result.confidence).toBeLessThan(1);
    expect(result.reason).toMatch(/^giống 0,\d\d với «.+»$/);
  });

  it('names the veto when a label is close to an indicator but differs in a digit', () => {
    const result = matcher.match('Số trạm BTS 5G');
    expect(result.kind === 'unmatched' && result.reason).toBe(
      'gần «Số trạm thu phát sóng thông tin di động (BTS)» nhưng khác con số/mức độ («5g» / «—»)',
    );
    expect(result.kind === 'unmatched' && result.candidates[0].id).toBe('bts_stations');
  });

  it('returns the two close candidates of an ambiguous label', () => {
    const result = matcher.match('Số hồ sơ tiếp nhận');
    expect(result.kind === 'unmatched' && result.candidates.map((c) => c.id).sort()).toEqual([
      'online_dossiers',
      'postal_dossiers_received',
    ]);
  });

  it('answers the same label the same way, from its cache', () => {
    expect(matcher.match('Số trạm BTS')).toBe(matcher.match('Số trạm BTS'));
  });
});

describe('createMatcher over a custom catalog', () => {
  const catalog: Catalog = {
    indicators: [
      { id: 'revenue_half', name: 'Doanh thu 6 tháng', unit: 'triệu đồng' },
      { id: 'revenue_year', name: 'Doanh thu cả năm', unit: 'triệu đồng' },
      { id: 'services', name: 'Tổng số dịch vụ công', unit: 'dịch vụ', rules: [{ sumOfLte: ['services_level4'] }] },
      { id: 'services_level4', name: 'Số dịch vụ công mức độ 4', unit: 'dịch vụ' },
    ],
  };
  const custom = createMatcher(catalog);

  it.each([
    ['Doanh thu 6 tháng', 'revenue_half'],
    ['Doanh thu cả năm', 'revenue_year'],
  ])('keeps periods apart: «%s» is %s', (label, id) => {
    expect(idOf(custom.match(label))).toBe(id);
  });

  it('never matches a "trong đó" line to the total it is part of', () => {
    expect(custom.match('Trong đó: dịch vụ công').kind).toBe('unmatched');
  });

  it('matches a "trong đó" line to the part it names', () => {
    expect(idOf(custom.match('Trong đó: dịch vụ công mức độ 4'))).toBe('services_level4');
  });
});
