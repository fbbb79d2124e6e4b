import type { ParseCache } from '../cache/parse-cache.js';
import type { StoredRecord } from '../model.js';
import { loadRegistry } from '../registry/load-registry.js';
import { isValidRecord } from '../schema/schema-validator.js';
import { findProblems } from '../validate.js';

export interface RecordSet {
  records: StoredRecord[];
  /** Files left out because they have errors; `coop validate` says what. */
  skipped: string[];
}

/** The registry's valid records, for queries. Files with any error are left out, not guessed at. */
export function loadRecords(registryDir: string, asOf: string, cache?: ParseCache): RecordSet {
  const registry = loadRegistry(registryDir, { cache });
  const broken = new Set(findProblems(registry, asOf).filter((f) => f.severity === 'error').map((f) => f.file));
  const records: StoredRecord[] = [];
  for (const { file, kind, data } of registry.records) {
    if (broken.has(file)) continue;
    // A record without errors passed its schema (when it was read, or in the run that cached
    // it); checking again, a few microseconds a record, is what types it.
    if (kind !== undefined && isValidRecord(data, kind)) records.push({ file, record: data });
    else broken.add(file);
  }
  return { records, skipped: [...broken].sort() };
}
