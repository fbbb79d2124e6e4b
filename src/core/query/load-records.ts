import type { ParseCache } from '../cache/parse-cache.js';
import type { StoredRecord } from '../model.js';
import { loadRegistry } from '../registry/load-registry.js';
import { passedSchema } from '../schema/schema-validator.js';
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
  registry.saveCache();
  const records: StoredRecord[] = [];
  for (const loaded of registry.records) {
    // A record outside agreements/ or programmes/ has a file-name error, so it is broken too.
    if (broken.has(loaded.file) || loaded.kind === undefined) continue;
    // The record's data is read when first asked for: a query that filters on countries reads only the records it keeps.
    records.push({
      file: loaded.file,
      countries: loaded.links.countries ?? [],
      get record() {
        return passedSchema(loaded.data);
      },
    });
  }
  return { records, skipped: [...broken].sort() };
}
