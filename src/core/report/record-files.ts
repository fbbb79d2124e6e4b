import type { StoredRecord } from '../model.js';

/**
 * Each record id's file (the first record with it), built once so every link is a lookup, not a
 * search. `ids` are the records' ids in the same order (their digests), so no record is read.
 */
export function recordFiles(records: readonly StoredRecord[], ids: readonly { id: string }[]): (id: string) => string {
  const index = new Map<string, string>();
  records.forEach((r, i) => {
    const id = ids[i]!.id;
    if (!index.has(id)) index.set(id, r.file);
  });
  return (id) => index.get(id) ?? '';
}
