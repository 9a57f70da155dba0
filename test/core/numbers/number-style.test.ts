import { inferNumberStyle } from '../../../src/core/numbers';

describe('inferNumberStyle', () => {
  it.each<[string[], 'vi' | 'en']>([
    [['1.300', '16,2%', '1.234.567'], 'vi'],
    [['1.234,5'], 'vi'],
    [['1,234.5', '12,345'], 'en'],
    [['1,234,567'], 'en'],
    [['16.25', '92.8%'], 'en'],
    [['12', 'tốt', ''], 'vi'],
    [[], 'vi'],
    // One English-looking figure does not outweigh a sheet of Vietnamese ones.
    [['12,345', '1.300', '16,2'], 'vi'],
  ])('%j → %s', (texts, style) => {
    expect(inferNumberStyle(texts).style).toBe(style);
  });

  it('names its evidence', () => {
    expect(inferNumberStyle(['1,234.5']).evidence).toContain('«1,234.5»');
    expect(inferNumberStyle(['không']).evidence).toBe('không có số viết bằng chữ: mặc định vi');
  });
});
