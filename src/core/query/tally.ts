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
