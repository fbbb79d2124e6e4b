import type { StoredRecord } from '../../core/model.js';
import type { ListedRecord } from '../../core/query/list-records.js';
import { toCsv } from '../csv.js';
import { jsonText } from '../json.js';
import { markdownTable } from '../markdown.js';
import { yamlText } from '../yaml.js';
import { listRow, recordJson } from './rows.js';

// JSON and YAML give records as stored; the other formats show the current status.

export function listJson(records: readonly StoredRecord[]): string {
  return jsonText(records.map(recordJson));
}

export async function listYaml(records: readonly StoredRecord[]): Promise<string> {
  return records.length ? yamlText(records.map((r) => r.record)) : '[]\n';
}

const CSV_COLUMNS = ['id', 'kind', 'title', 'countries', 'country_names', 'date', 'status', 'instrument', 'modalities', 'areas', 'agreement'] as const;

export function listCsv(records: readonly ListedRecord[]): string {
  const rows = records.map(({ record, summary }) => {
    const row = listRow(summary);
    return [
      row.id,
      row.kind,
      row.title,
      row.countries.join(';'),
      row.countryNames.join('; '),
      row.date,
      row.status,
      record.kind === 'agreement' ? record.instrument : '',
      record.kind === 'programme' ? record.modalities.join(';') : '',
      (record.areas ?? []).join(';'),
      record.kind === 'programme' ? (record.agreement ?? '') : '',
    ];
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** A Markdown table; nothing at all when there are no records. */
export function listMarkdown(records: readonly ListedRecord[]): string {
  if (records.length === 0) return '';
  const rows = records.map(({ summary }) => {
    const row = listRow(summary);
    return [row.id, row.kind, row.countryNames.join(', '), row.date, row.status, row.title];
  });
  return markdownTable(['Id', 'Kind', 'Countries', 'Date', 'Status', 'Title'], rows);
}
