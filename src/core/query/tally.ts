import { compareText } from '../text/compare-text.js';

export interface KindCounts {
  agreements: number;
  programmes: number;
}

/** Adds one record to the row for `key`, creating the row on first use; returns the row. */
export function tally<K, R extends KindCounts>(rows: Map<K, R>, key: K, record: { kind: string }, fresh: () => R): R {
  const row = rows.get(key) ?? fresh();
  if (record.kind === 'agreement') row.agreements++;
  else row.programmes++;
  rows.set(key, row);
  return row;
}

/** Most records first, then by the given name. */
export function byCountThenName<R extends KindCounts>(name: (row: R) => string): (a: R, b: R) => number {
  return (a, b) => b.agreements + b.programmes - (a.agreements + a.programmes) || compareText(name(a), name(b));
}

/** The list without repeats, in first-seen order; the list itself when it has none (nearly every record: two or three countries). */
export function distinct<T>(list: readonly T[]): readonly T[] {
  if (list.length > 8) return [...new Set(list)];
  for (let i = 1; i < list.length; i++) if (list.lastIndexOf(list[i]!, i - 1) >= 0) return [...new Set(list)];
  return list;
}
