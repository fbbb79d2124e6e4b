import { Argument, Command, CommanderError, Option } from 'commander';
import { CoopError, ExitCode } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import type { Io } from '../commands/io.js';
import { FORMATS } from '../format/format-names.js';
import { terminalSafe } from '../format/terminal-safe.js';

/** Runs coop with the given arguments and returns the exit code; the only caller of process.exit is bin/. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  // -v is what many tools take for the version; commander's flag is -V.
  const args = argv[0] === '-v' ? ['--version', ...argv.slice(1)] : [...argv];
  try {
    await program.parseAsync(args, { from: 'user' });
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
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(terminalSafe(s, { keepNewlines: true })) })
    .showSuggestionAfterError(true)
    .addHelpText('after', '\nRun "coop <command> --help" for a command\'s options and examples.');

  withCommonOptions(program.command('validate'))
    .summary('check every record against the schemas and cross-record rules')
    .description('Check records against the JSON Schemas and the cross-record rules (unique ids, real countries and dates, date order, references). Reports every problem in one run as FILE:LINE:COL.')
    .argument('[paths...]', 'only report on these files or folders (still checked against the whole registry)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.validate))
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
    .action(async (paths: string[], options) => {
      const { validate } = await import('../commands/validate.js');
      setExit(await validate(paths, options, io));
    });

  withFilterOptions(withCommonOptions(program.command('list')))
    .summary('list records, filtered and sorted')
    .description('One row per record: id, kind, countries, date, status, title. Repeated flags match any of their values; different flags must all match.')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.list))
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
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.show))
    .addHelpText('after', `
Examples:
  coop show pk-ps-health-mou-2025
  coop show pk-ps-health-mou-2025 --format json`)
    .action(async (id: string, options) => {
      const { show } = await import('../commands/show.js');
      setExit(await show(id, options, io));
    });

  withFilterOptions(withCommonOptions(program.command('countries')))
    .summary('every country with its counts of agreements, programmes and pending commitments')
    .description('One row per country in the registry (or in the records the filters keep), most records first.')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.list))
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
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.deadlines))
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
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.report))
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

  withCommonOptions(program.command('diff'))
    .summary('what records a git change adds, removes, renames and changes')
    .description('Compares the registry at BASE with HEAD (default: the work tree): records added, removed and renamed, and for each changed record the fields that changed with old and new values. Markdown suits $GITHUB_STEP_SUMMARY or a PR comment.')
    .argument('<base>', 'git revision to compare from, e.g. origin/main')
    .argument('[head]', 'git revision to compare to (default: the work tree)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.diff))
    .addHelpText('after', `
Examples:
  coop diff origin/main                          what this branch changes, as Markdown
  coop diff v1.0 v1.1 --format json
  coop diff origin/main >> "$GITHUB_STEP_SUMMARY"`)
    .action(async (base: string, head: string | undefined, options) => {
      const { diff } = await import('../commands/diff.js');
      setExit(await diff(base, head, options, io));
    });

  withCommonOptions(program.command('site'))
    .summary('a static website of the registry: index with map, country and record pages, deadlines')
    .description('Writes a static website to the -o folder: an index with figures, a world map and a searchable table of records; a page per country and per record; a deadlines page; the records as JSON and the deadlines as an .ics feed. Links are relative, so it works from file:// and under any path. The same registry and --as-of give the same bytes.')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS.site))
    .option('--repo-url <url>', 'link each record page to its YAML file: the web address file paths from the repository root are appended to, e.g. https://github.com/owner/repo/blob/main')
    .option('--within <duration>', 'what the deadlines page counts as due soon: 90d, 12w, 6m, 1y or P90D', 'P90D')
    .addHelpText('after', `
Examples:
  coop site -o _site                             then open _site/index.html
  coop site -o _site --as-of 2025-12-31
  coop site -o _site --repo-url https://github.com/owner/repo/blob/main`)
    .action(async (options) => {
      const { site } = await import('../commands/site.js');
      setExit(await site(options, io));
    });

  withCommonOptions(program.command('export'))
    .summary('the registry as tables: a SQLite database or a folder of CSV files')
    .description('Writes the records as tables (records, countries, record_countries, areas, commitments with computed due dates, sources, events, people), with foreign keys and indexes, as one SQLite file for sqlite3 or datasette (--format sqlite -o coop.db), or as one CSV file per table in a folder (--format csv -o DIR).')
    .addOption(new Option('--format <format>', 'sqlite or csv (default: from the -o extension: .db, .sqlite)').choices(FORMATS.export))
    .addHelpText('after', `
Examples:
  coop export --format sqlite -o coop.db         then: sqlite3 coop.db .tables
  coop export --format csv -o tables/            one CSV file per table`)
    .action(async (options) => {
      const { exportTables } = await import('../commands/export.js');
      setExit(await exportTables(options, io));
    });

  withRegistryOption(program.command('new'))
    .summary('write a new agreement or programme record, asking for what is missing')
    .description('Writes registry/agreements/ID.yaml or registry/programmes/ID.yaml from the flags, in the schema\'s key order with the editor modeline, and prints its path. In a terminal it asks for what the flags leave out (countries, areas and statuses autocomplete); otherwise missing required fields stop it. Only what is given goes in: a date or place the source does not give stays out. Never overwrites a record; the new record is validated against the whole registry, and not written when it has errors.')
    .addArgument(new Argument('<kind>', 'agreement or programme').choices(['agreement', 'programme']))
    .option('--id <id>', 'the record id and file name: lowercase words joined by hyphens')
    .option('--title <text>', 'the title, as the source gives it')
    .option('--country <country[:role]>', 'a party (agreement) or a country taking part (programme), by code or name; a programme country needs a role: KZ:provider (repeatable)', collect, [])
    .option('--status <status>', 'where it is in its lifecycle, e.g. signed, in-force, active; unknown when no source says')
    .option('--area <area>', 'a health area, e.g. cardiology (repeatable)', collect, [])
    .option('--instrument <instrument>', 'agreement: memorandum-of-understanding, treaty, agreement, protocol...')
    .option('--legal-nature <nature>', 'agreement: binding, non-binding or unknown')
    .option('--signed <date>', 'agreement: date of signature, YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--signed-place <city>', 'agreement: where it was signed')
    .option('--entry-into-force <date>', 'agreement: date it entered into force')
    .option('--expires <date>', 'agreement: date it expires')
    .option('--signatory <country:name[:role]>', 'agreement: who signed, e.g. "PK:Syed Mustafa Kamal:Health Minister" or "PS::Ambassador" (repeatable)', collect, [])
    .option('--modality <modality>', 'programme: training, scholarship, exchange... (repeatable)', collect, [])
    .option('--event <type:date:text>', 'programme: something that happened, e.g. "delegation-visit:2025-03:A 13-member delegation visited hospitals" (TYPE::TEXT without a date; repeatable)', collect, [])
    .option('--agreement <id>', 'programme: the id of the agreement it implements')
    .option('--start <date>', 'programme: when it started')
    .option('--end <date>', 'programme: when it ended or ends')
    .option('--commitment <text>', 'something promised, recorded as pending (repeatable)', collect, [])
    .option('--source-title <text>', 'the source\'s title or headline')
    .option('--source-publisher <name>', 'who published the source')
    .option('--source-via <name>', 'the body the source reports from')
    .option('--source-url <url>', 'the source\'s web address')
    .option('--source-published <date>', 'when the source was published')
    .option('--notes <text>', 'context that has no field of its own')
    .option('--dry-run', 'print the record (and any findings) instead of writing it')
    .option('--as-of <date>', 'the day to judge dates against, YYYY-MM-DD (default: today)')
    .addHelpText('after', `
Examples:
  coop new agreement                             asks for everything (in a terminal)
  coop new agreement --id pk-ps-health-mou-2025 --title "Pakistan-Palestine health MoU" \\
    --instrument memorandum-of-understanding --country PK --country PS --signed 2025-09-17 \\
    --status signed --area cardiology --source-title "They sign an MoU" --source-via APP
  coop new programme --country KZ:provider --country AF:recipient --dry-run

Exit codes: 0 written, 1 the record would have errors (nothing written), 2 could not run.`)
    .action(async (kind: 'agreement' | 'programme', options) => {
      const { newRecord } = await import('../commands/new.js');
      setExit(await newRecord(kind, options, io));
    });

  withRegistryOption(program.command('fmt'))
    .summary('lay records out canonically, keeping comments')
    .description('Rewrites record files in one layout: keys in the schema\'s order, dates quoted, lists in block style, prose folded at 100 columns. Comments are kept, values never change (checked on every file), and a file that does not parse is reported and left alone. Running it twice changes nothing.')
    .argument('[paths...]', 'files or folders (default: the whole registry)')
    .option('--check', 'change nothing; list the files that are not laid out and exit 1 (for CI and pre-commit)')
    .option('--migrate', 'also rewrite field shapes older coop accepted (see README)')
    .addHelpText('after', `
Examples:
  coop fmt                                       the whole registry
  coop fmt registry/agreements/new.yaml
  coop fmt --check                               in CI
  coop fmt --migrate                             after upgrading coop

Exit codes: 0 done (or nothing to change), 1 files not laid out (--check) or left alone, 2 could not run.`)
    .action(async (paths: string[], options) => {
      const { fmt } = await import('../commands/fmt.js');
      setExit(await fmt(paths, options, io));
    });

  program
    .command('init')
    .summary('start a registry in a folder: record folders, workflow, pre-commit, schemas')
    .description('Creates registry/agreements/ and registry/programmes/, a README, .github/workflows/registry.yml, .pre-commit-config.yaml, and schemas/ (a copy of coop\'s schemas, which the records\' editor modelines point to). The hooks and workflow install coop from --coop-repo at --coop-rev.')
    .argument('[dir]', 'the folder (default: the current one); created when missing')
    .option('--force', 'add a registry to a folder that is not empty: missing files are created, coop\'s schema copies refreshed, nothing else replaced')
    .option('--coop-repo <url>', 'the git repository the hooks and the workflow install coop from (default: this coop\'s repository)')
    .option('--coop-rev <rev>', 'the coop tag or commit to install (default: v<version>, or the checkout\'s commit)')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', `
Examples:
  coop init health-registry --coop-repo https://github.com/example/coop --coop-rev v0.2.0
  coop init --force                              refresh schemas/ after upgrading coop`)
    .action(async (dir: string | undefined, options) => {
      const { init } = await import('../commands/init.js');
      setExit(await init(dir, options, io));
    });

  return program;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function withFilterOptions(command: Command): Command {
  return command
    .option('--country <country>', 'a country taking part: code, name or alias (repeatable)', collect, [])
    .option('--kind <kind>', 'agreement or programme (repeatable)', collect, [])
    .option('--status <status>', 'a record status, e.g. signed, in-force, active (repeatable)', collect, [])
    .option('--area <area>', 'a health area, e.g. cardiology (repeatable)', collect, [])
    .option('--instrument <instrument>', 'an agreement instrument, e.g. treaty (repeatable)', collect, [])
    .option('--modality <modality>', 'a programme modality, e.g. training (repeatable)', collect, [])
    .option('--since <date>', 'dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): signing for agreements, start for programmes')
    .option('--until <date>', 'dated on or before DATE')
    .option('--search <text>', 'words that must all appear in title, areas, notes, people or places (repeatable)', collect, []);
}

/** Options of the commands that write into a registry (never the shipped one). */
function withRegistryOption(command: Command): Command {
  return command
    .option('--registry <dir>', 'registry folder (default: $COOP_REGISTRY, ./registry or <git root>/registry)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show stack traces for internal errors');
}

function withCommonOptions(command: Command): Command {
  return command
    .option('--registry <dir>', 'registry folder (default: $COOP_REGISTRY, ./registry, <git root>/registry, or the shipped one)')
    .option('-o, --output <file>', 'write to FILE; the format follows its extension unless --format is given')
    .option('--force', 'let -o write a file inside the registry folder')
    .option('--as-of <date>', 'the day to judge dates against, YYYY-MM-DD (default: today)')
    .option('--no-color', 'no colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--no-cache', 'parse every file afresh instead of reusing results for unchanged files (cache: $COOP_CACHE_DIR, node_modules/.cache/coop or ~/.cache/coop)')
    .option('--debug', 'show stack traces for internal errors');
}

function reportError(error: unknown, debug: boolean, io: Io): number {
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
