import { CommanderError } from '@commander-js/extra-typings';
import type { Io } from '../commands/io.js';
import { CoopError, ExitCode } from '../core/errors.js';
import { terminalSafe } from '../format/terminal-safe.js';

/** Prints what stopped a run, once, and returns its exit code: 2 for a usage or internal error. */
export function reportError(error: unknown, debug: boolean, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version exit 0, usage errors 2.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.CannotRun;
  }
  if (error instanceof CoopError) {
    // Messages are one line; a line break in one comes from a path or a value and is shown.
    io.err(`coop: ${terminalSafe(error.message)}\n`);
    return error.exitCode;
  }
  const message = terminalSafe(error instanceof Error ? error.message : String(error));
  io.err(`coop: internal error: ${message}\n`);
  io.err(debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return ExitCode.CannotRun;
}
