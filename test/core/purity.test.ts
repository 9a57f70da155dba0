import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

/** src/core is shared by the add-in and the command line: it must not reach for Office.js, the DOM or Node. */
const root = join(__dirname, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_IMPORTS = /from\s+['"](?!\.{1,2}\/)([^'"]+)['"]|require\(/g;
const FORBIDDEN_GLOBALS = /\b(Office|Excel|window|document|process|Buffer|__dirname|localStorage|setTimeout)\s*[.(]/;
const ANY = /(:\s*any\b|as\s+any\b|<any>)/;

describe('src/core', () => {
  const sources = files(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(files(root).map((p) => [relative(root, p)]))('%s imports only other core modules', (path) => {
    const text = readFileSync(join(root, path), 'utf8');
    expect(text.match(FORBIDDEN_IMPORTS) ?? []).toEqual([]);
  });

  it('uses no Office.js, DOM or Node globals and no `any`', () => {
    const offenders = sources.filter(
      (s) => FORBIDDEN_GLOBALS.test(s.text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')) || ANY.test(s.text),
    );
    expect(offenders.map((s) => s.path)).toEqual([]);
  });
});
