import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';

export type InputFile = {
  /** Absolute path. */
  path: string;
  /** Name shown in cell references and messages: the path as given, or relative to the folder given. */
  display: string;
  /** Named on the command line (true) or found in a folder (false). */
  named: boolean;
};

export type CollectResult =
  { ok: true; files: InputFile[] } | { ok: false; problem: 'file_not_found' | 'no_xlsx_found'; file: string };

/**
 * Spreadsheet-like files found in a folder are all collected, not only .xlsx, so a unit that sent an .xls or a
 * .csv is named in the output instead of silently missing.
 */
const FOLDER_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.csv']);

/**
 * Expands the command-line arguments (files or folders) into the files to read, in a stable order.
 * Excel's "~$" lock files and hidden files are skipped.
 * @example await collectInputs(['samples']) // { ok: true, files: [{ display: 'bu_dop.xlsx', ... }, ...] }
 */
export async function collectInputs(args: string[]): Promise<CollectResult> {
  const files: InputFile[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info) return { ok: false, problem: 'file_not_found', file: arg };
    if (info.isDirectory()) {
      const found = await scanFolder(resolve(arg));
      if (found.length === 0) return { ok: false, problem: 'no_xlsx_found', file: arg };
      for (const rel of found) files.push({ path: resolve(arg, rel), display: rel, named: false });
    } else {
      files.push({ path: resolve(arg), display: basename(arg), named: true });
    }
  }
  return { ok: true, files: dedupe(files) };
}

async function scanFolder(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('~$') || entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await scanFolder(root, rel)));
    else if (entry.isFile() && FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(rel);
  }
  return found;
}

/** The same file given twice (as a file and inside a folder) is read once. */
function dedupe(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path) !== undefined);
}
