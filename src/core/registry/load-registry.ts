import { basename, dirname, relative, sep } from 'node:path';
import { cacheKey, contentHash, type CachedFile, type ParseCache, type StoredFinding } from '../cache/parse-cache.js';
import { recordDayFindings } from '../checks/record-checks.js';
import { finding, type Finding } from '../findings.js';
import { analyseFile, withoutFile } from './analyse-file.js';
import { decodeRecordText } from './parse-record.js';
import { folderSource, MAX_RECORD_BYTES, type RecordSource } from './record-source.js';
import { FOLDER_OF_KIND, LoadedRecord, RECORD_KINDS, type RecordKind } from './record.js';
import { RegistryError } from './registry-error.js';
import { isRecordListing, recordListing, type RecordListing } from './record-links.js';

export interface LoadedRegistry {
  dir: string;
  records: LoadedRecord[];
  /** Problems found in files on their own: placement, encoding, YAML, schema. */
  findings: Finding[];
  /** Every record file read, in order. */
  files: string[];
  /** The decoded text of a file that was read, for showing offending lines; read again on demand. */
  textOf(file: string): string | undefined;
  /**
   * What the rules about one record and a day find in a record (checks/record-checks.ts). They
   * depend on nothing else, so with a parse cache they run once per file content and day.
   */
  findingsAsOf(record: LoadedRecord, asOf: string): Finding[];
  /**
   * A record's digest for a day (digest/record-digest.ts), which depends on nothing else: with a
   * parse cache, computed once per file content and day. `accept` checks the shape of a kept one.
   */
  digestAsOf<T extends object>(record: LoadedRecord, asOf: string, compute: () => T, accept: (value: unknown) => value is T, note?: (digest: T) => string): T;
  /** The `note` of a record's digest for a day, when the parse cache keeps one: read without the digest. */
  digestNoteAsOf(record: LoadedRecord, asOf: string): string | undefined;
  /**
   * A record's current status on a day: with a parse cache, worked out once per file content and
   * day and kept beside that day's findings (so call it after findingsAsOf for the same day).
   * `accept` checks a kept one.
   */
  dayStatusOf(record: LoadedRecord, asOf: string, compute: () => string, accept: (kept: string) => boolean): string;
  /** A record's title and date for a listing: from the parse cache when it keeps them, else from the record. */
  listingOf(record: LoadedRecord): RecordListing | undefined;
  /** Keeps what this run learnt in the parse cache, if there is one; call it after the checks. */
  saveCache(): void;
}

export interface LoadOptions {
  cache?: ParseCache;
  /**
   * The day for the rules about one record and a day, run on each record as it is loaded, after
   * which the record lets go of its data (it is read again from the cache or the file if asked
   * for): for `validate`, which reads no data after the checks, so 10,000 records' data need not
   * be held at once. `findingsAsOf` then answers for that day from memory.
   */
  checkAsOf?: string;
}

const START = { line: 1, column: 1 };

/** Reads every record file of the registry folder (and `extraFiles`): per-file findings and the records that parsed. */
export function loadRegistry(dir: string, { extraFiles = [], ...options }: LoadOptions & { extraFiles?: readonly string[] } = {}): LoadedRegistry {
  const insideFolder = (file: string): boolean => !pathInside(dir, file).startsWith('..');
  return loadFromSource(folderSource(dir, extraFiles), dir, insideFolder, options);
}

/** A file's results, under its cache key; `day` when a fresh analysis also ran the rules about the record and the day. */
interface Loaded {
  key: string;
  result: CachedFile;
  day?: StoredFinding[];
}

