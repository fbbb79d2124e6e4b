import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { collectDeadlines, openDeadlines } from '../core/deadlines/collect.js';
import { becameOverdueWithin, selectDeadlines } from '../core/deadlines/timing.js';
import { filterRecords } from '../core/query/filter.js';
import { deadlinesFormatters } from '../format/deadlines/formatters.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { checkSummary } from '../format/deadlines/check-summary.js';
import { toFilter, type FilterOptions } from './filter-options.js';
import { noteNoMatch } from './no-match.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions, withinDuration } from './options.js';
import { outputContext } from './output-context.js';
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
  const { records, dir, saveCache } = openRegistry(options, asOf, io);
  const kept = filterRecords(records, { ...filter, asOf });
  const selection = { asOf, within, overdueOnly: options.overdue, all: options.all };
  // --check looks at every deadline, so it collects them all, once, for both its selections.
  const every = options.check ? collectDeadlines(kept, asOf) : undefined;
  const shown = every ? selectDeadlines(every, selection) : openDeadlines(kept, selection);
  saveCache();

  noteNoMatch(shown.length, options.overdue ? `No deadlines overdue as of ${asOf}.` : options.all ? `No dated deadlines as of ${asOf}.` : `No deadlines due within ${within} as of ${asOf}.`, io);
  const text = await deadlinesFormatters[format](shown, await outputContext(options, asOf, io));
  writeOutput(text, { ...options, registryDir: dir }, io);

  if (!options.check) return ExitCode.Ok;
  const timed = selectDeadlines(every!, { asOf, within, all: true });
  const overdue = timed.filter((d) => d.timing === 'overdue');
  const failing = options.all ? overdue : overdue.filter((d) => becameOverdueWithin(d, asOf, window));
  const unverified = timed.filter((d) => d.timing === 'unverified');
  io.err(checkSummary({ failing, overdue, unverified, asOf, window: options.all ? undefined : window }));
  return failing.length > 0 ? ExitCode.Findings : ExitCode.Ok;
}
