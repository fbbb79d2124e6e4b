import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recordListing, type RecordLinks, type RecordListing } from '../registry/record-links.js';
import { nodeCrypto } from '../node-crypto.js';
import { asciiJson } from './ascii-json.js';
import { CacheBody, readFirstLine } from './cache-body.js';
import { removeOtherFormats } from './prune.js';
import { headerLine, readHeaderLine, type HeaderEntry, type StoredFinding, type StoredStamp } from './header.js';
import { checksumOf } from './checksum.js';
import { isObject } from '../shape.js';
import { isRacy, sameStamp, type FileStamp } from './file-stamp.js';

export type { StoredFinding } from './header.js';

/** What one file's content yields on its own, as a fresh analysis gives it to the cache. */
export interface AnalysedFile {
  findings: StoredFinding[];
  /** Present when the file parsed into a mapping, i.e. is a record. */
  record?: { data: Record<string, unknown>; links: RecordLinks };
}

/** A cache hit: the findings and links at once, the data only when asked for. */
export interface CachedFile {
  findings: StoredFinding[];
  links?: RecordLinks;
  /** The record's data; undefined when the stored copy cannot be read, and then the file must be analysed again. */
  data(): Record<string, unknown> | undefined;
}

/** The findings of the day-dependent rules about one record, for the one day they were computed for. */
interface DayFindings {
  asOf: string;
  findings: StoredFinding[];
  /** The record's current status that day, once a command has asked for it. */
  status?: string;
}

interface Entry {
  findings: StoredFinding[];
  links?: RecordLinks;
  /** Where the data's JSON lies in the previous cache file's body: [offset, length]. */
  span?: [number, number];
  /**
   * The data of a fresh analysis as JSON, ASCII only, written out on save. A string, not a
   * Buffer: 100,000 Buffers held at once grew the off-heap memory V8 counts, and it answered
   * with a full collection after full collection (a cold 100k run with a cache took 27 s).
   */
  json?: string;
  /** Likewise the record's listing (AnalysedFile): where it lies in the listings section, or its JSON when fresh. */
  listingSpan?: [number, number];
  listingJson?: string;
  day?: DayFindings;
  /** The record's digest for a day (see LoadedRegistry.digestAsOf): where it lies in the body, or its JSON when fresh. */
  daily?: { asOf: string; span?: [number, number]; json?: string; note?: string };
}

const FORMAT = 'coop-parse-cache/8';

/**
 * Per-file results keyed by a hash of the file's bytes, for one registry, like ESLint's --cache.
 * The file is one line of JSON (stamps, findings, each record's status for the findings' day, and
 * the few fields cross-record checks read, laid out as flat arrays: see header.ts) ending in its
 * checksum, then every record's data as JSON, each parsed only when a command reads that record,
 * then its listing (the title and date `list` shows), then its digest for one day
 * (digest/record-digest.ts), parsed only by the commands that summarise: a warm `validate`
 * parses none of them, a warm `list` only listings, a warm `deadlines` only digests.
 *
 * The cache is only ever a shortcut: a file that is missing, corrupt, written by another build of
 * coop or in another shape is ignored and rebuilt, data that does not parse sends the loader back
 * to the record file, and the file is replaced atomically, so two runs at once each read either
 * the old cache or the new one. Checksums tell corrupt bytes that still parse: the header line's
 * own, checked on every read, and one per section, checked when the section is first read (a
 * corrupt section's records are read from their files and its spans dropped on save).
 */
export class ParseCache {
  private readonly used = new Map<string, Entry>();
  private readonly usedStamps = new Map<string, StoredStamp>();
  private changed = false;
  /** Before any file is read, so that a file written during the run counts as racy. */
  private readonly startedMs = Date.now();

  private constructor(
    private readonly file: string,
    private readonly buildId: string,
    private readonly previous: Map<string, Entry>,
    private readonly previousStamps: Map<string, StoredStamp>,
    /** The previous cache file's data section, which entries' spans point into, its listings, then its digests, which their daily spans point into. */
    private readonly bodies: Bodies,
    /** The one day whose digests the cache keeps: a run asking for another day replaces them as it goes. */
    private dailyAsOf: string | undefined,
    /** Likewise the one day whose day-dependent findings it keeps. */
    private dayAsOf: string | undefined,
    /**
     * No cache of this format and build was read: the first save after an upgrade, which removes
     * the other formats' files. Later saves (one each new day) need not scan the folder again.
     */
    private readonly pruneOnSave: boolean,
  ) {}

