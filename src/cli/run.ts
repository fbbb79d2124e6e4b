import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { PACKAGE_ROOT } from '../core/paths.js';
import { ExitCode, UsageError } from './exit-codes.js';
import type { Io } from './io.js';

/** Runs coop with the given arguments and returns the exit code; the only caller of process.exit is bin/. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, argv.includes('--debug'), io);
  }
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('coop')
    .description('Query, validate and report on a registry of international health cooperation.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nRun "coop <command> --help" for a command\'s options and examples.');

  withCommonOptions(program.command('validate'))
    .summary('check every record against the schemas and cross-record rules')
    .description('Check records against the JSON Schemas and the cross-record rules (unique ids, real countries and dates, date order, references). Reports every problem in one run as FILE:LINE:COL.')
    .argument('[paths...]', 'only report on these files or folders (still checked against the whole registry)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']))
    .option('--strict', 'treat warnings as errors', false)
    .addHelpText('after', `
Examples:
  coop validate                                  check the whole registry
  coop validate registry/agreements/new.yaml     report on one file only
  coop validate --format github                  annotations for a GitHub Actions job
  coop validate --format json | jq .problems     machine-readable findings

Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.`)
    .action(async (paths: string[], options) => {
      const { validate } = await import('../commands/validate.js');
      setExit(await validate(paths, options, io));
    });

  return program;
}

function withCommonOptions(command: Command): Command {
  return command
    .option('--registry <dir>', 'registry folder (default: $COOP_REGISTRY, ./registry, <git root>/registry, or the shipped one)')
    .option('-o, --output <file>', 'write to FILE; the format follows its extension unless --format is given')
    .option('--as-of <date>', 'the day to judge dates against, YYYY-MM-DD (default: today)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces for internal errors');
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function reportError(error: unknown, debug: boolean, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version exit 0, usage errors 2.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.CannotRun;
  }
  if (error instanceof UsageError || (error instanceof Error && error.name === 'RegistryError')) {
    io.err(`coop: ${error.message}\n`);
    return ExitCode.CannotRun;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`coop: internal error: ${message}\n`);
  io.err(debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return ExitCode.CannotRun;
}
