/* Builds the add-in (taskpane.html, commands.html, their bundles, assets, manifest) into dist/,
 * or, with `--env preview`, the browser preview (index.html over an in-memory workbook) into dist-preview/.
 * `npm run build:prod -- --env url=https://your.host/tonghop/` is the production build: its manifest points at
 * that host only (scripts/manifest-for-host.js); without a URL it stops. `npm run build` keeps the development
 * URLs (or takes ADDIN_URL). `webpack serve` (npm run dev-server) uses the dev certificates of
 * office-addin-dev-certs, only there. */
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_URL, manifestForHost } = require('./scripts/manifest-for-host');

const PORT = Number(new URL(DEV_URL).port);

/** HTTPS options for the dev server: the certificates `office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs. */
function devHttps() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const preview = Boolean(env.preview);
  // Where the build is hosted: the production build must be told (--env url=… or ADDIN_URL), and its manifest
  // then names no localhost; the plain build keeps the development server's URLs unless ADDIN_URL is set.
  const hostUrl = env.url || process.env.ADDIN_URL || '';
  if (env.prod && !hostUrl)
    throw new Error(
      'build:prod needs the URL the add-in is hosted at: npm run build:prod -- --env url=https://your.host/tonghop/',
    );
  const manifest = (content) => (dev || !hostUrl ? content.toString() : manifestForHost(content.toString(), hostUrl));

  const rules = [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
    },
  ];

  if (preview) {
    return {
      mode: dev ? 'development' : 'production',
      devtool: dev ? 'source-map' : false,
      entry: { preview: './src/preview/index.tsx' },
      output: { path: path.resolve(__dirname, 'dist-preview'), filename: '[name].js', clean: true },
      resolve: { extensions: ['.ts', '.tsx', '.js'] },
      module: { rules },
      performance: { hints: false },
      plugins: [
        new HtmlWebpackPlugin({ filename: 'index.html', template: './src/preview/preview.html', chunks: ['preview'] }),
        new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
      ],
    };
  }

  const https = devHttps();
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // The gate: plain ES5, so a webview too old for the bundle shows a message instead of a blank pane.
          { from: 'src/taskpane/gate.js', to: 'gate.js' },
          // The MIT notice of the units lists the bundle carries (src/core/units), shipped beside it.
          { from: 'NOTICE', to: 'NOTICE.txt', toType: 'file' },
          { from: 'manifest.xml', to: '[name][ext]', transform: manifest },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'https',
      port: PORT,
    },
  };
};
