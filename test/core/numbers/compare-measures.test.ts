import { compareMeasures, measureFactor, readMeasure } from '../../../src/core/numbers';
import { MEASURE_GROUPS, NEAR_GROUPS } from '../../../src/core/numbers/measure-lexicon';

describe('compareMeasures: another wording of the same measure is the same measure', () => {
  it.each([
    ['TB/100 người dân', 'thuê bao/100 dân'],
    ['Thuê bao/100 dân số', 'TB/100 dân'],
    ['Máy/100 dân', 'thuê bao/100 dân'],
    ['TB', 'thuê bao'],
    ['Cái', 'chiếc'],
    ['Buổi', 'cuộc'],
    ['Đợt', 'cuộc'],
    ['Hội nghị', 'cuộc'],
    ['Bộ hồ sơ', 'hồ sơ'],
    ['HS', 'hồ sơ'],
    ['Hồ sơ TTHC', 'hồ sơ'],
    ['TTHC', 'thủ tục'],
    ['Dịch vụ', 'thủ tục'],
    ['HGĐ', 'hộ'],
    ['Hộ gia đình', 'hộ'],
    ['Nhân khẩu', 'người'],
    ['Người dân', 'người'],
    ['Lượt', 'lượt người'],
    ['tỷ lệ %', '%'],
    ['Trạm', 'trạm BTS'],
    ['VNĐ', 'đồng'],
    ['đ', 'đồng'],
    ['Tr.đ', 'triệu đồng'],
    ['trđ', 'triệu đồng'],
    ['1000đ', 'nghìn đồng'],
    ['1.000 đồng', 'nghìn đồng'],
    ['Ngàn đồng', 'nghìn đồng'],
    ['Tỉ đồng', 'tỷ đồng'],
    ['ty dong', 'tỷ đồng'],
    ['Triệu', 'triệu đồng'],
    ['tin/bài', 'tin, bài'],
  ])('%j ≡ %j', (a, b) => {
    expect(compareMeasures(a, b)).toBe('same');
    expect(compareMeasures(b, a)).toBe('same');
    expect(measureFactor(a, b)).toBe(1);
  });
});

describe('compareMeasures: money and counts in another magnitude are convertible, in every direction', () => {
  it.each<[string, string, number]>([
    ['đồng', 'nghìn đồng', 1e-3],
    ['đồng', 'triệu đồng', 1e-6],
    ['đồng', 'tỷ đồng', 1e-9],
    ['nghìn đồng', 'đồng', 1e3],
    ['nghìn đồng', 'triệu đồng', 1e-3],
    ['nghìn đồng', 'tỷ đồng', 1e-6],
    ['triệu đồng', 'đồng', 1e6],
    ['triệu đồng', 'nghìn đồng', 1e3],
    ['triệu đồng', 'tỷ đồng', 1e-3],
    ['tỷ đồng', 'đồng', 1e9],
    ['tỷ đồng', 'nghìn đồng', 1e6],
    ['tỷ đồng', 'triệu đồng', 1e3],
    ['Tỷ', 'triệu đồng', 1e3],
    ['Nghìn người', 'người', 1e3],
    ['Nghìn thuê bao', 'thuê bao', 1e3],
    ['TB/1000 dân', 'TB/100 dân', 0.1],
  ])('%j → %j is ×%p', (from, to, factor) => {
    expect(compareMeasures(from, to)).toBe('convertible');
    expect(measureFactor(from, to)).toBe(factor);
  });
});

describe('compareMeasures: a real mismatch is different (evidence against a match)', () => {
  it.each([
    ['hộ', 'người'],
    ['Hộ', 'nhân khẩu'],
    ['%', 'trạm'],
    ['hộ', '%'],
    ['thuê bao', 'thuê bao/100 dân'],
    ['triệu đồng', 'hồ sơ'],
    ['tỷ lệ', 'tỷ đồng'],
    ['trạm', 'thuê bao'],
    ['TB/100 dân', 'TB/100 hộ'],
    ['xã', 'thôn'],
    ['Triệu', '%'],
  ])('%j ≠ %j', (a, b) => {
    expect(compareMeasures(a, b)).toBe('different');
    expect(compareMeasures(b, a)).toBe('different');
    expect(measureFactor(a, b)).toBeNull();
  });
});

describe('compareMeasures: what the lexicon cannot tell is unknown, never a verdict', () => {
  it.each([
    ['', 'trạm'],
    ['cái', 'camera'],
    ['lượt người', 'người'],
    ['hồ sơ', 'thủ tục'],
    ['điểm', 'cuộc'],
    ['giờ', 'ngày công'],
    ['-', 'hộ'],
  ])('%j ? %j', (a, b) => {
    expect(compareMeasures(a, b)).toBe('unknown');
  });
  it('treats a missing measure as unknown', () => {
    expect(compareMeasures(undefined, 'hộ')).toBe('unknown');
    expect(compareMeasures('hộ', null)).toBe('unknown');
  });
});

describe('the measure lexicon', () => {
  it.each(MEASURE_GROUPS.flatMap((g) => g.forms.map((form) => [form, g.id] as const)))('"%s" counts %s', (form, id) => {
    expect(readMeasure(form).group?.id).toBe(id);
  });
  it('lists every form once', () => {
    const forms = MEASURE_GROUPS.flatMap((g) => g.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
  it.each(NEAR_GROUPS)('%s and %s are near: neither the same nor a mismatch', (a, b) => {
    const formOf = (id: string) => MEASURE_GROUPS.find((g) => g.id === id)?.forms[0] ?? '';
    expect(compareMeasures(formOf(a), formOf(b))).toBe('unknown');
  });
  it('never reads "tỷ lệ" as a billion', () => {
    expect(readMeasure('Tỷ lệ').exponent).toBe(0);
    expect(readMeasure('Tỷ lệ').kind).toBe('percent');
  });
});
