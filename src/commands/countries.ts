import type { Io } from './io.js';
import { ExitCode } from '../core/errors.js';
import { digestOf } from '../core/digest/record-digest.js';
import { summariseCountries } from '../core/query/country-summary.js';
import { filterRecords } from '../core/query/filter.js';
import { countriesFormatters } from '../format/countries/formatters.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { toFilter, toLimit, type FilterOptions } from './filter-options.js';
import { noteNoMatch } from './no-match.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { outputContext } from './output-context.js';
import { writeOutput } from './write-output.js';

export interface CountriesOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'countries'>;
  limit?: string;
}

/** Every country in the (filtered) records with its counts, most records first. */
export async function countries(options: CountriesOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.countries, 'table');
  const filter = toFilter(options);
  const limit = toLimit(options.limit);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir, saveCache } = openRegistry(options, asOf, io);
  const rows = summariseCountries(filterRecords(records, { ...filter, asOf }).map((r) => digestOf(r, asOf))).slice(0, limit);
  saveCache();
  noteNoMatch(rows.length, 'No countries match.', io);
  const text = await countriesFormatters[format](rows, await outputContext(options, asOf, io));
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}
