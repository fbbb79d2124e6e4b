import type { Io } from '../cli/io.js';
import { ExitCode, UsageError } from '../cli/exit-codes.js';
import { parseDuration } from '../core/deadlines/calendar.js';
import { collectDeadlines } from '../core/deadlines/deadlines.js';
import { selectDeadlines, type TimedDeadline } from '../core/deadlines/timing.js';
import { matchesFilter } from '../core/query/filter.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { whenText } from '../format/deadlines/describe.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { toFilter, type FilterOptions } from './filter-options.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { paintFor } from './paint.js';
import { tableWidth } from './render-table.js';
import { writeOutput } from './write-output.js';

export interface DeadlinesOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'deadlines'>;
  within: string;
  overdue?: boolean;
  all?: boolean;
  check?: boolean;
}

export async function deadlines(options: DeadlinesOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.deadlines, 'table');
  const within = parseDuration(options.within);
  if (!within) throw new UsageError(`--within must be a duration like 90d, 12w, 3m, 1y or P90D; got "${options.within}"`);
  if (options.overdue && options.all) throw new UsageError('--overdue and --all cannot be used together');
  const filter = toFilter(options);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir } = openRegistry(options, asOf, io);
  const every = collectDeadlines(records.filter((r) => matchesFilter(r.record, filter)));
  const shown = selectDeadlines(every, { asOf, within, overdueOnly: options.overdue, all: options.all });

  if (shown.length === 0 && format === 'table') io.err(`No deadlines ${options.overdue ? 'overdue' : `due within ${within}`} as of ${asOf}.\n`);
  else writeOutput(await render(shown, format, asOf, options, io), { ...options, registryDir: dir }, io);

  if (!options.check) return ExitCode.Ok;
  const overdue = selectDeadlines(every, { asOf, within, overdueOnly: true });
  io.err(`${terminalSafe(checkSummary(overdue, asOf))}\n`);
  return overdue.length > 0 ? ExitCode.Findings : ExitCode.Ok;
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

/** One line for a scheduled CI job's log. */
function checkSummary(overdue: readonly TimedDeadline[], asOf: string): string {
  if (overdue.length === 0) return `coop deadlines: nothing overdue as of ${asOf}`;
  const items = overdue.map((d) => `${d.record.id} ${d.item} (due ${d.due.latest}, ${whenText(d)})`).join('; ');
  return `coop deadlines: ${overdue.length} overdue as of ${asOf}: ${items}`;
}
