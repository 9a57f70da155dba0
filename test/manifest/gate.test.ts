/**
 * gate.js, the task pane's first script: plain ES5, so Internet Explorer 11 and EdgeHTML run it; in a webview
 * without the ES2022 the bundle needs, it shows a readable message instead of a blank pane.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parse } from 'acorn';

const GATE = readFileSync(join(__dirname, '../../src/taskpane/gate.js'), 'utf8');
const PAGE = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

/** The task pane page with the gate run in it, once the page has loaded; `old` removes what an old webview lacks. */
async function open(old: boolean, language = 'vi-VN') {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
    runScripts: 'outside-only',
  });
  const w = dom.window as unknown as Window & { eval: (code: string) => void; tonghopTooOld?: boolean };
  Object.defineProperty(w.navigator, 'language', { value: language });
  if (old) w.eval('delete Array.prototype.at; delete Object.hasOwn; delete String.prototype.replaceAll;');
  w.eval(GATE);
  await new Promise((resolve) => setTimeout(resolve, 20));
  return w;
}

describe('the gate before the bundle', () => {
  it('is ECMAScript 5, which Internet Explorer 11 parses', () => {
    expect(() => parse(GATE, { ecmaVersion: 5 })).not.toThrow();
  });

  it('runs before the bundle: the page loads it right after office.js', () => {
    const scripts = [...PAGE.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', 'gate.js']);
  });

  it('says, in Vietnamese, that this Office is too old and what it needs, instead of a blank pane', async () => {
    const w = await open(true);
    const alert = w.document.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/không chạy được trên phiên bản Office này/);
    expect(alert?.textContent).toMatch(/Excel 2021 trở lên, Microsoft 365/);
    expect(w.tonghopTooOld).toBe(true);
  });

  it('says it in English when the webview is English', async () => {
    expect((await open(true, 'en-US')).document.querySelector('[role="alert"]')?.textContent).toMatch(
      /cannot run in this version of Office/,
    );
  });

  it('lets a modern webview start the pane untouched', async () => {
    const w = await open(false);
    expect(w.document.querySelector('[role="alert"]')).toBeNull();
    expect(w.tonghopTooOld).toBeUndefined();
  });
});
