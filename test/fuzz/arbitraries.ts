import fc from 'fast-check';
import type { CellValue } from '../../src/core/model';

/** Pieces real figure cells are made of, so random strings land near the parser's edges. */
const PIECES = [
  '1.300',
  '16,2',
  '%',
  ' ',
  'tỷ',
  'triệu',
  'nghìn',
  'đồng',
  'khoảng',
  'trên',
  '/',
  '(',
  ')',
  '-',
  ',',
  '.',
  '~',
  'TB/100 dân',
  'xã',
  '#REF!',
  'không',
  '…',
  '\u00ad',
  '\u200b',
  '\ufeff',
  'Th«ng',
  '§iÓm',
  'Thoâng',
  'Ñieåm',
  'Hoà',
  'uỷ',
  '0',
  '9',
  '03',
  'e',
  'E+',
  '\u0301',
  '\u0323',
  'ư',
  'Đ',
  '\n',
  '\t',
  '\u00a0',
];

/** Random strings: arbitrary Unicode, Latin-1 (where legacy text lives) and sequences of the pieces above. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
);

export const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  textArb,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

export const formatArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('0.0%', '0%', '#,##0', '0.0\\%', '0.0"%"', 'General', '@'),
  fc.string({ maxLength: 10 }),
);

export const fontArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman', ''),
  fc.string({ maxLength: 12 }),
);
