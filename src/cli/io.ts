import { CommanderError } from 'commander';
import { errorLine, type MessageKey } from './messages';

/*
 * What every command of the CLI shares: where it prints, how a run ends, and how an expected failure becomes one
 * line on stderr. Kept apart from run.ts so the commands import it without importing the program that calls them.
 */

/** Exit codes, documented in `tonghop --help`. */
export const ExitCode = { ok: 0, unusable: 1, someSkipped: 2 } as const;

export type Io = { out: (text: string) => void; err: (text: string) => void };

export const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** A failure that ends the run with one line on stderr. Expected failures are values, not stack traces. */
export class CliFailure extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The exit code of a failed run, its one line written on stderr (a stack trace only with TONGHOP_DEBUG). */
export function failureCode(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version end through here too, with exit code 0.
    if (error.exitCode === 0) return ExitCode.ok;
    io.err(`${errorLine('usage', { detail: error.message.replace(/^error: /, '') })}\n`);
    return ExitCode.unusable;
  }
  if (error instanceof CliFailure) {
    io.err(`${errorLine(error.key, error.params)}\n`);
    return ExitCode.unusable;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.err(`${errorLine('internal', { detail })}\n`);
  if (process.env.TONGHOP_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return ExitCode.unusable;
}

/** Runs a command's body; a failure becomes its exit code and its line on stderr. */
export async function guarded(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    return failureCode(error, io);
  }
}
