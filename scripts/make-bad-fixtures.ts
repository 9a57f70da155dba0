/**
 * Writes test/fixtures/bad/: files a department really receives that are not usable .xlsx reports, and .xlsx files
 * built to stress the reader (huge, wide, error results, hostile text). Deterministic; run with
 * `npx tsx scripts/make-bad-fixtures.ts`.
 */
import ExcelJS from 'exceljs';
import { fixZipDates } from './lib/reproducible-zip';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'bad');

async function main(): Promise<void> {
  await rm(DIR, { recursive: true, force: true });
  await mkdir(DIR, { recursive: true });
  const small = await smallReport();
  const files: [string, Buffer | string][] = [
    ['corrupt.xlsx', corruptZip()],
    ['truncated.xlsx', small.subarray(0, Math.floor(small.length / 2))],
    ['text-renamed.xlsx', 'Báo cáo kết quả 6 tháng đầu năm 2022\nSố trạm BTS: 120\n'],
    ['empty-file.xlsx', Buffer.alloc(0)],
    ['no-sheets.xlsx', await bufferOf(new ExcelJS.Workbook())],
    ['empty-sheets.xlsx', await emptySheets()],
    ['password.xlsx', oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])],
    ['bao-cao-cu.xls', oleFile(['Root Entry', 'Workbook', '\u0005SummaryInformation'])],
    [
      'bao-cao.ods',
      storedZip([
        ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
        ['content.xml', '<office:document-content/>'],
      ]),
    ],
    ['bao-cao.csv', 'STT,Chỉ tiêu,ĐVT,Thực hiện\n1,Số trạm BTS,trạm,120\n'],
    ['huge-50000-rows.xlsx', await hugeRows(50000)],
    ['wide-16000-cols.xlsx', await wideColumns(16000)],
    ['formula-errors.xlsx', await formulaErrors()],
    ['hostile-text.xlsx', await hostileText()],
  ];
  for (const [name, content] of files) await writeFile(join(DIR, name), content);
  console.log(`Đã ghi ${files.length} tệp vào ${DIR}`);
}

/** Fixtures are committed: the same script must write the same bytes (fixed workbook and zip dates). */
const FIXED_DATE = new Date(Date.UTC(2022, 5, 20, 12));

async function bufferOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.created = workbook.modified = FIXED_DATE;
  // Maximum deflate keeps the 50,000-row fixture small enough to commit.
  const data = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 9 } } });
  return fixZipDates(Buffer.from(data as ArrayBuffer), FIXED_DATE);
}

function reportSheet(workbook: ExcelJS.Workbook, name: string, unit: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([`UBND ${unit.toUpperCase()}`]);
  sheet.addRow(['BÁO CÁO Kết quả công tác thông tin và truyền thông 6 tháng đầu năm 2022']);
  sheet.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện']);
  return sheet;
}

async function smallReport(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = reportSheet(workbook, 'Báo cáo', 'Huyện Bù Đốp');
  sheet.addRow([1, 'Số trạm BTS', 'trạm', 120]);
  sheet.addRow([2, 'Số điểm phục vụ bưu chính', 'điểm', 14]);
  return bufferOf(workbook);
}

/** A zip signature followed by bytes that are no zip structure (a download cut and patched by a mail client). */
function corruptZip(): Buffer {
  const bytes = Buffer.alloc(2048);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  Buffer.from([0x50, 0x4b, 0x03, 0x04]).copy(bytes, 0);
  return bytes;
}

async function emptySheets(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1');
  workbook.addWorksheet('Sheet2').getColumn(1).width = 30;
  return bufferOf(workbook);
}

/**
 * Just enough of an OLE compound file for detection: the signature and the directory entry names in UTF-16LE.
 * An encrypted .xlsx is such a file with "EncryptionInfo" and "EncryptedPackage" streams; an .xls has "Workbook".
 */
function oleFile(entries: string[]): Buffer {
  const file = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3
  file.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  file.writeUInt16LE(9, 30); // 512-byte sectors
  entries.forEach((name, i) => {
    const offset = 1024 + i * 128;
    const encoded = Buffer.from(name, 'utf16le');
    encoded.copy(file, offset);
    file.writeUInt16LE(encoded.length + 2, offset + 64);
    file[offset + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return file;
}

/** A zip with stored (uncompressed) entries, as ODF requires for its leading "mimetype" entry. */
function storedZip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** An exported log pasted as a "report": the reader must stop at its row limit, not load 50,000 rows into a grid. */
async function hugeRows(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhật ký');
  sheet.addRow(['STT', 'Số liệu']);
  for (let r = 1; r < rows; r++) sheet.addRow([r % 10]);
  return bufferOf(workbook);
}

async function wideColumns(cols: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rộng');
  sheet.addRow(Array.from({ length: cols }, (_, c) => c + 1));
  return bufferOf(workbook);
}

/** Formula cells whose cached results are Excel errors, beside a working formula and plain figures. */
async function formulaErrors(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = reportSheet(workbook, 'BC 6T - Bu Dop', 'Huyện Bù Đốp');
  sheet.addRow([1, 'Số trạm BTS', 'trạm', { formula: '#REF!+1', result: { error: '#REF!' } }]);
  sheet.addRow([2, 'Số điểm phục vụ bưu chính', 'điểm', { formula: '1/0', result: { error: '#DIV/0!' } }]);
  sheet.addRow([
    3,
    'Số thuê bao Internet băng rộng cố định',
    'thuê bao',
    { formula: 'VLOOKUP("x",A1:A2,2,0)', result: { error: '#N/A' } },
  ]);
  sheet.addRow([4, 'Số hộp thư điện tử công vụ', 'hộp thư', { formula: '100+20', result: 120 }]);
  return bufferOf(workbook);
}

/** Labels that a careless writer would turn into formulas, and text that breaks naive XML or layout code. */
export const hostileLabels = [
  '=HYPERLINK("http://x","Bấm vào đây")',
  "+cmd|' /C calc'!A0",
  '-1+1',
  '@SUM(1)',
  'Số trạm\tBTS\nmới',
  '\u200FSố điểm phục vụ bưu chính\u200E',
  'Số\u200B thuê\u200B bao\u200B di động',
  '\u202ESố hộp thư điện tử',
  `Ghi chú ${'rất dài '.repeat(1250)}`,
  'Số cuộc họp trực tuyến 📹🇻🇳',
];

async function hostileText(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = reportSheet(workbook, 'Báo cáo', 'Huyện Hớn Quản');
  hostileLabels.forEach((label, i) => sheet.addRow([i + 1, label, 'trạm', 10 + i]));
  return bufferOf(workbook);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
