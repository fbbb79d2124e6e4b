import { FORMATS } from '../format/format-names.js';
import { formatOption, withCommonOptions } from './options.js';
import type { CommandContext, Program } from './program.js';

/** The commands that turn the registry into something to share: diff, site, export. */
export function addPublishingCommands(program: Program, { io, setExit }: CommandContext): void {
  withCommonOptions(program.command('diff'))
    .summary('what records a git change adds, removes, renames and changes')
    .description('Compares the registry at BASE with HEAD (default: the work tree): records added, removed and renamed, and for each changed record the fields that changed with old and new values. Markdown suits $GITHUB_STEP_SUMMARY or a PR comment.')
    .argument('<base>', 'git revision to compare from, e.g. origin/main')
    .argument('[head]', 'git revision to compare to (default: the work tree)')
    .addOption(formatOption(FORMATS.diff))
    .addHelpText('after', `
Examples:
  coop diff origin/main                          what this branch changes, as Markdown
  coop diff v1.0 v1.1 --format json
  coop diff origin/main >> "$GITHUB_STEP_SUMMARY"`)
    .action(async (base, head, options) => {
      const { diff } = await import('../commands/diff.js');
      setExit(await diff(base, head, options, io));
    });

  withCommonOptions(program.command('site'))
    .summary('a static website of the registry: index with map, country and record pages, deadlines')
    .description('Writes a static website to the -o folder: an index with figures, a world map and a searchable table of records; a page per country and per record; a deadlines page; the records as JSON and the deadlines as an .ics feed. Links are relative, so it works from file:// and under any path. The same registry and --as-of give the same bytes.')
    .addOption(formatOption(FORMATS.site))
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
    .description('Writes the records as tables (records, countries, record_countries, areas, commitments with computed due dates, sources, events, history, organisations, people), with foreign keys and indexes, as one SQLite file for sqlite3 or datasette (--format sqlite -o coop.db), or as one CSV file per table in a folder (--format csv -o DIR).')
    .addOption(formatOption(FORMATS.export, 'sqlite or csv (default: from the -o extension: .db, .sqlite)'))
    .addHelpText('after', `
Examples:
  coop export --format sqlite -o coop.db         then: sqlite3 coop.db .tables
  coop export --format csv -o tables/            one CSV file per table`)
    .action(async (options) => {
      const { exportTables } = await import('../commands/export.js');
      setExit(await exportTables(options, io));
    });
}