/** Loads records from any source; `inRegistry` tells registry files from files named elsewhere. */
export function loadFromSource(source: RecordSource, dir: string, inRegistry: (file: string) => boolean, { cache, checkAsOf }: LoadOptions = {}): LoadedRegistry {
  const records: LoadedRecord[] = [];
  const findings: Finding[] = [];
  const files: string[] = [];
  const hashes = new Map<string, string>();
  const keys = new Map<LoadedRecord, string>();
  const checkedAsOf = new Map<LoadedRecord, Finding[]>();
  const readUnchanged = (file: string): Uint8Array => {
    const reading = source.read(file);
    if (!reading.ok || contentHash(reading.bytes) !== hashes.get(file)) {
      throw new RegistryError(`${file} changed while coop was reading it; run coop again`);
    }
    return reading.bytes;
  };
  const textOf = (file: string): string | undefined => (hashes.has(file) ? decodeRecordText(readUnchanged(file)) : undefined);
  // Data the cache cannot give back after all comes from the file, which must still hold the bytes the cache was made from.
  const analyseAgain = (path: string, kind: RecordKind | undefined, key: string): Record<string, unknown> => {
    const result = analyseFile(path, readUnchanged(path), kind);
    if (!result.record?.data) throw new RegistryError(`${path} changed while coop was reading it; run coop again`);
    cache?.set(key, result);
    return result.record.data;
  };
  // A file whose stamp has not changed since it was hashed is not read again: its results come from the cache.
  const unchangedResult = (path: string, kind: RecordKind | undefined): Loaded | undefined => {
    if (!cache?.hasStamps) return undefined;
    const stamp = source.stamp?.(path);
    const hash = stamp && cache.hashOf(path, stamp);
    if (!hash) return undefined;
    const key = cacheKey(hash, kind);
    const result = cache.get(key);
    if (!result) return undefined;
    hashes.set(path, hash);
    return { key, result };
  };
  const readResult = (path: string, kind: RecordKind | undefined): Loaded | { problem: Finding } => {
    const reading = source.read(path);
    if (!reading.ok) return { problem: unreadableFinding(path, reading) };
    const hash = contentHash(reading.bytes);
    hashes.set(path, hash);
    if (reading.stamp) cache?.noteStamp(path, reading.stamp, hash);
    const key = cacheKey(hash, kind);
    const hit = cache?.get(key);
    if (hit) return { key, result: hit };
    const analysis = analyseFile(path, reading.bytes, kind, checkAsOf);
    cache?.set(key, analysis);
    if (analysis.day && checkAsOf !== undefined) cache?.setDayFindings(key, checkAsOf, analysis.day);
    const data = analysis.record?.data;
    return { key, result: { findings: analysis.findings, links: analysis.record?.links, data: () => data }, day: analysis.day };
  };
  for (const entry of source.entries) {
    const placement = inRegistry(entry.path) ? placeInRegistry(dir, entry.path) : placeByParentFolder(entry.path);
    const problem = entry.problem ?? (placement.problem ? { code: 'file-name' as const, message: placement.problem } : undefined);
    if (problem) findings.push(finding(entry.path, START, problem.code, problem.message));
    if (!entry.read) continue;
    files.push(entry.path);
    const loaded = unchangedResult(entry.path, placement.kind) ?? readResult(entry.path, placement.kind);
    if ('problem' in loaded) {
      findings.push(loaded.problem);
      continue;
    }
    const { key, result, day } = loaded;
    const path = entry.path;
    for (const f of result.findings) findings.push({ ...f, file: path });
    if (!result.links) continue;
    let held: CachedFile | undefined = result;
    const record = new LoadedRecord(path, placement.kind, result.links, () => (held ?? cache?.get(key))?.data() ?? analyseAgain(path, placement.kind, key), () => textOf(path) ?? '');
    records.push(record);
    if (cache) keys.set(record, key);
    if (checkAsOf !== undefined) {
      checkedAsOf.set(record, day ? day.map((f) => ({ ...f, file: path })) : findingsAsOf(record, checkAsOf));
      held = undefined;
      record.release();
    }
  }
  function findingsAsOf(record: LoadedRecord, asOf: string): Finding[] {
    const early = checkedAsOf.get(record);
    if (early && asOf === checkAsOf) return early;
    const key = keys.get(record);
    const kept = key === undefined ? undefined : cache?.dayFindings(key, asOf);
    if (kept) return kept.map((f) => ({ ...f, file: record.file }));
    const found = recordDayFindings(record, asOf);
    if (key !== undefined) cache?.setDayFindings(key, asOf, found.map(withoutFile));
    return found;
  }
  function digestAsOf<T extends object>(record: LoadedRecord, asOf: string, compute: () => T, accept: (value: unknown) => value is T, note?: (digest: T) => string): T {
    const key = keys.get(record);
    const kept = key === undefined ? undefined : cache?.daily(key, asOf);
    if (kept !== undefined && accept(kept)) return kept;
    const digest = compute();
    if (key !== undefined) cache?.setDaily(key, asOf, digest, note?.(digest));
    return digest;
  }
  function digestNoteAsOf(record: LoadedRecord, asOf: string): string | undefined {
    const key = keys.get(record);
    return key === undefined ? undefined : cache?.dailyNote(key, asOf);
  }
  function dayStatusOf(record: LoadedRecord, asOf: string, compute: () => string, accept: (kept: string) => boolean): string {
    const key = keys.get(record);
    const kept = key === undefined ? undefined : cache?.dayStatus(key, asOf);
    if (kept !== undefined && accept(kept)) return kept;
    const status = compute();
    if (key !== undefined) cache?.setDayStatus(key, asOf, status);
    return status;
  }
  function listingOf(record: LoadedRecord): RecordListing | undefined {
    const key = keys.get(record);
    const kept = key === undefined ? undefined : cache?.listing(key);
    if (isRecordListing(kept)) return kept;
    const listing = recordListing(record.data);
    if (key !== undefined && listing) cache?.setListing(key, listing);
    return listing;
  }
  return { dir, records, findings, files, textOf, findingsAsOf, digestAsOf, digestNoteAsOf, dayStatusOf, listingOf, saveCache: () => cache?.save() };
}

