import { InvalidArgumentError, Option, type Command, type OptionValues } from '@commander-js/extra-typings';

/**
 * Collects a repeatable flag's values. No default, so help shows no "(default: [])"; a flag
 * never given stays undefined and the command reads it as `?? []`.
 */
export const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** --format with the command's formats as choices, taken in any case: JSON is json. */
export function formatOption<const T extends readonly string[]>(choices: T, description = 'output format') {
  return new Option('--format <format>', description).choices(choices).argParser((value): T[number] => {
    const found = choices.find((choice) => choice === value.toLowerCase());
    // Commander prefixes "option '--format <format>' argument 'X' is invalid."
    if (found === undefined) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return found;
  });
}

/** What --search looks through, as src/core/query/filter.ts searchableText reads records. */
const SEARCHED = "a record's id, title, notes, areas, commitments, organisations, people's names and roles, place of signing, or programme events' descriptions and sites";

export function withFilterOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(command: Command<Args, Opts, Globals>) {
  return command
    .option('--country <country>', 'a country taking part: code, name or alias (repeatable)', collect)
    .option('--kind <kind>', 'agreement or programme (repeatable)', collect)
    .option('--status <status>', 'a record status, e.g. signed, in-force, active (repeatable)', collect)
    .option('--area <area>', 'a health area, e.g. cardiology (repeatable)', collect)
    .option('--instrument <instrument>', 'an agreement instrument, e.g. treaty (repeatable)', collect)
    .option('--modality <modality>', 'a programme modality, e.g. training (repeatable)', collect)
    .option('--since <date>', 'dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): signing for agreements, start for programmes')
    .option('--until <date>', 'dated on or before DATE')
    .option('--search <text>', `words that must all appear (any case or accent) in ${SEARCHED} (repeatable)`, collect);
}

/** Options of the commands that write into a registry (never the shipped one). */
export function withRegistryOption<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(command: Command<Args, Opts, Globals>) {
  return command
    .option('--registry <dir>', 'registry folder (default: $COOP_REGISTRY, ./registry or <git root>/registry)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)');
}

export function withCommonOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(command: Command<Args, Opts, Globals>) {
  return command
    .option('--registry <dir>', 'registry folder (default: $COOP_REGISTRY, ./registry, <git root>/registry, or the shipped one)')
    .option('-o, --output <file>', 'write to FILE; the format follows its extension unless --format is given')
    .option('--force', 'let -o write a file inside the registry folder')
    .option('--as-of <date>', 'the day to judge dates against, YYYY-MM-DD (default: today)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--no-cache', 'parse every file afresh instead of reusing results for unchanged files (cache: $COOP_CACHE_DIR, node_modules/.cache/coop or ~/.cache/coop)');
}
