/**
 * Opens the browser preview in Debian's chromium (playwright-core), goes through the four steps with keyboard and
 * mouse, checks the result sheet, and saves screenshots to test-artifacts/. Builds the preview if it is missing or
 * older than the sources it is built from.
 * Skipped (with a message) only when /usr/bin/chromium is absent and CI is not set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreviewServer } from '../../scripts/preview-serve';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const available = existsSync(CHROMIUM);
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!available && !ci)
  console.warn(
    `preview.browser.test: skipped — ${CHROMIUM} is missing (apt-get install chromium). With CI=true it fails instead.`,
  );
const maybe = available || ci ? describe : describe.skip;

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const path = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function previewIsStale(): boolean {
  const bundle = join(ROOT, 'dist-preview', 'preview.js');
  if (
    !existsSync(bundle) ||
    !existsSync(join(ROOT, 'dist-preview', 'index.html')) ||
    !existsSync(join(ROOT, 'dist-preview', 'samples.json'))
  )
    return true;
  return newest(join(ROOT, 'src')) > statSync(bundle).mtimeMs;
}

type Box = { left: number; right: number; top: number; bottom: number };
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 1 &&
  inner.right <= outer.right + 1 &&
  inner.top >= outer.top - 1 &&
  inner.bottom <= outer.bottom + 1;
async function box(locator: ReturnType<Page['locator']>): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box (not visible)');
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

maybe('the browser preview', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const port = 3100 + Math.floor(Math.random() * 500);

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: CI must install chromium (apt-get install -y chromium).`);
    if (previewIsStale()) {
      execFileSync('npx', ['webpack', '--mode', 'development', '--env', 'preview'], { cwd: ROOT, stdio: 'inherit' });
      execFileSync('npx', ['tsx', 'scripts/preview-samples.ts'], { cwd: ROOT, stdio: 'inherit' });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPreviewServer(port);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // No network: anything not served by the preview server is refused.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('consolidates the samples through the four steps', async () => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText('Bản xem trước — không có Excel').waitFor();
    const reports = page.getByRole('region', { name: /Trang báo cáo của đơn vị/ });
    await reports.getByRole('checkbox').first().waitFor();
    expect(await reports.getByRole('checkbox').count()).toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-1-sources.png') });

    // The four step tabs fit the 380 px pane.
    const pane = await box(page.getByRole('main', { name: 'Ngăn tác vụ' }));
    for (const name of [/1\. Nguồn/, /2\. Đối chiếu/, /3\. Tổng hợp/, /4\. Kiểm tra/])
      expect(inside(await box(page.getByRole('tab', { name })), pane)).toBe(true);

    // The sheet tabs scroll inside the sheet view instead of running off the page.
    const sheetTabs = page.getByRole('tablist', { name: 'Trang tính' });
    const strip = await sheetTabs.evaluate((el) => {
      const scroller = el.parentElement as HTMLElement;
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: scroller.clientWidth,
        right: scroller.getBoundingClientRect().right,
      };
    });
    expect(strip.scrollWidth).toBeGreaterThan(strip.clientWidth);
    expect(strip.right).toBeLessThanOrEqual(1400);

    // Step 2 with the keyboard: focus the selected tab, arrow right, Enter.
    await page.getByRole('tab', { name: /1\. Nguồn/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /4\. Kiểm tra/ }).evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: /2\. Đối chiếu/, selected: true }).waitFor();
    await page.getByText(/Mỗi dòng dưới đây|Mọi chỉ tiêu/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'preview-2-mapping.png') });

    // Step 3 with the mouse.
    await page.getByRole('tab', { name: /3\. Tổng hợp/ }).click();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByRole('region', { name: 'Đã ghi:' }).waitFor({ timeout: 60_000 });
    const table = page.getByRole('table', { name: 'Tổng hợp' });
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toMatch(/BTS|trạm/i);
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-3-consolidated.png') });

    // Step 4: issues; clicking one selects its source cell in the sheet view.
    await page.getByRole('button', { name: 'Tiếp' }).click();
    const list = page.getByRole('list', { name: 'Kiểm tra' });
    await list.getByRole('button').first().waitFor();
    // Tab goes from the last filter to the first issue, then to the next.
    await page.getByRole('combobox', { name: 'Chỉ tiêu' }).focus();
    await page.keyboard.press('Tab');
    const focusedIssue = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('ul')?.getAttribute('aria-label') +
          '|' +
          document.activeElement?.getAttribute('aria-label'),
      );
    expect(await focusedIssue()).toMatch(/^Kiểm tra\|(Lỗi|Cảnh báo|Lưu ý), /);
    const firstFocused = await focusedIssue();
    await page.keyboard.press('Tab');
    expect(await focusedIssue()).toMatch(/^Kiểm tra\|/);
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelector('ul[aria-label="Kiểm tra"] li:nth-child(2) button'),
      ),
    ).toBe(true);
    expect(firstFocused).not.toBe('');

    // Every badge stays on one line.
    for (const badge of await list.getByText(/^(Lỗi|Cảnh báo|Lưu ý)$/).all()) {
      const lines = await badge.evaluate(
        (el) => el.getClientRects().length === 1 && el.scrollHeight <= el.clientHeight + 1,
      );
      expect(lines).toBe(true);
    }
    // Clicking an issue far down its sheet scrolls the sheet view to the selected, highlighted cell.
    const last = list.locator('button:not([aria-disabled="true"])').last();
    await last.click();
    expect(await last.getAttribute('aria-current')).toBe('true');
    const selected = page.locator('td[aria-selected="true"]');
    await selected.waitFor();
    await page.waitForTimeout(300);
    const scroller = await box(page.locator('table').locator('xpath=..'));
    expect(inside(await box(selected), scroller)).toBe(true);
    const shownSheet = page.getByRole('tablist', { name: 'Trang tính' }).getByRole('tab', { selected: true });
    expect(
      inside(await box(shownSheet), await box(page.getByRole('tablist', { name: 'Trang tính' }).locator('xpath=..'))),
    ).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-4-issues.png') });
  }, 120_000);

  it('speaks English when the display language is English', async () => {
    await page.goto(`http://127.0.0.1:${port}/?lang=en`);
    await page
      .getByRole('region', { name: /Unit report sheets/ })
      .getByRole('checkbox')
      .first()
      .waitFor();
    await page.getByText('Preview — no Excel').waitFor();
    const pane = await box(page.getByRole('main', { name: 'Task pane' }));
    for (const name of [/1\. Sources/, /2\. Mapping/, /3\. Consolidate/, /4\. Issues/])
      expect(inside(await box(page.getByRole('tab', { name })), pane)).toBe(true);
    await page.getByRole('tab', { name: /3\. Consolidate/ }).click();
    await page.getByRole('button', { name: 'Consolidate', exact: true }).click();
    await page.getByRole('region', { name: 'Written:' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Next' }).click();
    const list = page.getByRole('list', { name: 'Issues' });
    await list.getByRole('button').first().waitFor();
    expect(await list.getByRole('button').first().getAttribute('aria-label')).toMatch(/^(Error|Warning|Note), /);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-5-english-issues.png') });
  }, 120_000);

  it('keeps the pane responsive on a province of 168 unit sheets: the progress bar moves, then the result is written', async () => {
    await page.goto(`http://127.0.0.1:${port}/?units=168`);
    await page.getByRole('region', { name: /Trang báo cáo của đơn vị \(168\)/ }).waitFor({ timeout: 60_000 });
    // Record every value the progress bar shows, as a screen reader would hear them.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      const record = () => {
        const bar = document.querySelector('[role="progressbar"]');
        const now = bar?.getAttribute('aria-valuenow');
        if (now !== null && now !== undefined && seen[seen.length - 1] !== Number(now)) seen.push(Number(now));
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    });
    await page.getByRole('tab', { name: /3\. Tổng hợp/ }).click();
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByRole('progressbar').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'preview-6-progress-168.png') });
    await page.getByRole('region', { name: 'Đã ghi:' }).waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    const between = seen.filter((v) => v > 0 && v < 100);
    expect(between.length).toBeGreaterThanOrEqual(2);
    expect([...between].sort((a, b) => a - b)).toEqual(between);
    await expect(
      page
        .getByText(/168 đơn vị/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  }, 180_000);
});