function unreadableFinding(file: string, reading: Exclude<ReturnType<RecordSource['read']>, { ok: true }>): Finding {
  switch (reading.problem) {
    case 'too-large':
      return finding(file, START, 'file-too-large', `file is ${(reading.size / 1024 / 1024).toFixed(1)} MiB; a record must be under ${MAX_RECORD_BYTES / 1024 / 1024} MiB. Split it or move bulky text out of the registry`);
    case 'not-regular':
      return finding(file, START, 'file-type', `this is ${reading.what}; a record must be a regular file, and coop never follows links`);
    case 'unreadable':
      throw new RegistryError(`cannot read ${file}: ${reading.code}`);
  }
}

interface Placement {
  kind: RecordKind | undefined;
  problem?: string;
}

function kindOfFolder(name: string | undefined): RecordKind | undefined {
  return RECORD_KINDS.find((kind) => FOLDER_OF_KIND[kind] === name);
}

function placeInRegistry(dir: string, file: string): Placement {
  // One folder, then the name: found by index rather than split into an array per file.
  const inside = pathInside(dir, file);
  const cut = inside.indexOf(sep);
  const kind = cut >= 0 && inside.indexOf(sep, cut + 1) < 0 ? kindOfFolder(inside.slice(0, cut)) : undefined;
  if (!kind) return { kind, problem: 'record files belong directly in agreements/ or programmes/ of the registry; move this file there' };
  return { kind };
}

function placeByParentFolder(file: string): Placement {
  return { kind: kindOfFolder(basename(dirname(file))) };
}

/** `relative(dir, file)`, without path.relative's normalising for the usual file, which the walker listed under `dir`. */
function pathInside(dir: string, file: string): string {
  return file.startsWith(dir + sep) && !file.includes(`${sep}..`) ? file.slice(dir.length + 1) : relative(dir, file);
}
