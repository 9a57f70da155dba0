/**
 * Serves the browser preview (dist-preview/) and office.js from node_modules/@microsoft/office-js/dist — no network.
 * Run: npx tsx scripts/preview-serve.ts [port]   (npm run preview builds first)
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const ROOT = join(__dirname, '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.css': 'text/css',
  '.map': 'application/json',
};

export function startPreviewServer(port: number): Promise<Server> {
  const dirs = [join(ROOT, 'dist-preview'), join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist')];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const wanted = path === '/' || path === '\\' ? '/index.html' : path;
    for (const dir of dirs) {
      const file = join(dir, wanted);
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3100);
  startPreviewServer(port).then(() => console.log(`Bản xem trước: http://localhost:${port}/  (Ctrl+C để dừng)`));
}
