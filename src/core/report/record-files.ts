import type { StoredRecord } from '../model.js';

/**
 * Each record id's file (the first record with it), built once so every link is a lookup, not a
 * search. `ids`, when given, are the records' ids in the same order, so no record need be read.
 */
export function recordFiles(records: readonly StoredRecord[], ids?: readonly { id: string }[]): (id: string) => string {
  const index = new Map<string, string>();
  records.forEach((r, i) => {
    const id = ids ? ids[i]!.id : r.record.id;
    if (!index.has(id)) index.set(id, r.file);
  });
  return (id) => index.get(id) ?? '';
}
