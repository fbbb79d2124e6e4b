import { earliestDay, realDate } from '../dates.js';
import { recordDate, type CoopRecord } from '../model.js';
import { compareText } from '../text/compare-text.js';

export const SORT_FIELDS = ['date', 'id', 'title', 'kind', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface SortOrder {
  field: SortField;
  descending: boolean;
}

/** What a record is sorted by; `status` is the stated one, and `date` the signing or start as written. */
export interface SortFields {
  id: string;
  kind: string;
  title: string;
  status: string;
  date?: string;
}

/** A record's sort fields, read from the record itself. */
export function sortFields(record: CoopRecord): SortFields {
  return { id: record.id, kind: record.kind, title: record.title, status: record.status, date: recordDate(record) };
}

const sortKey = (fields: SortFields, field: SortField): string | undefined => {
  if (field !== 'date') return fields[field];
  const date = fields.date === undefined ? undefined : realDate(fields.date);
  return date ? earliestDay(date) : undefined;
};

/** Sorts by the field, then by id; records without a value (an undated record) always come last. Keys are computed once per record. */
export function sortRecords<T>(items: readonly T[], fieldsOf: (item: T) => SortFields, { field, descending }: SortOrder): T[] {
  const keyed = items.map((item) => {
    const fields = fieldsOf(item);
    return { item, id: fields.id, key: sortKey(fields, field) };
  });
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? compareText(a.id, b.id) : a.key === undefined ? 1 : -1;
    const order = compareText(a.key, b.key) * (descending ? -1 : 1);
    return order || compareText(a.id, b.id);
  });
  return keyed.map((k) => k.item);
}
