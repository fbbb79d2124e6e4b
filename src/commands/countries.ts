import type { Io } from './io.js';
import { ExitCode } from '../core/errors.js';
import { summariseCountries } from '../core/query/country-summary.js';
import { matchesFilter } from '../core/query/filter.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { toFilter, toLimit, type FilterOptions } from './filter-options.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { paintFor } from './paint.js';
import { tableWidth } from './render-table.js';
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
  const { records, dir } = openRegistry(options, asOf, io);
  const rows = summariseCountries(records.map((r) => r.record).filter((r) => matchesFilter(r, { ...filter, asOf }))).slice(0, limit);
  const formats = await import('../format/countries/formats.js');
  let text: string;
  switch (format) {
    case 'json':
      text = formats.countriesJson(rows);
      break;
    case 'yaml':
      text = await formats.countriesYaml(rows);
      break;
    case 'csv':
      text = formats.countriesCsv(rows);
      break;
    case 'markdown':
      text = formats.countriesMarkdown(rows);
      break;
    case 'table': {
      if (rows.length === 0) {
        io.err('No countries match.\n');
        return ExitCode.Ok;
      }
      text = formats.countriesTable(rows, await paintFor(options, io), tableWidth(options, io));
    }
  }
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}