  /** Opens the cache for a registry folder inside `dir`; `buildId` names coop's code and schemas. */
  static open(dir: string, registryDir: string, buildId: string): ParseCache {
    const file = join(dir, `${nameHash(registryDir)}.cache`);
    const { entries, stamps, bodies, dailyAsOf, dayAsOf, found } = readCacheFile(file, buildId);
    return new ParseCache(file, buildId, entries, stamps, bodies, dailyAsOf, dayAsOf, !found);
  }

  /** Whether any file's stamp is kept: without one, no file need be stat-ed before it is read. */
  get hasStamps(): boolean {
    return this.previousStamps.size > 0;
  }

  /** The content hash of a file whose stamp is the one it had when it was last hashed. */
  hashOf(path: string, stamp: FileStamp): string | undefined {
    const stored = this.previousStamps.get(path);
    if (!stored || !sameStamp(stamp, { size: stored[0], mtimeMs: stored[1], ctimeMs: stored[2], ino: stored[3] })) return undefined;
    this.usedStamps.set(path, stored);
    return stored[4];
  }

  /** Remembers the hash of bytes read under `stamp`, unless the file changed too recently to trust its stamp. */
  noteStamp(path: string, stamp: FileStamp, hash: string): void {
    if (isRacy(stamp, this.startedMs)) return;
    this.usedStamps.set(path, [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, hash]);
    this.changed = true;
  }

  get(key: string): CachedFile | undefined {
    const hit = this.used.get(key) ?? this.previous.get(key);
    if (!hit) return undefined;
    this.used.set(key, hit);
    return new CacheHit(hit, this.bodies);
  }

  set(key: string, { findings, record }: AnalysedFile): void {
    // Data JSON cannot hold as it is (.inf, .nan, -0) is not cached: it is read from the file when asked for.
    const json = record && !jsonLoses(record.data) ? asciiJson(record.data) : undefined;
    const listing = record && recordListing(record.data);
    const listingJson = listing && asciiJson(listing);
    const known = this.used.get(key) ?? this.previous.get(key);
    // Such a record, read again, adds nothing to what the cache holds.
    if (known && record && json === undefined) return;
    // The day's findings depend on the content alone, which the key names: they still hold.
    this.used.set(key, { findings, links: record?.links, json, listingJson, day: known?.day, daily: known?.daily });
    this.changed = true;
  }

  /** The listing kept for a content key, as parsed JSON (the caller checks its shape); undefined when none is kept. */
  listing(key: string): unknown {
    const entry = this.used.get(key);
    return entry && parseData(entry.listingJson ?? textOf(this.bodies.listing, entry.listingSpan));
  }

  /** Keeps a record's listing when the one kept was missing or not believed (a corrupt listings section): the next save writes it. */
  setListing(key: string, listing: RecordListing): void {
    const entry = this.used.get(key);
    if (!entry) return;
    entry.listingJson = asciiJson(listing);
    this.changed = true;
  }

  /** The day-dependent findings kept for a content key, if they were computed for `asOf`. */
  dayFindings(key: string, asOf: string): StoredFinding[] | undefined {
    const day = this.used.get(key)?.day;
    return day?.asOf === asOf ? day.findings : undefined;
  }

  /** The current status kept for a content key, if it was worked out for `asOf`. */
  dayStatus(key: string, asOf: string): string | undefined {
    const day = this.used.get(key)?.day;
    return day?.asOf === asOf ? day.status : undefined;
  }

  /**
   * Keeps a record's current status on a day, beside its findings for that day (which the checks
   * have always worked out first): a listing then shows the record without reading it.
   */
  setDayStatus(key: string, asOf: string, status: string): void {
    const day = this.used.get(key)?.day;
    if (day?.asOf !== asOf) return;
    day.status = status;
    this.changed = true;
  }

  /** Keeps the day-dependent findings of a content key; findings of any other day are dropped on save. */
  setDayFindings(key: string, asOf: string, findings: StoredFinding[]): void {
    const entry = this.used.get(key);
    if (!entry) return;
    entry.day = { asOf, findings };
    this.dayAsOf = asOf;
    this.changed = true;
  }

  /** The note kept with a content key's digest for a day (see setDaily), without parsing the digest. */
  dailyNote(key: string, asOf: string): string | undefined {
    const daily = this.used.get(key)?.daily;
    return daily?.asOf === asOf ? daily.note : undefined;
  }

