/**
 * The manifest for where the add-in is hosted: every URL of the development server (https://localhost:3000/) and
 * its AppDomain become the host's. Used by webpack's production build (`npm run build:prod -- --env
 * url=https://…/`) and by the tests, which read the result. Plain CommonJS: webpack.config.js loads it as is.
 */
const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/** A host URL a production manifest may point at: https, not this machine. Returns it with a trailing slash. */
function checkHostUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `The host URL "${url}" is not a URL. Give it as: npm run build:prod -- --env url=https://your.host/tonghop/`,
    );
  }
  if (parsed.protocol !== 'https:')
    throw new Error(`The host URL must be https (Office loads add-ins only over https): ${url}`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(parsed.hostname))
    throw new Error(
      `The host URL must not be this machine (${parsed.hostname}): a production manifest is for other people's Excel.`,
    );
  if (parsed.search || parsed.hash)
    throw new Error(`The host URL must be a folder, without ?query or #fragment: ${url}`);
  return parsed.href.replace(/\/?$/, '/');
}

/** manifest.xml's text for the host at `url` (https, ending in the folder that holds taskpane.html). */
function manifestForHost(xml, url) {
  const host = checkHostUrl(url);
  const origin = new URL(host).origin;
  const out = xml
    .replaceAll(DEV_URL, host)
    .replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replace(
      /<!-- Tổng hợp: add-in only manifest[\s\S]*?-->/,
      `<!-- Tổng hợp: add-in only manifest for Excel, hosted at ${host} (built by npm run build:prod). -->`,
    );
  if (/localhost/i.test(out))
    throw new Error(
      'The production manifest still names localhost: a URL in manifest.xml is not under https://localhost:3000/.',
    );
  return out;
}

module.exports = { DEV_URL, checkHostUrl, manifestForHost };
