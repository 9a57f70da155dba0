import { readFileSync } from 'fs';
import { join } from 'path';

/** The pages Office loads: only our code and Office.js may run, and they may talk to nobody else. */
const page = (p: string) => readFileSync(join(__dirname, '../../src', p), 'utf8');
// Attributes may sit on one line or on several (as Prettier lays out a long tag).
const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

describe.each(['taskpane/taskpane.html', 'commands/commands.html'])('%s', (file) => {
  const policy = policyOf(page(file));
  const directive = (name: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it('has a Content-Security-Policy', () => {
    expect(policy).not.toBe('');
  });

  it('runs scripts only from its own origin and Office.js from Microsoft, never eval or inline code', () => {
    expect(directive('script-src')).toBe("script-src 'self' https://appsforoffice.microsoft.com");
  });

  it('sends data nowhere but its own origin and Office', () => {
    expect(directive('connect-src')).toBe("connect-src 'self' https://appsforoffice.microsoft.com");
    expect(directive('form-action')).toBe("form-action 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
  });

  it('loads Office.js from Microsoft, as the platform requires', () => {
    expect(page(file)).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  });
});
