import { readDigits } from '../../../src/core/numbers';

describe('readDigits reads a run of digits, dots and commas by the sheet style', () => {
  it.each<[string, 'vi' | 'en', string | null, boolean]>([
    ['1300', 'vi', '1300', false],
    ['007', 'vi', '7', false],
    ['1.300', 'vi', '1300', false],
    ['1.234.567', 'en', '1234567', true],
    ['16,2', 'vi', '16.2', false],
    ['0,928', 'vi', '0.928', false],
    ['1.234,5', 'vi', '1234.5', false],
    ['1,234.5', 'en', '1234.5', false],
    ['1,5', 'en', '1.5', true],
    ['1,500', 'vi', null, false],
    ['1.23.4', 'vi', null, false],
    ['1,2.3', 'vi', null, false],
  ])('%j in %s style → %j (noted: %s)', (text, style, decimal, noted) => {
    const reading = readDigits(text, style);
    if (decimal === null) expect(reading.ok).toBe(false);
    else expect(reading).toEqual(noted ? { ok: true, decimal, note: expect.any(String) } : { ok: true, decimal });
  });
});
