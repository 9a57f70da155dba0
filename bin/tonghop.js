#!/usr/bin/env node
// The CLI is bundled into lib/cli/main.js by `npm run build:cli` (scripts/build-cli.mjs, run by `npm ci` through "prepare").
require('../lib/cli/main.js');
