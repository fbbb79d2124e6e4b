import type { Program } from '../program.js';

/** What completion needs to know of a flag: how it is typed, whether a value follows, its choices. */
export interface OptionSpec {
  flags: string[];
  /** The option's name as commands read it: country, asOf, output. */
  name: string;
  takesValue: boolean;
  choices?: readonly string[];
}

export interface ArgumentSpec {
  name: string;
  variadic: boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  options: OptionSpec[];
  arguments: ArgumentSpec[];
}

export interface CompletionSpec {
  commands: CommandSpec[];
  /** Flags before any command: --debug, --version, --help. */
  programOptions: OptionSpec[];
  /** Program flags that also make sense after a command: --debug. */
  globalOptions: OptionSpec[];
}

const HELP: OptionSpec = { flags: ['--help', '-h'], name: 'help', takesValue: false };

/** The commands and flags of coop's commander program, as plain data. */
export function completionSpec(program: Program): CompletionSpec {
  const optionsOf = (command: Program | Program['commands'][number]): OptionSpec[] =>
    command.options
      .filter((option) => !option.hidden)
      .map((option) => ({
        flags: [option.long, option.short].filter((flag): flag is string => flag !== undefined),
        name: option.attributeName(),
        takesValue: option.required || option.optional,
        choices: option.argChoices,
      }));
  const programOptions = [...optionsOf(program), HELP];
  return {
    commands: program.commands.map((command) => ({
      name: command.name(),
      options: [...optionsOf(command), HELP],
      arguments: command.registeredArguments.map((argument) => ({ name: argument.name(), variadic: argument.variadic, choices: argument.argChoices })),
    })),
    programOptions,
    globalOptions: programOptions.filter((option) => option.name === 'debug'),
  };
}
