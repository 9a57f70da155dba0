import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['libreoffice', 'soffice'];

/**
 * The LibreOffice command on PATH, or null. Looked up on disk (no process is started), so the hint about
 * converting an .xls file is given only when it can be followed.
 * @example findLibreOffice({ PATH: '/usr/bin' }) // 'libreoffice' when /usr/bin/libreoffice exists
 */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe', '.com'] : [''];
  for (const name of NAMES) {
    for (const dir of dirs) {
      if (suffixes.some((suffix) => isExecutable(join(dir, name + suffix)))) return name;
    }
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
