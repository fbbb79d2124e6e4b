import type { StoredRecord } from '../model.js';

/** Each record id's file (the first record with it), built once so every link is a lookup, not a search. */
export function recordFiles(records: readonly StoredRecord[]): (id: string) => string {
  const index = new Map<string, string>();
  for (const r of records) if (!index.has(r.record.id)) index.set(r.record.id, r.file);
  return (id) => index.get(id) ?? '';
}
