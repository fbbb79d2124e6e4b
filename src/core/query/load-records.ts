import type { ParseCache } from '../cache/parse-cache.js';
import { firstOpenDue, isRecordDigest, recordDigest, type RecordDigest } from '../digest/record-digest.js';
import type { StoredRecord } from '../model.js';
import { isDay } from '../deadlines/calendar.js';
import { loadRegistry } from '../registry/load-registry.js';
import { passedSchema } from '../schema/schema-validator.js';
import { findProblems } from '../validate.js';

export interface RecordSet {
  records: StoredRecord[];
  /** Files left out because they have errors; `coop validate` says what. */
  skipped: string[];
  /**
   * Keeps what this run learnt in the parse cache, if there is one: call it once the command has
   * read what it needs (records' data, their digests), so that a new day's findings and digests
   * are written in one go.
   */
  saveCache(): void;
}

/** The registry's valid records, for queries. Files with any error are left out, not guessed at. */
export function loadRecords(registryDir: string, asOf: string, cache?: ParseCache): RecordSet {
  const registry = loadRegistry(registryDir, { cache });
  const broken = new Set(findProblems(registry, asOf).filter((f) => f.severity === 'error').map((f) => f.file));
  const records: StoredRecord[] = [];
  for (const loaded of registry.records) {
    // A record outside agreements/ or programmes/ has a file-name error, so it is broken too.
    if (broken.has(loaded.file) || loaded.kind === undefined) continue;
    let digest: { asOf: string; value: RecordDigest } | undefined;
    // The record's data is read when first asked for: a query that filters on countries reads only
    // the records it keeps, and one that reads digests (report, deadlines) none at all.
    records.push({
      file: loaded.file,
      id: loaded.links.id,
      countries: loaded.links.countries ?? [],
      get record() {
        return passedSchema(loaded.data);
      },
      digest(asOf) {
        if (digest?.asOf !== asOf) digest = { asOf, value: registry.digestAsOf(loaded, asOf, () => recordDigest(passedSchema(loaded.data), asOf), isRecordDigest, firstOpenDue) };
        return digest.value;
      },
      // The cache's note is believed only when it is what firstOpenDue gives: '' or a day.
      firstOpenDue: (asOf) => asFirstOpenDue(registry.digestNoteAsOf(loaded, asOf)),
    });
  }
  return { records, skipped: [...broken].sort(), saveCache: () => registry.saveCache() };
}

const asFirstOpenDue = (note: string | undefined): string | undefined => (note === '' || isDay(note) ? note : undefined);
