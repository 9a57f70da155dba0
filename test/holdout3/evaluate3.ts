/**
 * Third hold-out evaluation: the comparison of test/holdout2/evaluate2.ts, pointed at test/holdout3/corpus.
 *
 * evaluate2.ts fixes its folder at load time (`CORPUS2 = join(__dirname, 'corpus')`) and takes no argument. Rather
 * than copy its comparison or edit it, this thin wrapper loads that module once with `path.join` redirected for
 * exactly that one call (holdout2 folder + "corpus" → this corpus), then restores `path.join`. Every later path
 * evaluate2 builds starts from CORPUS2, so the CLI run, the core run and expected.json all come from here.
 * The corpus's expected.json has evaluate2's shape (ExpectedCorpus2); its "resend" part stays empty here.
 * It relies on evaluate2 being compiled to CommonJS (ts-jest, tsx), as it is in this repository.
 */
import path from 'node:path';
import type * as Evaluate2 from '../holdout2/evaluate2';

export type { Evaluation2 as Evaluation3, Finding, FindingKind } from '../holdout2/evaluate2';

export const CORPUS3 = path.join(__dirname, 'corpus');
const HOLDOUT2 = path.resolve(__dirname, '..', 'holdout2');

function load(): typeof Evaluate2 {
  const join = path.join;
  path.join = (...parts: string[]): string =>
    parts.length === 2 && parts[1] === 'corpus' && path.resolve(parts[0]) === HOLDOUT2 ? CORPUS3 : join(...parts);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../holdout2/evaluate2') as typeof Evaluate2;
  } finally {
    path.join = join;
  }
}

const module3 = load();
if (module3.CORPUS2 !== CORPUS3) throw new Error(`holdout3: evaluate2 was loaded before the wrapper (reads ${module3.CORPUS2})`);

export const findingKey = module3.findingKey;
export const evaluate3 = module3.evaluate2;
