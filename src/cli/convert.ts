import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A conversion of one office file can take seconds; a hung LibreOffice must not hang the run. */
const CONVERT_TIMEOUT_MS = 120_000;

export type Converted = { path: string; cleanup: () => Promise<void> };

/**
 * Converts an .xls or .ods file to .xlsx with LibreOffice into a temporary folder; the input is never touched.
 * Null when LibreOffice fails or produces nothing (a damaged or fake file).
 * @example await convertToXlsx('bao-cao-cu.xls', 'xls', 'soffice') // { path: '/tmp/tonghop-convert-x/bao-cao-cu.xlsx', ... }
 */
export async function convertToXlsx(path: string, kind: 'xls' | 'ods', command: string): Promise<Converted | null> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-convert-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  // Its own profile folder, so a LibreOffice the user has open does not swallow the request.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const ok = await new Promise<boolean>((resolve) => {
    // The import filter is named: otherwise LibreOffice opens a damaged file as plain text and "converts" it.
    const filter = kind === 'xls' ? 'MS Excel 97' : 'calc8';
    execFile(
      command,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        `--infilter=${filter}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        path,
      ],
      { timeout: CONVERT_TIMEOUT_MS },
      (error) => resolve(error === null),
    );
  });
  const out = join(dir, `${basename(path, extname(path))}.xlsx`);
  const made =
    ok &&
    (await stat(out).then(
      (s) => s.size > 0,
      () => false,
    ));
  if (made) return { path: out, cleanup };
  await cleanup();
  return null;
}
