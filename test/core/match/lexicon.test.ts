import { analyseLabel, createMatcher } from '../../../src/core/match';
import { ABBREVIATIONS, FILLERS, OPPOSITES, QUALIFIERS, SYNONYMS } from '../../../src/core/match/lexicon';
import type { Catalog } from '../../../src/core/model';

// The lexicon is data; each entry carries an example that must come out as the entry says.
const sameKey = (a: string, b: string) => expect(analyseLabel(a).fingerprint).toBe(analyseLabel(b).fingerprint);

describe('abbreviations: each short form reads as its long wording', () => {
  it.each(ABBREVIATIONS.map((e) => [e.example[0], e.example[1]]))('«%s» ≡ «%s»', sameKey);
});

describe('synonyms: each wording reads as the canonical one', () => {
  it.each(SYNONYMS.map((e) => [e.example[0], e.example[1]]))('«%s» ≡ «%s»', sameKey);
});

describe('fillers: words that carry no meaning leave the key', () => {
  it.each(FILLERS.map((e) => [e.example[0], e.example[1]]))('«%s» ≡ «%s»', sameKey);
});

describe('decisive words: a label on one side never matches a catalog wording on the other', () => {
  // One catalog per pair, with the b-side as the only indicator: a label naming the a-side must not match it.
  const sides: [string, string][] = [
    ['Số hồ sơ tiếp nhận qua BCCI', 'Số hồ sơ trả kết quả qua BCCI'],
    ['Số thuê bao Internet di động', 'Số thuê bao Internet cố định'],
    ['Số thuê bao điện thoại di động', 'Số thuê bao Internet di động'],
    ['Số dịch vụ công trực tuyến một phần', 'Số dịch vụ công trực tuyến toàn trình'],
    ['Số văn bản đến xử lý trên môi trường mạng', 'Số văn bản đi trên môi trường mạng'],
    ['Số hồ sơ nộp trực tuyến', 'Số hồ sơ nộp qua bưu chính công ích'],
    ['Số hồ sơ nộp qua Cổng dịch vụ công', 'Số hồ sơ tiếp nhận trực tiếp'],
    ['Số cuộc họp trực tuyến', 'Số cuộc họp không giấy'],
    ['Số tiền xử phạt', 'Số quyết định xử phạt'],
    ['Doanh thu bưu chính', 'Doanh thu viễn thông'],
    ['Số đài truyền thanh', 'Số trang thông tin điện tử'],
    ['Số cụm loa truyền thanh có dây', 'Số cụm loa truyền thanh thông minh'],
    ['Số tổ công nghệ số cộng đồng', 'Số thành viên tổ công nghệ số cộng đồng'],
    ['Số văn bản điện tử', 'Số văn bản giấy'],
    ['Số điểm wifi miễn phí', 'Số điểm wifi thu phí'],
  ];
  it('has an example pair for every opposite', () => expect(sides).toHaveLength(OPPOSITES.length));
  it.each(sides)('«%s» does not match «%s»', (label, other) => {
    const catalog: Catalog = { indicators: [{ id: 'other', name: other, unit: 'cái' }] };
    expect(createMatcher(catalog).match(label).kind).not.toBe('matched');
  });
  it('takes a label that names one side for a part of an indicator that names neither', () => {
    const catalog: Catalog = { indicators: [{ id: 'all', name: 'Mật độ điện thoại', unit: 'TB/100 dân' }] };
    expect(createMatcher(catalog).match('Mật độ thuê bao di động').kind).not.toBe('matched');
    expect(createMatcher(catalog).match('Mật độ thuê bao điện thoại').kind).toBe('matched');
  });
  it.each(QUALIFIERS.map((q) => [q.phrase]))('a label that adds «%s» does not match the plain indicator', (phrase) => {
    const catalog: Catalog = { indicators: [{ id: 'plain', name: 'Số trạm BTS', unit: 'trạm' }] };
    expect(createMatcher(catalog).match(`Số trạm BTS ${phrase}`).kind).not.toBe('matched');
  });
});
