import { Argument } from '@commander-js/extra-typings';
import { UsageError } from '../core/errors.js';
import { closest } from '../core/text/suggest.js';
import { SHELLS } from './completion/shells.js';
import type { CommandContext, Program } from './program.js';

/** Commands about coop itself: help and shell completion. */
export function addShellCommands(program: Program, { io }: CommandContext): void {
  program
    .command('help')
    .summary('show help for coop or one command, the same as --help')
    .argument('[command]', 'the command to explain')
    .addHelpText('after', `
Examples:
  coop help                                      the commands
  coop help list                                 the same as coop list --help`)
    .action((name) => {
      const target = name === undefined ? program : program.commands.find((command) => command.name() === name);
      if (!target) throw new UsageError(unknownCommand(name ?? '', program.commands.map((command) => command.name())));
      target.outputHelp();
    });

  program
    .command('completion')
    .summary('print a shell completion script: bash, zsh or fish')
    .description('Prints a script that completes commands, flags, record ids, countries, areas, statuses, kinds and formats. Values from the registry come from coop itself at each Tab, so they are always current; the --registry typed on the line is honoured.')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText('after', `
Examples:
  echo 'eval "$(coop completion bash)"' >> ~/.bashrc
  echo 'eval "$(coop completion zsh)"' >> ~/.zshrc            after compinit
  coop completion fish > ~/.config/fish/completions/coop.fish`)
    .action(async (shell) => {
      const { completionScript } = await import('./completion/scripts.js');
      io.out(completionScript(shell));
    });
}

/** As commander says it for `coop nosuch`, so both read the same. */
function unknownCommand(name: string, names: readonly string[]): string {
  const match = closest(name, names);
  return match ? `unknown command '${name}' (Did you mean ${match}?)` : `unknown command '${name}'; coop --help lists the commands`;
}
