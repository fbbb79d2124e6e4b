import type { ArgumentSpec, CommandSpec, CompletionSpec, OptionSpec } from './spec.js';

/** The shell should offer file names. */
export const FILES = Symbol('files');
export type Candidates = readonly string[] | typeof FILES;

/** Values for an option or argument by name (country, id, output...), read from the registry `--registry` names when given. */
export type ValueSource = (name: string, registry: string | undefined) => Candidates;

/**
 * The candidates for the last of `words` (the words typed after `coop`, the last one being
 * completed, maybe empty): a command, a flag, a flag's value or an argument.
 */
export function completeLine(words: readonly string[], spec: CompletionSpec, values: ValueSource): Candidates {
  const current = words.at(-1) ?? '';
  let command: CommandSpec | undefined;
  let positionals = 0;
  let pending: OptionSpec | undefined;
  let registry: string | undefined;
  let afterDashes = false;
  const flags = (): OptionSpec[] => (command ? [...command.options, ...spec.globalOptions] : spec.programOptions);
  const longFlags = (): string[] => flags().flatMap((option) => option.flags.filter((flag) => flag.startsWith('--')));

  for (const word of words.slice(0, -1)) {
    // bash splits --country=KZ into --country, =, KZ.
    if (pending && word === '=') continue;
    if (pending) {
      if (pending.name === 'registry') registry = word;
      pending = undefined;
    } else if (!afterDashes && word === '--') {
      afterDashes = true;
    } else if (!afterDashes && word.length > 1 && word.startsWith('-')) {
      const [flag, inline] = splitInline(word);
      const option = findOption(flags(), flag);
      if (option?.takesValue && inline === undefined) pending = option;
      if (option?.name === 'registry' && inline !== undefined) registry = inline;
    } else if (!command) {
      command = spec.commands.find((c) => c.name === word);
      if (!command) return [];
    } else {
      positionals++;
    }
  }

  const valuesOf = (name: string, choices: readonly string[] | undefined): Candidates => {
    if (choices) return choices;
    if (name === 'command') return spec.commands.map((c) => c.name);
    return values(name, registry);
  };
  if (pending) return matching(valuesOf(pending.name, pending.choices), current);
  if (!afterDashes && current.startsWith('-')) {
    const [flag, inline] = splitInline(current);
    const option = inline === undefined ? undefined : findOption(flags(), flag);
    if (option?.takesValue && inline !== undefined) return prefixed(`${flag}=`, matching(valuesOf(option.name, option.choices), inline));
    return matching(longFlags(), current);
  }
  if (!command) return matching(spec.commands.map((c) => c.name), current);
  const argument = argumentAt(command.arguments, positionals);
  // Nothing positional left to give: the flags are what may come next.
  if (!argument) return matching(longFlags(), current);
  return matching(valuesOf(argument.name, argument.choices), current);
}

function argumentAt(list: readonly ArgumentSpec[], index: number): ArgumentSpec | undefined {
  const last = list.at(-1);
  return list[index] ?? (last?.variadic ? last : undefined);
}

function splitInline(word: string): [string, string | undefined] {
  const at = word.indexOf('=');
  return word.startsWith('--') && at > 0 ? [word.slice(0, at), word.slice(at + 1)] : [word, undefined];
}

function findOption(options: readonly OptionSpec[], flag: string): OptionSpec | undefined {
  return options.find((option) => option.flags.includes(flag));
}

function matching(candidates: Candidates, typed: string): Candidates {
  if (candidates === FILES) return FILES;
  const lower = typed.toLowerCase();
  return candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower));
}

function prefixed(prefix: string, candidates: Candidates): Candidates {
  return candidates === FILES ? FILES : candidates.map((candidate) => prefix + candidate);
}
