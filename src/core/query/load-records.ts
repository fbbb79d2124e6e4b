import type { ParseCache } from '../cache/parse-cache.js';
import { firstOpenDue, isRecordDigest, recordDigest, type RecordDigest } from '../digest/record-digest.js';
import type { CoopRecord, RecordSummary, StoredRecord } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { AGREEMENT_STATUSES, PROGRAMME_STATUSES } from '../vocabulary.js';
import { isDay } from '../deadlines/calendar.js';
import { loadRegistry, type LoadedRegistry } from '../registry/load-registry.js';
import type { LoadedRecord, RecordKind } from '../registry/record.js';
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

/** A kept status is believed only when it is one a record of its kind can have. */
const STATUSES: Record<RecordKind, ReadonlySet<string>> = { agreement: new Set(AGREEMENT_STATUSES), programme: new Set(PROGRAMME_STATUSES) };

/** The registry's valid records, for queries. Files with any error are left out, not guessed at. */
export function loadRecords(registryDir: string, asOf: string, cache?: ParseCache): RecordSet {
  const registry = loadRegistry(registryDir, { cache });
  const broken = new Set(findProblems(registry, asOf).filter((f) => f.severity === 'error').map((f) => f.file));
  const records: StoredRecord[] = [];
  for (const loaded of registry.records) {
    // A record outside agreements/ or programmes/ has a file-name error, so it is broken too.
    if (broken.has(loaded.file) || loaded.kind === undefined) continue;
    records.push(new RegistryRecord(loaded, registry));
  }
  return { records, skipped: [...broken].sort(), saveCache: () => registry.saveCache() };
}

/**
 * A valid record of the registry. Its data is read when first asked for: a query that filters on
 * countries reads only the records it keeps, and one that reads digests (report, deadlines) none
 * at all. A class, so that its getter and methods are shared, not made for each of 10,000 records.
 */
class RegistryRecord implements StoredRecord {
  readonly file: string;
  readonly id: string | undefined;
  readonly countries: readonly string[];
  private digested: { asOf: string; value: RecordDigest } | undefined;

  constructor(
    private readonly loaded: LoadedRecord,
    private readonly registry: LoadedRegistry,
  ) {
    this.file = loaded.file;
    this.id = loaded.links.id;
    this.countries = loaded.links.countries ?? [];
  }

  get record(): CoopRecord {
    return passedSchema(this.loaded.data);
  }

  digest(asOf: string): RecordDigest {
    if (this.digested?.asOf !== asOf) {
      const loaded = this.loaded;
      this.digested = { asOf, value: this.registry.digestAsOf(loaded, asOf, () => recordDigest(passedSchema(loaded.data), asOf), isRecordDigest, firstOpenDue) };
    }
    return this.digested.value;
  }

  /**
   * From its links, which the loader holds for every record, its listing and its status that day,
   * which the parse cache keeps: a listing reads no record's data once it has listed it that day.
   */
  summarise(asOf: string): RecordSummary | undefined {
    const { id, kind, countries = [] } = this.loaded.links;
    const folderKind = this.loaded.kind;
    // Of a valid record, the declared kind is its folder's: anything else is not summarised.
    if (id === undefined || folderKind === undefined || kind !== folderKind) return undefined;
    const listing = this.registry.listingOf(this.loaded);
    if (!listing) return undefined;
    const status = this.registry.dayStatusOf(this.loaded, asOf, () => currentStatus(this.record, asOf).status, (kept) => STATUSES[folderKind].has(kept));
    return { id, kind: folderKind, title: listing.title, countries, date: listing.date, status };
  }

  /** The cache's note is believed only when it is what firstOpenDue gives: '' or a day. */
  firstOpenDue(asOf: string): string | undefined {
    const note = this.registry.digestNoteAsOf(this.loaded, asOf);
    return note === '' || isDay(note) ? note : undefined;
  }
}
