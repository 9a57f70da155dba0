import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

describe("the units lists' MIT notice ships with the product", () => {
  const licence = [
    'Copyright (c) 2021 Thang Le Quoc',
    'The above copyright notice and this permission notice shall be included',
  ];

  test("in NOTICE (copied into the add-in's build as NOTICE.txt and packed with the command line)", () => {
    const notice = readFileSync(join(ROOT, 'NOTICE'), 'utf8');
    for (const line of licence) expect(notice).toContain(line);
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toMatch(/from: 'NOTICE', to: 'NOTICE.txt'/);
  });

  test("in the add-in's help page", () => {
    const help = readFileSync(join(ROOT, 'src/taskpane/help.html'), 'utf8').replace(/\s+/g, ' ');
    for (const line of licence) expect(help).toContain(line);
  });
});
