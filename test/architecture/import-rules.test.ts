import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

/*
 * docs/architecture.md is the picture of the code: one row per folder with its stage number, job, main types and
 * what it imports. This test holds the page and the sources to each other: every folder of src has its row, every
 * import a source makes is in its folder's row (and every row's import is made), a core folder imports only folders
 * numbered before it, core imports no package at all (no Office.js, React, node:*), and no file imports itself back
 * through others.
 */

const repo = resolve(__dirname, '../..');
const page = readFileSync(join(repo, 'docs/architecture.md'), 'utf8');

type Row = { folder: string; order: number | null; types: string[]; imports: string[] };

/** Rows of the page's folder tables: | # | `src/...` | job | `Type`, ... | `folder`, `package`, ... | */
function rowsOfPage(text: string): Row[] {
  return text
    .split('\n')
    .filter((line) => /^\|[^|]*\|\s*`src\/[^`]+`\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      return {
        folder: ticks(cells[1])[0],
        order: /^\d+$/.test(cells[0]) ? Number(cells[0]) : null,
        types: ticks(cells[3]),
        imports: ticks(cells[4]),
      };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.tsx?$/.test(name) && !name.endsWith('.d.ts')
        ? [path]
        : [];
  });
}

const IMPORT =
  /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** What a file imports, comments left out (a comment may show an import as an example). */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** The folder a repository path belongs to: src/core/<stage>, src/<folder>, or the top folder (bench, scripts...). */
function folderOf(path: string): string {
  const parts = relative(repo, path).split(sep);
  if (parts[0] !== 'src') return parts[0];
  return parts[1] === 'core' ? `src/core/${parts[2]}` : `src/${parts[1]}`;
}

/** A package import as the page names it: "node:*", "@scope/name", "name". */
function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return 'node:*';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The source file a relative import names (with its extension, or the folder's index). */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const rows = rowsOfPage(page);
const rowOf = new Map(rows.map((r) => [r.folder, r]));
const files = sourceFiles(join(repo, 'src'));

/** Per folder, what its files import: other folders of the repository and packages. */
function importsByFolder(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = folderOf(file);
    const set = used.get(folder) ?? new Set<string>();
    used.set(folder, set);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        set.add(packageOf(specifier));
        continue;
      }
      const target = folderOf(resolve(dirname(file), specifier));
      if (target === folder) continue;
      // A front end may use any core folder: its row names `src/core`; a core folder names each folder it uses.
      set.add(target.startsWith('src/core/') && !folder.startsWith('src/core/') ? 'src/core' : target);
    }
  }
  return used;
}

describe('docs/architecture.md and the import rules', () => {
  const used = importsByFolder();

  it('has a row for every folder of src, and no row for a folder that is gone', () => {
    const folders = [...new Set(files.map(folderOf))].sort();
    expect(folders.filter((f) => !rowOf.has(f))).toEqual([]);
    expect(rows.map((r) => r.folder).filter((f) => !existsSync(join(repo, f)))).toEqual([]);
    expect(rows.length).toBeGreaterThan(15);
  });

  it('names in each row every folder and package the folder imports, and only those', () => {
    const wrong = rows.flatMap((row) => {
      const actual = used.get(row.folder) ?? new Set<string>();
      const listed = new Set(row.imports);
      return [
        ...[...actual]
          .filter((i) => !listed.has(i))
          .map((i) => `${row.folder} imports ${i}, which its row does not name`),
        ...[...listed]
          .filter((i) => !actual.has(i))
          .map((i) => `${row.folder}'s row names ${i}, which it does not import`),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('numbers every core folder, and a core folder imports only folders numbered before it', () => {
    const core = rows.filter((r) => r.folder.startsWith('src/core/'));
    expect(core.filter((r) => r.order === null).map((r) => r.folder)).toEqual([]);
    const backwards = core.flatMap((row) =>
      row.imports
        .filter((i) => !(rowOf.get(i)?.order !== undefined && (rowOf.get(i)?.order ?? Infinity) < (row.order ?? -1)))
        .map((i) => `${row.folder} → ${i}`),
    );
    expect(backwards).toEqual([]);
  });

  it('keeps core free of hosts: no package, no node:*, no Office.js, no React', () => {
    const hosts = files
      .filter((f) => folderOf(f).startsWith('src/core/'))
      .flatMap((f) =>
        importsOf(readFileSync(f, 'utf8'))
          .filter((s) => !s.startsWith('.'))
          .map((s) => `${relative(repo, f)}: ${s}`),
      );
    expect(hosts).toEqual([]);
  });

  it('keeps the front ends apart: the CLI never loads the add-in, the add-in never loads the CLI or Node', () => {
    const imports = (folder: string) => [...(used.get(folder) ?? [])];
    expect(
      imports('src/cli').filter((i) =>
        ['src/excel', 'src/taskpane', 'react', '@fluentui/react-components'].includes(i),
      ),
    ).toEqual([]);
    for (const browser of ['src/taskpane', 'src/excel', 'src/xlsx'])
      expect(imports(browser).filter((i) => i === 'src/cli' || i === 'node:*' || i === 'exceljs')).toEqual([]);
  });

  it('names main types that the folder (or the model) exports', () => {
    const exported = (folder: string) =>
      files
        .filter((f) => folderOf(f) === folder)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    const model = exported('src/core/model');
    const missing = rows.flatMap((row) => {
      const text = `${exported(row.folder)}\n${model}`;
      return row.types
        .filter(
          (name) =>
            !new RegExp(
              `export\\s+(?:type|interface|function|const|class|async function)\\s+${name}\\b|export\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b`,
            ).test(text),
        )
        .map((name) => `${row.folder}: ${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('has no import circle between the files of src', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(readFileSync(f, 'utf8'))
          .filter((s) => s.startsWith('.'))
          .map((s) => resolveImport(f, s))
          .filter((t): t is string => t !== null),
      ]),
    );
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          circles.push([...stack.slice(stack.indexOf(next)), next].map((p) => relative(repo, p)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
