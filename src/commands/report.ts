import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { filterRecords } from '../core/query/filter.js';
import { reportData } from '../core/report/report-data.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { reportFormatters } from '../format/report/formatters.js';
import { toFilter, type FilterOptions } from './filter-options.js';
import { noteNoMatch } from './no-match.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions, withinDuration } from './options.js';
import { outputContext } from './output-context.js';
import { writeOutput } from './write-output.js';

export interface ReportOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'report'>;
  within: string;
}

/** A Markdown report of the registry, or with one --country, that country's profile. */
export async function report(options: ReportOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.report, 'markdown');
  const within = withinDuration(options.within);
  if ((options.country ?? []).length > 1) throw new UsageError('give one --country for a country profile, or none for the whole registry');
  const filter = toFilter(options);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir, saveCache } = openRegistry(options, asOf, io);
  const kept = filterRecords(records, { ...filter, asOf });
  // A report of nothing is still a report (its figures are all 0), so stdout keeps it.
  noteNoMatch(kept.length, 'No records match.', io);
  const data = reportData({ records: kept, asOf, within, country: filter.countries?.[0] });
  saveCache();
  const text = await reportFormatters[format](data, await outputContext(options, asOf, io));
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}
