import { FORMATS } from '../format/format-names.js';
import { formatOption, withCommonOptions, withFilterOptions } from './options.js';
import type { CommandContext, Program } from './program.js';

/** The commands that read the registry and answer: validate, list, show, countries, deadlines, report. */
export function addQueryCommands(program: Program, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('validate'))
    .summary('check every record against the schemas and cross-record rules')
    .description('Check records against the JSON Schemas and the cross-record rules (unique ids, real countries and dates, date order, references). Reports every problem in one run as FILE:LINE:COL.')
    .argument('[paths...]', 'only report on these files or folders (still checked against the whole registry)')
    .addOption(formatOption(FORMATS.validate))
    .option('--strict', 'treat warnings as errors', false)
    .option('--changed-since <rev>', 'only records added or changed since the git revision, plus what the change breaks elsewhere')
    .addHelpText('after', `
Examples:
  coop validate                                  check the whole registry
  coop validate registry/agreements/new.yaml     report on one file only
  coop validate --format github                  annotations for a GitHub Actions job
  coop validate --format json | jq .problems     machine-readable findings
  coop validate --changed-since origin/main --format github
  coop validate --format sarif -o coop.sarif     for code-scanning upload

Exit codes: 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.`)
    .action(async (paths, options) => {
      const { validate } = await import('../commands/validate.js');
      setExit(await validate(paths, options, io));
    });

  withFilterOptions(withCommonOptions(program.command('list')))
    .summary('list records, filtered and sorted')
    .description('One row per record: id, kind, countries, date, status, title. Repeated flags match any of their values; different flags must all match.')
    .addOption(formatOption(FORMATS.list))
    .option('--sort <field>', 'sort by date, id, title, kind or status; -field for descending (default: date)')
    .option('--limit <n>', 'show at most N records')
    .addHelpText('after', `
Examples:
  coop list --country Kazakhstan                 records Kazakhstan takes part in
  coop list --country PK --country PS --kind agreement
  coop list --since 2025-01 --until 2025-12      dated (even partly) within 2025
  coop list --search "working group"             every word, any case or accent
  coop list --sort -date --limit 10              the ten newest
  coop list --format json | jq '.[].id'          machine-readable
  coop list -o records.csv                       spreadsheet-safe CSV`)
    .action(async (options) => {
      const { list } = await import('../commands/list.js');
      setExit(await list(options, io));
    });

  withCommonOptions(program.command('show'))
    .summary('show one record, readable')
    .description('Every field of one record, countries by name.')
    .argument('<id>', 'the record id (coop list shows them)')
    .addOption(formatOption(FORMATS.show))
    .addHelpText('after', `
Examples:
  coop show pk-ps-health-mou-2025
  coop show pk-ps-health-mou-2025 --format json`)
    .action(async (id, options) => {
      const { show } = await import('../commands/show.js');
      setExit(await show(id, options, io));
    });

  withFilterOptions(withCommonOptions(program.command('countries')))
    .summary('every country with its counts of agreements, programmes and pending commitments')
    .description('One row per country in the registry (or in the records the filters keep), most records first.')
    .addOption(formatOption(FORMATS.countries))
    .option('--limit <n>', 'show at most N countries')
    .addHelpText('after', `
Examples:
  coop countries
  coop countries --kind programme --format csv`)
    .action(async (options) => {
      const { countries } = await import('../commands/countries.js');
      setExit(await countries(options, io));
    });

  withFilterOptions(withCommonOptions(program.command('deadlines')))
    .summary('commitments, expiries and renewal notices that are due or overdue')
    .description('Pending commitments, agreement expiries and renewal notice dates, overdue or due within --within of --as-of, soonest first, and unverified ones (status unknown after the due date). A date known only to the month or year gives a window: an item is overdue only when the whole window has passed. --check fails on what became overdue within --window, so a daily job alerts once.')
    .addOption(formatOption(FORMATS.deadlines))
    .option('--within <duration>', 'look ahead this far: 90d, 12w, 6m, 1y or ISO 8601 (P90D)', 'P90D')
    .option('--overdue', 'only what is overdue')
    .option('--all', 'every dated item, whatever its status or how far ahead')
    .option('--check', 'exit 1 when something pending became overdue within --window (with --all: when anything pending is overdue), with a summary on stderr')
    .option('--window <duration>', 'with --check: how far back "became overdue" reaches; match the job\'s schedule: 1d, 7d or ISO 8601', '1d')
    .addHelpText('after', `
Examples:
  coop deadlines                                 overdue and due in the next 90 days
  coop deadlines --as-of 2025-10-01 --within 30d
  coop deadlines --country Pakistan --overdue
  coop deadlines --all -o deadlines.ics          a calendar feed of every deadline
  coop deadlines --check                         for a daily CI job: fails once, on the day after a due date
  coop deadlines --check --window 7d             for a weekly job
  coop deadlines --check --all                   fails while anything pending is overdue`)
    .action(async (options) => {
      const { deadlines } = await import('../commands/deadlines.js');
      setExit(await deadlines(options, io));
    });

  withFilterOptions(withCommonOptions(program.command('report')))
    .summary('a Markdown report of the registry, or of one country')
    .description('A Markdown report: headline figures, records by year, country and health area, a timeline, deadlines and an index of records. With one --country, that country\'s profile. The same registry and --as-of always give the same bytes.')
    .addOption(formatOption(FORMATS.report))
    .option('--within <duration>', 'how far ahead the deadlines section looks: 90d, 12w, 6m, 1y or P90D', 'P90D')
    .addHelpText('after', `
Examples:
  coop report -o reports/registry.md             links to records work from reports/
  coop report --country Pakistan -o reports/pakistan.md
  coop report --as-of 2025-12-31 --kind agreement`)
    .action(async (options) => {
      const { report } = await import('../commands/report.js');
      setExit(await report(options, io));
    });
}
