import type { ParseCache } from '../cache/parse-cache.js';
import type { CoopRecord, StoredRecord } from '../model.js';
import { loadRegistry } from '../registry/load-registry.js';
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
  const records = registry.records.filter((r) => !broken.has(r.file)).map((r) => ({ file: r.file, record: r.data as unknown as CoopRecord }));
  return { records, skipped: [...broken].sort() };
}
