import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { collectDeadlines } from '../core/deadlines/deadlines.js';
import { becameOverdueWithin, selectDeadlines, type TimedDeadline } from '../core/deadlines/timing.js';
import { matchesFilter } from '../core/query/filter.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { whenText } from '../format/deadlines/describe.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { toFilter, type FilterOptions } from './filter-options.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions, withinDuration } from './options.js';
import { paintFor } from './paint.js';
import { tableWidth } from './render-table.js';
import { writeOutput } from './write-output.js';

export interface DeadlinesOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'deadlines'>;
  within: string;
  overdue?: boolean;
  all?: boolean;
  check?: boolean;
  /** With --check: fail only on what became overdue within this long before --as-of. */
  window: string;
}

export async function deadlines(options: DeadlinesOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.deadlines, 'table');
  const within = withinDuration(options.within);
  if (options.overdue && options.all) throw new UsageError('--overdue and --all cannot be used together');
  const window = parseDuration(options.window);
  if (!window || !/[1-9]/.test(window)) throw new UsageError(`--window must be a duration of at least a day like 1d, 7d or P1W; got "${options.window}"`);
  const filter = toFilter(options);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir } = openRegistry(options, asOf, io);
  const every = collectDeadlines(records.filter((r) => matchesFilter(r.record, { ...filter, asOf })), asOf);
  const shown = selectDeadlines(every, { asOf, within, overdueOnly: options.overdue, all: options.all });

  if (shown.length === 0 && format === 'table') io.err(`No deadlines ${options.overdue ? 'overdue' : `due within ${within}`} as of ${asOf}.\n`);
  else writeOutput(await render(shown, format, asOf, options, io), { ...options, registryDir: dir }, io);

  if (!options.check) return ExitCode.Ok;
  const timed = selectDeadlines(every, { asOf, within, all: true });
  const overdue = timed.filter((d) => d.timing === 'overdue');
  const failing = options.all ? overdue : overdue.filter((d) => becameOverdueWithin(d, asOf, window));
  const unverified = timed.filter((d) => d.timing === 'unverified');
  io.err(checkSummary({ failing, overdue, unverified, asOf, window: options.all ? undefined : window }));
  return failing.length > 0 ? ExitCode.Findings : ExitCode.Ok;
}

async function render(shown: TimedDeadline[], format: FormatOf<'deadlines'>, asOf: string, options: DeadlinesOptions, io: Io): Promise<string> {
  const formats = await import('../format/deadlines/formats.js');
  switch (format) {
    case 'json':
      return formats.deadlinesJson(shown, (file) => displayPath(file, io.cwd));
    case 'markdown':
      return formats.deadlinesMarkdown(shown);
    case 'ics':
      return (await import('../format/deadlines/ics.js')).deadlinesIcs(shown, asOf);
    case 'table':
      return formats.deadlinesTable(shown, await paintFor(options, io), tableWidth(options, io));
  }
}

interface CheckResult {
  /** What fails the check: overdue items, or with a window only those that became overdue within it. */
  failing: readonly TimedDeadline[];
  overdue: readonly TimedDeadline[];
  unverified: readonly TimedDeadline[];
  asOf: string;
  /** Undefined with --all. */
  window?: string;
}

/** A line for a scheduled CI job's log, and one each for older overdue and for unverified items. */
function checkSummary({ failing, overdue, unverified, asOf, window }: CheckResult): string {
  const items = (list: readonly TimedDeadline[]): string => list.map((d) => `${d.record.id} ${d.item} (due ${d.due.latest}, ${whenText(d)})`).join('; ');
  const overdueWord = window ? 'newly overdue' : 'overdue';
  const span = window ? ` (within ${window})` : '';
  const lines: string[] = [];
  if (failing.length > 0) lines.push(`coop deadlines: ${failing.length} ${overdueWord} as of ${asOf}${span}: ${items(failing)}`);
  else if (overdue.length === 0) lines.push(`coop deadlines: nothing overdue as of ${asOf}`);
  else lines.push(`coop deadlines: nothing ${overdueWord} as of ${asOf}${span}`);
  const older = overdue.filter((d) => !failing.includes(d));
  if (older.length > 0) lines.push(`coop deadlines: ${older.length} overdue since before that, not failing (--check --all fails on them): ${items(older)}`);
  if (unverified.length > 0) lines.push(`coop deadlines: ${unverified.length} unverified (status unknown after the due date), never failing: ${items(unverified)}`);
  // Ids and items come from records: each line is made safe for the terminal on its own.
  return lines.map((line) => `${terminalSafe(line)}\n`).join('');
}
