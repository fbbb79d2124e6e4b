import { Command } from '@commander-js/extra-typings';
import type { Io } from '../commands/io.js';
import type { ExitCode } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { addAuthoringCommands } from './authoring-commands.js';
import { addPublishingCommands } from './publishing-commands.js';
import { addQueryCommands } from './query-commands.js';
import { addShellCommands } from './shell-commands.js';
import { usageLine } from './usage-errors.js';

/** What every command's action needs: the outside world, and where to put its exit code. */
export interface CommandContext {
  io: Io;
  setExit(code: ExitCode): void;
}

function newProgram(io: Io) {
  return new Command('coop')
    .description('Query, validate and report on a registry of international health cooperation.')
    .version(packageVersion(), '-V, --version', 'print the version')
    // Declared once: commander takes a program option before or after the command name.
    .option('--debug', 'show stack traces for internal errors')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(terminalSafe(s, { keepNewlines: true })),
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
    })
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nRun "coop <command> --help" or "coop help <command>" for a command\'s options and examples.');
}

export type Program = ReturnType<typeof newProgram>;

/** The commander program: every command with its options, each action loading its command lazily. */
export function buildProgram(context: CommandContext): Program {
  const program = newProgram(context.io);
  addQueryCommands(program, context);
  addPublishingCommands(program, context);
  addAuthoringCommands(program, context);
  addShellCommands(program, context);
  // Commander reports a usage error on the command it parses; each one says it in coop's style.
  for (const command of [program, ...program.commands]) {
    command.configureOutput({ outputError: (message) => context.io.err(usageLine(message, command.name())) });
  }
  return program;
}