  /** The digest kept for a content key and day, as parsed JSON (the caller checks its shape); undefined when none is kept. */
  daily(key: string, asOf: string): unknown {
    const daily = this.used.get(key)?.daily;
    if (daily?.asOf !== asOf) return undefined;
    return parseData(daily.json ?? textOf(this.bodies.daily, daily.span));
  }

  /**
   * Keeps a content key's digest for a day; digests of any other day are dropped on save. `note`
   * is a short text derived from it that the header keeps, so that it is read without the digest.
   */
  setDaily(key: string, asOf: string, value: object, note?: string): void {
    const entry = this.used.get(key);
    if (!entry || jsonLoses(value)) return;
    entry.daily = { asOf, json: asciiJson(value), note };
    this.dailyAsOf = asOf;
    this.changed = true;
  }

  /**
   * Writes what this run used, once it has read what it needs, if that differs from what was
   * read; a cache that cannot be written is skipped silently.
   */
  save(): void {
    const asRead = this.used.size === this.previous.size && this.usedStamps.size === this.previousStamps.size;
    // A section found corrupt is dropped: the file is written again without it.
    const corrupt = this.bodies.data.corrupt || this.bodies.listing.corrupt || this.bodies.daily.corrupt;
    if (!this.changed && asRead && !corrupt) return;
    // The records' data first, then all the listings, then all the digests, so that a command
    // reading only one of them reads only its part of the file.
    const data = new ChunkedBody();
    const listings = new ChunkedBody();
    const digests = new ChunkedBody();
    const entries: HeaderEntry[] = [];
    let lost = false;
    const spanOf = (into: ChunkedBody, json: string | undefined, from: CacheBody, span: [number, number] | undefined): [number, number] | undefined => {
      const bytes = json ?? (span && from.slice(span[0], span[0] + span[1]));
      // A corrupt section's spans are dropped; a section another run replaced is not this run's to rewrite.
      if (span && bytes === undefined && !from.corrupt) lost = true;
      return bytes === undefined || bytes.length === 0 ? undefined : into.add(bytes);
    };
    for (const [key, entry] of this.used) {
      const span = spanOf(data, entry.json, this.bodies.data, entry.span);
      const listing = spanOf(listings, entry.listingJson, this.bodies.listing, entry.listingSpan);
      const day = entry.daily;
      const daily = day && day.asOf === this.dailyAsOf ? spanOf(digests, day.json, this.bodies.daily, day.span) : undefined;
      const today = entry.day && entry.day.asOf === this.dayAsOf ? entry.day : undefined;
      entries.push({ key, findings: entry.findings, links: entry.links, span, listing, dayFindings: today?.findings, dayStatus: today?.status, daily, dailyNote: daily && day!.note });
    }
    // Another run replaced the cache file since this one read it: its file holds data this run can
    // no longer copy, so it is left as it is rather than replaced by one with less in it.
    if (lost) return;
    const sections = [data.finish(), listings.finish(), digests.finish()] as const;
    const header = headerLine({
      format: FORMAT,
      build: this.buildId,
      dataLength: sections[0].length,
      listingsLength: sections[1].length,
      checks: [checksumOf(sections[0].chunks), checksumOf(sections[1].chunks), checksumOf(sections[2].chunks)],
      dailyAsOf: this.dailyAsOf,
      dayAsOf: this.dayAsOf,
      stamps: this.usedStamps,
      entries,
    });
    if (writeAtomically(this.file, [header, ...sections.flatMap((section) => section.chunks)]) && this.pruneOnSave) removeOtherFormats(dirname(this.file), FORMAT);
    this.changed = false;
  }

}

/** A CachedFile from an entry: one object per hit, its methods shared. */
class CacheHit implements CachedFile {
  readonly findings: StoredFinding[];
  readonly links: RecordLinks | undefined;

  constructor(
    private readonly entry: Entry,
    private readonly bodies: Bodies,
  ) {
    this.findings = entry.findings;
    this.links = entry.links;
  }

  data(): Record<string, unknown> | undefined {
    return parseData(this.entry.json ?? textOf(this.bodies.data, this.entry.span));
  }
}

/** The parts of a cache file after its header line: the records' data, their listings, then their digests. */
interface Bodies {
  data: CacheBody;
  listing: CacheBody;
  daily: CacheBody;
}

