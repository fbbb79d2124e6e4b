import type { Io } from './io.js';
import { ExitCode } from '../core/errors.js';
import { matchesFilter } from '../core/query/filter.js';
import { sortRecords } from '../core/query/sort.js';
import type { CoopRecord, StoredRecord } from '../core/model.js';
import { currentStatus } from '../core/status/current-status.js';
import { EXTENSIONS, type FormatOf } from '../format/format-names.js';
import { toFilter, toLimit, toSortOrder, type FilterOptions } from './filter-options.js';
import { openRegistry } from './open-registry.js';
import { asOfDay, pickFormat, type CommonOptions } from './options.js';
import { renderTable } from './render-table.js';
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
  const { records, dir } = openRegistry(options, asOf, io);
  const matching = sortRecords(
    records.filter((r) => matchesFilter(r.record, { ...filter, asOf })),
    (r) => r.record,
    order,
  ).slice(0, limit);
  if (matching.length === 0 && (format === 'table' || format === 'markdown')) io.err('No records match.\n');
  if (matching.length === 0 && format === 'table') return ExitCode.Ok;
  // JSON and YAML give records as stored; the other formats show the current status.
  const shown = format === 'json' || format === 'yaml' ? matching : matching.map((r) => ({ ...r, record: { ...r.record, status: currentStatus(r.record, asOf).status } as CoopRecord }));
  writeOutput(await render(shown, format, options, io), { ...options, registryDir: dir }, io);
  return ExitCode.Ok;
}

async function render(records: StoredRecord[], format: FormatOf<'list'>, options: ListOptions, io: Io): Promise<string> {
  const formats = await import('../format/list/formats.js');
  switch (format) {
    case 'json':
      return formats.listJson(records);
    case 'csv':
      return formats.listCsv(records);
    case 'yaml':
      return formats.listYaml(records);
    case 'markdown':
      return formats.listMarkdown(records);
    case 'table':
      return renderTable(records, options, io);
  }
}
