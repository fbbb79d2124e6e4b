import { Argument } from '@commander-js/extra-typings';
import { collect, withRegistryOption } from './options.js';
import type { CommandContext, Program } from './program.js';

/** The commands that write records and registries: new, fmt, init. */
export function addAuthoringCommands(program: Program, { io, setExit }: CommandContext): void {
  withRegistryOption(program.command('new'))
    .summary('write a new agreement or programme record, asking for what is missing')
    .description('Writes registry/agreements/ID.yaml or registry/programmes/ID.yaml from the flags, in the schema\'s key order with the editor modeline, and prints its path. In a terminal it asks for what the flags leave out (countries, areas and statuses autocomplete); otherwise missing required fields stop it. Only what is given goes in: a date or place the source does not give stays out. Never overwrites a record; the new record is validated against the whole registry, and not written when it has errors.')
    .addArgument(new Argument('<kind>', 'agreement or programme').choices(['agreement', 'programme'] as const))
    .option('--id <id>', 'the record id and file name: lowercase words joined by hyphens')
    .option('--title <text>', 'the title, as the source gives it')
    .option('--country <country[:role]>', 'a party (agreement) or a country taking part (programme), by code or name; a programme country needs a role: KZ:provider (repeatable)', collect)
    .option('--status <status>', 'where it is in its lifecycle, e.g. signed, in-force, active; unknown when no source says')
    .option('--area <area>', 'a health area, e.g. cardiology (repeatable)', collect)
    .option('--instrument <instrument>', 'agreement: memorandum-of-understanding, treaty, agreement, protocol...')
    .option('--legal-nature <nature>', 'agreement: binding, non-binding or unknown')
    .option('--signed <date>', 'agreement: date of signature, YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--signed-place <city>', 'agreement: where it was signed')
    .option('--entry-into-force <date>', 'agreement: date it entered into force')
    .option('--expires <date>', 'agreement: date it expires')
    .option('--signatory <country:name[:role]>', 'agreement: who signed, e.g. "PK:Syed Mustafa Kamal:Health Minister" or "PS::Ambassador" (repeatable)', collect)
    .option('--modality <modality>', 'programme: training, scholarship, exchange... (repeatable)', collect)
    .option('--event <type:date:text>', 'programme: something that happened, e.g. "delegation-visit:2025-03:A 13-member delegation visited hospitals" (TYPE::TEXT without a date; repeatable)', collect)
    .option('--agreement <id>', 'programme: the id of the agreement it implements')
    .option('--start <date>', 'programme: when it started')
    .option('--end <date>', 'programme: when it ended or ends')
    .option('--commitment <text>', 'something promised, recorded as pending (repeatable)', collect)
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
    .action(async (kind, options) => {
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
    .action(async (paths, options) => {
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
    .addHelpText('after', `
Examples:
  coop init health-registry --coop-repo https://github.com/example/coop --coop-rev v0.1.0
  coop init --force                              refresh schemas/ after upgrading coop`)
    .action(async (dir, options) => {
      const { init } = await import('../commands/init.js');
      setExit(await init(dir, options, io));
    });
}
