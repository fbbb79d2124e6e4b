import type { Io } from '../commands/io.js';
import { ExitCode } from '../core/errors.js';
import { COMPLETE_COMMAND } from './completion/shells.js';
import { buildProgram } from './program.js';
import { reportError } from './report-error.js';

/** Runs coop with the given arguments and returns the exit code; the only caller of process.exit is bin/. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram({
    io,
    setExit: (code) => {
      exitCode = code;
    },
  });
  // The completion scripts' hidden helper takes the words on the line as they are, options included.
  if (argv[0] === COMPLETE_COMMAND) return (await import('./completion/complete-command.js')).completeCommand(argv.slice(1), program, io);
  // -v is what many tools take for the version; commander's flag is -V.
  const args = argv[0] === '-v' ? ['--version', ...argv.slice(1)] : [...argv];
  try {
    await program.parseAsync(args, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Program options are parsed before any command runs, so --debug is known wherever it was typed.
    return reportError(error, program.opts().debug === true, io);
  }
}
