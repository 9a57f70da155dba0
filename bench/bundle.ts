/**
 * The task pane's start bundle: a production build with the project's webpack config into a temp folder, then
 * every local script and stylesheet the built taskpane.html loads (office.js from the CDN excluded), raw and gzipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '..');

export type BundleFile = { file: string; bytes: number; gzipBytes: number };
export type BundleResult =
  | { measured: true; files: BundleFile[]; bytes: number; gzipBytes: number; lazyChunks: BundleFile[]; buildMs: number }
  | { measured: false; reason: string };

/** Local URLs of <script src> and <link href> (stylesheet, preload, modulepreload) in an HTML page. */
export function startAssets(html: string): string[] {
  const urls: string[] = [];
  const attr = (tag: string, name: string): string | null => {
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
  };
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src) urls.push(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (href && /stylesheet|preload|modulepreload/.test(rel)) urls.push(href);
  }
  return urls.filter((u) => !/^(?:[a-z]+:)?\/\//i.test(u) && !u.startsWith('data:'));
}

const measure = (dir: string, file: string): BundleFile => {
  const data = readFileSync(join(dir, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
};

export function bundleBench(outDir: string): BundleResult {
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  if (!existsSync(webpack))
    return { measured: false, reason: 'webpack-cli is not installed (node_modules/webpack-cli missing)' };
  const t0 = performance.now();
  const build = spawnSync(process.execPath, [webpack, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const buildMs = performance.now() - t0;
  const html = join(outDir, 'taskpane.html');
  if (build.status !== 0 || !existsSync(html)) {
    const lines = `${build.stdout}\n${build.stderr}`.split('\n').filter((l) => /error/i.test(l));
    return {
      measured: false,
      reason: `webpack build failed (exit ${build.status}): ${(lines[0] ?? 'no taskpane.html').trim().slice(0, 200)}`,
    };
  }
  const assets = startAssets(readFileSync(html, 'utf8')).map((u) => u.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
  const missing = assets.filter((a) => !existsSync(join(outDir, a)));
  if (missing.length)
    return { measured: false, reason: `taskpane.html loads files the build did not write: ${missing.join(', ')}` };
  const files = assets.map((a) => measure(outDir, a));
  // Chunks the page does not load at start (the engine worker, lazy imports): reported, not counted.
  const lazyChunks = readdirSync(outDir)
    .filter(
      (f) =>
        /\.(js|css)$/.test(f) && !assets.includes(f) && statSync(join(outDir, f)).isFile() && !/^commands\./.test(f),
    )
    .map((f) => measure(outDir, f));
  return {
    measured: true,
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    lazyChunks,
    buildMs,
  };
}
