import { earliestDay, realDate } from '../dates.js';
import { recordDate, type CoopRecord } from '../model.js';

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

/** Sorts by the field, then by id; records without a value (an undated record) always come last. */
export function sortRecords<T>(items: readonly T[], recordOf: (item: T) => CoopRecord, { field, descending }: SortOrder): T[] {
  return [...items].sort((x, y) => {
    const a = recordOf(x);
    const b = recordOf(y);
    const ka = sortKey(a, field);
    const kb = sortKey(b, field);
    if (ka === undefined || kb === undefined) return ka === kb ? a.id.localeCompare(b.id) : ka === undefined ? 1 : -1;
    const order = ka.localeCompare(kb) * (descending ? -1 : 1);
    return order || a.id.localeCompare(b.id);
  });
}
