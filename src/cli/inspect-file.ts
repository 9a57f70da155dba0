import { open } from 'node:fs/promises';
import { extname } from 'node:path';

/** What a file holds, told from its first bytes: ExcelJS's own errors on non-.xlsx input are cryptic. */
export type FileKind = 'xlsx' | 'empty_file' | 'not_xlsx_text' | 'csv' | 'xls' | 'encrypted' | 'ods' | 'corrupt';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** OLE directory entries are UTF-16LE; an encrypted .xlsx is an OLE file with an "EncryptionInfo" stream. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ODS_MIMETYPE = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');
/** The OLE directory of a small encrypted file sits in its first sectors; a bounded read keeps this fast. */
const SNIFF_BYTES = 1 << 20;

/**
 * Classifies a file by content (and by extension only for text files).
 * @example await inspectFile('bao-cao.xls') // 'xls'
 */
export async function inspectFile(path: string): Promise<FileKind> {
  const head = await readHead(path, SNIFF_BYTES);
  if (head.length === 0) return 'empty_file';
  if (startsWith(head, ZIP)) return head.subarray(0, 200).includes(ODS_MIMETYPE) ? 'ods' : 'xlsx';
  if (startsWith(head, OLE)) return head.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  if (looksLikeText(head)) return extname(path).toLowerCase() === '.csv' ? 'csv' : 'not_xlsx_text';
  return 'corrupt';
}

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return buffer.length >= magic.length && magic.every((byte, i) => buffer[i] === byte);
}

/** Text (UTF-8, UTF-16 with BOM, or 8-bit) has no NUL bytes in its first kilobytes, unlike binary formats. */
function looksLikeText(head: Buffer): boolean {
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  return !head.subarray(0, 4096).includes(0);
}
