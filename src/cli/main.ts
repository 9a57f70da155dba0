// Entry point of the `tonghop` command (bin/tonghop.js requires lib/cli/main.js, this file bundled by scripts/build-cli.mjs).
// The work is in run.ts, so tests call run() in-process without starting this.
import { run } from './run';

export { run };

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
