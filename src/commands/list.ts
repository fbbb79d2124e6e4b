import type { Io } from './io.js';
import { ExitCode } from '../core/errors.js';
import { listRecords } from '../core/query/list-records.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { listFormatters } from '../format/list/formatters.js';
import { toFilter, toLimit, toSortOrder, type FilterOptions } from './filter-options.js';
import { noteNoMatch } from './no-match.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { outputContext } from './output-context.js';
import { writeOutput } from './write-output.js';

export interface ListOptions extends CommonOptions, FilterOptions {
  format?: FormatOf<'list'>;
  sort?: string;
  limit?: string;
}

export async function list(options: ListOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(options.format, options.output, EXTENSIONS.list, 'table');
  const filter = toFilter(options);
  const order = toSortOrder(options.sort, { field: 'date', descending: false });
  const limit = toLimit(options.limit);
  const asOf = asOfDay(options.asOf, io.today);
  const { records, dir, saveCache } = openRegistry(options, asOf, io);
  const listed = listRecords(records, { filter, order, limit, asOf });
  noteNoMatch(listed.length, 'No records match.', io);
  const text = await listFormatters[format](listed, await outputContext(options, asOf, io));
  // After the lines are laid out, which is when their statuses are worked out (--sort status reads them only then).
  saveCache();
  writeOutput(text, { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}
