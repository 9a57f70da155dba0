import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const all = (re: RegExp): string[] => [...xml.matchAll(new RegExp(re.source, 'g'))].map((m) => m[1]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml (checked offline)', () => {
  it('is an Excel task pane add-in with a GUID id, Vietnamese by default and English override', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(all(/<Id>([^<]+)<\/Id>/)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(/<DefaultLocale>([^<]+)</)).toEqual(['vi-VN']);
    expect(xml).toMatch(/<DisplayName DefaultValue="Tổng hợp">\s*<Override Locale="en-US"/);
    expect(all(/<Host Name="([^"]+)"/)).toEqual(['Workbook']);
  });

  it('asks for ReadWriteDocument and ExcelApi 1.7', () => {
    expect(all(/<Permissions>([^<]+)</)).toEqual(['ReadWriteDocument']);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
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
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});
