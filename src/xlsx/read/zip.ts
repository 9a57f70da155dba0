import { unzipSync } from 'fflate';

/** A zip part may not inflate to more than this: a real report's sheet is a few megabytes. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;
/** Nor may all the parts read from one file together. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

type Entry = { raw: string; size: number };

/**
 * The parts of an .xlsx zip, inflated on demand. Part names are normalised the way OPC treats them: no leading
 * "/", "/" for "\" (some writers on Windows), and found case-insensitively when the exact case is missing.
 */
export type Archive = {
  /** The stored name of a part, or undefined when the zip has no such part. */
  find(part: string): string | undefined;
  /** Inflates the named parts (names as `find` gives them); missing ones are left out. */
  read(parts: string[]): Map<string, Uint8Array>;
};

/**
 * Opens the zip and inflates at once the parts `eager` names (one pass over the zip for the usual layout); the
 * others are inflated when `read` asks for them.
 * @throws Error when the bytes are not a zip (an encrypted workbook is an OLE file, not a zip), or a part is
 * too big to inflate.
 */
export function openArchive(bytes: Uint8Array, file: string, eager: (part: string) => boolean): Archive {
  const entries = new Map<string, Entry>();
  const folded = new Map<string, string>();
  let total = 0;
  const admit = (part: string, size: number): void => {
    if (size > MAX_PART_BYTES)
      throw new Error(`${file}: part ${part} would inflate to ${size} bytes (limit ${MAX_PART_BYTES})`);
    total += size;
    if (total > MAX_TOTAL_BYTES) throw new Error(`${file}: parts would inflate to more than ${MAX_TOTAL_BYTES} bytes`);
  };
  const inflated = new Map<string, Uint8Array>();
  try {
    // fflate inflates into a buffer of the size the directory declares, so a lying entry cannot grow memory.
    const first = unzipSync(bytes, {
      filter: (f) => {
        const name = normalisePartName(f.name);
        entries.set(name, { raw: f.name, size: f.originalSize });
        if (!folded.has(name.toLowerCase())) folded.set(name.toLowerCase(), name);
        if (!eager(name)) return false;
        admit(name, f.originalSize);
        return true;
      },
    });
    for (const [raw, data] of Object.entries(first)) inflated.set(normalisePartName(raw), data);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`${file}: `)) throw error;
    throw new Error(`${file}: not a readable zip archive (${(error as Error).message})`);
  }
  return {
    find: (part) => {
      const name = normalisePartName(part);
      return entries.has(name) ? name : folded.get(name.toLowerCase());
    },
    read: (parts) => {
      const out = new Map<string, Uint8Array>();
      const wanted = new Map<string, string>();
      for (const part of parts) {
        const done = inflated.get(part);
        if (done) out.set(part, done);
        const entry = entries.get(part);
        if (done || !entry) continue;
        admit(part, entry.size);
        wanted.set(entry.raw, part);
      }
      if (wanted.size === 0) return out;
      let more: Record<string, Uint8Array>;
      try {
        more = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
      } catch (error) {
        throw new Error(`${file}: damaged zip entry (${(error as Error).message})`);
      }
      for (const [raw, data] of Object.entries(more)) {
        const part = wanted.get(raw) ?? normalisePartName(raw);
        inflated.set(part, data);
        out.set(part, data);
      }
      return out;
    },
  };
}
function normalisePartName(name: string): string {
  const slashes = name.indexOf('\\') >= 0 ? name.replace(/\\/g, '/') : name;
  return slashes.startsWith('/') ? slashes.slice(1) : slashes;
}

const utf8 = new TextDecoder('utf-8');

/** A part's bytes as text: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 byte-order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}
