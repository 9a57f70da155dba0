/**
 * `npm run validate`: Microsoft's manifest check (office-addin-manifest validate posts the manifest to a web
 * service, so it needs the network) of manifest.xml, and of dist/manifest.xml — the production manifest — when
 * `npm run build:prod` has written one. Usage data reporting stays off. Offline, the tests read both manifests.
 */
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'node_modules', 'office-addin-manifest', 'cli.js');
const manifests = ['manifest.xml', join('dist', 'manifest.xml')].filter((m) => existsSync(join(root, m)));
let failed = false;
for (const manifest of manifests) {
  console.log(`Validating ${manifest}…`);
  const run = spawnSync(process.execPath, [cli, 'validate', manifest], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: 'true' },
  });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
