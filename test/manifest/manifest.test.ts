import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { MIN_EXCEL_API } from '../../src/excel/host';
// The CommonJS helper webpack.config.js uses for the production manifest.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script outside the TypeScript project
const { manifestForHost } = require('../../scripts/manifest-for-host') as {
  manifestForHost: (xml: string, url: string) => string;
};

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const all = (re: RegExp): string[] => [...xml.matchAll(new RegExp(re.source, 'g'))].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Throws on XML that is not well formed (an XML parser, as Office's and the validator's are). */
const parseXml = (text: string) => new JSDOM(text, { contentType: 'application/xml' });

describe('manifest.xml (checked offline)', () => {
  it('is well-formed XML', () => {
    expect(() => parseXml(xml)).not.toThrow();
  });

  it('is an Excel task pane add-in with a GUID id, Vietnamese by default and English override', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(all(/<Id>([^<]+)<\/Id>/)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(/<DefaultLocale>([^<]+)</)).toEqual(['vi-VN']);
    expect(xml).toMatch(/<DisplayName DefaultValue="Tổng hợp">\s*<Override Locale="en-US"/);
    expect(all(/<Host Name="([^"]+)"/)).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument and the ExcelApi version the code needs (1.9)', () => {
    expect(all(/<Permissions>([^<]+)</)).toEqual(['ReadWriteDocument']);
    expect(xml).toMatch(new RegExp(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API.replace('.', '\\.')}"/>`));
    expect(MIN_EXCEL_API).toBe('1.9');
  });

  it('has the ribbon button that shows the task pane', () => {
    expect(xml).toMatch(/<Control xsi:type="Button" id="TongHop.OpenPane">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    const resids = all(/resid="([^"]+)"/);
    const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/));
    for (const id of resids) expect(defined).toContain(id);
  });

  it('uses only https URLs of one origin, pointing at built pages and existing icons of the right size', () => {
    const urls = all(/DefaultValue="(https?:\/\/[^"]+)"/);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://localhost:3000/')).toBe(true);
    const pages = urls.map((u) => u.replace('https://localhost:3000/', ''));
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html', 'help.html']));
    for (const page of pages.filter((p) => p.startsWith('assets/'))) {
      const file = join(ROOT, page);
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(page)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80])
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe('the production manifest (npm run build:prod -- --env url=…)', () => {
  const HOST = 'https://tonghop.sokhcn.binhphuoc.gov.vn/addin/';
  const prod = manifestForHost(xml, HOST);
  const urls = [...prod.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);

  it('is well-formed XML', () => {
    expect(() => parseXml(prod)).not.toThrow();
  });

  it('names no localhost, in URLs or AppDomains', () => {
    expect(prod).not.toMatch(/localhost/i);
    expect([...prod.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      'https://tonghop.sokhcn.binhphuoc.gov.vn',
    ]);
  });

  it('points every URL at the host, the same pages and icons as the development manifest', () => {
    expect(urls.length).toBe(all(/DefaultValue="(https?:\/\/[^"]+)"/).length);
    for (const url of urls) expect(url.startsWith(HOST)).toBe(true);
    expect(urls.map((u) => u.slice(HOST.length))).toEqual(
      all(/DefaultValue="(https?:\/\/[^"]+)"/).map((u) => u.replace('https://localhost:3000/', '')),
    );
    expect(prod).toContain(`<SourceLocation DefaultValue="${HOST}taskpane.html"/>`);
  });

  it('is what webpack writes into dist/ for build:prod', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script outside the TypeScript project
    const config = require('../../webpack.config.js')({ prod: true, url: HOST }, { mode: 'production' });
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
    const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
    expect(pattern.transform(Buffer.from(xml))).toBe(prod);
    expect(copy.patterns.some((p: { from: string }) => p.from === 'src/taskpane/gate.js')).toBe(true);
  });

  it('will not be built without the host URL, or for this machine or plain http', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script outside the TypeScript project
    const webpackConfig = require('../../webpack.config.js');
    const before = process.env.ADDIN_URL;
    delete process.env.ADDIN_URL;
    try {
      expect(() => webpackConfig({ prod: true }, { mode: 'production' })).toThrow(/needs the URL/);
    } finally {
      if (before !== undefined) process.env.ADDIN_URL = before;
    }
    expect(() => manifestForHost(xml, 'https://localhost:3000/')).toThrow(/this machine/);
    expect(() => manifestForHost(xml, 'http://example.org/')).toThrow(/https/);
    expect(() => manifestForHost(xml, 'không phải URL')).toThrow(/not a URL/);
  });
});
