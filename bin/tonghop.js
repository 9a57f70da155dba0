#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build:cli` (run by `npm ci` through "prepare").
require('../dist/cli/main.js');
