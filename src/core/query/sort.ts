import { earliestDay, realDate } from '../dates.js';
import { recordDate, type CoopRecord } from '../model.js';
import { compareText } from '../text/compare-text.js';

export const SORT_FIELDS = ['date', 'id', 'title', 'kind', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface SortOrder {
  field: SortField;
  descending: boolean;
}

const sortKey = (record: CoopRecord, field: SortField): string | undefined => {
  if (field !== 'date') return record[field];
  const text = recordDate(record);
  const date = text === undefined ? undefined : realDate(text);
  return date ? earliestDay(date) : undefined;
};

/** Sorts by the field, then by id; records without a value (an undated record) always come last. Keys are computed once per record. */
export function sortRecords<T>(items: readonly T[], recordOf: (item: T) => CoopRecord, { field, descending }: SortOrder): T[] {
  const keyed = items.map((item) => {
    const record = recordOf(item);
    return { item, id: record.id, key: sortKey(record, field) };
  });
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) return a.key === b.key ? compareText(a.id, b.id) : a.key === undefined ? 1 : -1;
    const order = compareText(a.key, b.key) * (descending ? -1 : 1);
    return order || compareText(a.id, b.id);
  });
  return keyed.map((k) => k.item);
}