const textOf = (body: CacheBody, span: [number, number] | undefined): string | undefined => (span && body.slice(span[0], span[0] + span[1]))?.toString('latin1');

/** Whether JSON would give back a different value: a number that is not finite, or negative zero. */
function jsonLoses(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value) || Object.is(value, -0);
  if (Array.isArray(value)) return value.some(jsonLoses);
  if (value !== null && typeof value === 'object') return Object.values(value).some(jsonLoses);
  return false;
}

/** A record's data from its JSON; undefined when it is missing or not a JSON object. */
function parseData(json: string | undefined): Record<string, unknown> | undefined {
  if (json === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(json);
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The data section being written: records' JSON gathered into chunks of about a megabyte, so that writing takes a few hundred calls, not one per record. */
class ChunkedBody {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private length = 0;

  /** Appends one record's JSON (ASCII text, or bytes copied from the previous file); returns its span. */
  add(json: string | Buffer): [number, number] {
    if (typeof json !== 'string') {
      this.flush();
      this.chunks.push(json);
    } else {
      this.pending.push(json);
      this.pendingLength += json.length;
      if (this.pendingLength >= 1 << 20) this.flush();
    }
    const span: [number, number] = [this.length, json.length];
    this.length += json.length;
    return span;
  }

  /** The section's bytes, in chunks, and how many there are. */
  finish(): { chunks: Buffer[]; length: number } {
    this.flush();
    return { chunks: this.chunks, length: this.length };
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(Buffer.from(this.pending.join(''), 'latin1'));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** Whether the file was written. */
function writeAtomically(file: string, chunks: Buffer[]): boolean {
  const temporary = `${file}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const fd = openSync(temporary, 'w');
    try {
      for (const chunk of chunks) writeFully(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

function writeFully(fd: number, chunk: Buffer): void {
  for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
}

function readCacheFile(file: string, buildId: string): { entries: Map<string, Entry>; stamps: Map<string, StoredStamp>; bodies: Bodies; dailyAsOf?: string; dayAsOf?: string; found: boolean } {
  const none = { found: false, entries: new Map<string, Entry>(), stamps: new Map<string, StoredStamp>(), bodies: { data: CacheBody.empty, listing: CacheBody.empty, daily: CacheBody.empty } };
  try {
    const line = readFirstLine(file);
    if (!line) return none;
    const rest = line.identity.size - line.rest;
    const header = readHeaderLine(line.line, FORMAT, buildId, rest);
    if (!header) return none;
    const { dataLength, listingsLength, checks } = header;
    const bodies = {
      data: new CacheBody(file, line.rest, dataLength, line.identity, checks[0]),
      listing: new CacheBody(file, line.rest + dataLength, listingsLength, line.identity, checks[1]),
      daily: new CacheBody(file, line.rest + dataLength + listingsLength, rest - dataLength - listingsLength, line.identity, checks[2]),
    };
    const { dailyAsOf, dayAsOf } = header;
    const entries = new Map<string, Entry>();
    for (const e of header.entries) {
      const entry: Entry = { findings: e.findings, links: e.links, span: e.span, listingSpan: e.listing };
      if (e.dayFindings && dayAsOf !== undefined) entry.day = { asOf: dayAsOf, findings: e.dayFindings, status: e.dayStatus };
      if (e.daily && dailyAsOf !== undefined) entry.daily = { asOf: dailyAsOf, span: e.daily, note: e.dailyNote };
      entries.set(e.key, entry);
    }
    return { entries, stamps: header.stamps, bodies, dailyAsOf, dayAsOf, found: true };
  } catch {
    // Unreadable or not JSON: start afresh.
    return none;
  }
}

/** A file's content hash. */
export function contentHash(bytes: Uint8Array): string {
  // The one-shot form: no Hash object per file.
  return nodeCrypto().hash('sha256', bytes, 'base64url');
}

/**
 * The name of a registry folder's cache file: 64-bit FNV-1a of its path, as 16 hex digits. Two
 * folders that happened to share one would only take turns rebuilding it, so no cryptographic
 * hash (and no node:crypto) is needed to name it.
 */
export function nameHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** The cache key of a file: its content hash and the kind its folder gives it (which picks its schema). */
export function cacheKey(hash: string, folderKind: string | undefined): string {
  return `${hash}:${folderKind ?? '-'}`;
}
