import { dirname, relative, resolve, sep } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { parseDuration } from '../core/deadlines/calendar.js';
import { collectDeadlines } from '../core/deadlines/deadlines.js';
import { selectDeadlines } from '../core/deadlines/timing.js';
import { summariseCountries } from '../core/query/country-summary.js';
import { matchesFilter } from '../core/query/filter.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { toFilter, type FilterOptions } from './filter-options.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { writeOutput } from './write-output.js';

export interface ReportOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'report'>;
  within: string;
}

/** A Markdown report of the registry, or with one --country, that country's profile. */
export async function report(options: ReportOptions, io: Io): Promise<ExitCode> {
  pickFormat(options.format, options.output, EXTENSIONS.report, 'markdown');
  const within = parseDuration(options.within);
  if (!within) throw new UsageError(`--within must be a duration like 90d, 12w, 3m, 1y or P90D; got "${options.within}"`);
  if ((options.country ?? []).length > 1) throw new UsageError('give one --country for a country profile, or none for the whole registry');
  const filter = toFilter(options);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir } = openRegistry(options, asOf, io);
  const kept = records.filter((r) => matchesFilter(r.record, { ...filter, asOf }));
  const deadlines = collectDeadlines(kept, asOf);
  // Links are relative to where the report is written, so they work wherever it is committed.
  const base = options.output === undefined || options.output === '-' ? io.cwd : dirname(resolve(io.cwd, options.output));
  const link = (file: string): string => relative(base, file).split(sep).join('/');

  let text: string;
  const code = filter.countries?.[0];
  if (code) {
    const { countryProfile } = await import('../format/report/country-profile.js');
    text = countryProfile({ code, records: kept, deadlines: selectDeadlines(deadlines, { asOf, within, all: true }), asOf, link });
  } else {
    const { registryReport } = await import('../format/report/registry-report.js');
    const open = selectDeadlines(deadlines, { asOf, within });
    const countries = summariseCountries(kept.map((r) => r.record));
    text = registryReport({ records: kept, countries, deadlines: open, asOf, within, link });
  }
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}

