import type { Finding } from '../findings.js';
import { isRecordLinks, type RecordLinks } from '../registry/record-links.js';
import { isFiniteNumber, isObject, isString } from '../shape.js';
import { checksum, checksumText, isChecksum } from './checksum.js';

/** A finding as cached: without the file, which the cache key does not include. */
export type StoredFinding = Omit<Finding, 'file' | 'lineText'>;

/** A file's stamp and the hash of the bytes it had then: [size, mtimeMs, ctimeMs, ino, hash]. */
export type StoredStamp = [number, number, number, number, string];

/** One content key's results as the header holds them. */
export interface HeaderEntry {
  key: string;
  findings: StoredFinding[];
  /** Present for a record. */
  links?: RecordLinks;
  /** Where its data lies in the data section: [offset, length]. */
  span?: [number, number];
  /** Where its listing lies in the listings section. */
  listing?: [number, number];
  /** Its day-dependent findings for the header's `dayAsOf`, when they were computed. */
  dayFindings?: StoredFinding[];
  /** Its current status on `dayAsOf`, when a command asked for it (see ParseCache.setDayStatus). */
  dayStatus?: string;
  /** Where its digest for the header's `dailyAsOf` lies in the digests section. */
  daily?: [number, number];
  /** A short text its owner derived from the digest, to be read without parsing it (see ParseCache.setDaily). */
  dailyNote?: string;
}

export interface Header {
  format: string;
  build: string;
  /** Bytes of records' data after the header line; their listings follow, then the digests. */
  dataLength: number;
  listingsLength: number;
  /** The checksums (checksum.ts) of the data, listings and digests sections, each checked when the section is first read. */
  checks: [number, number, number];
  dailyAsOf?: string;
  dayAsOf?: string;
  stamps: Map<string, StoredStamp>;
  entries: HeaderEntry[];
}

/*
 * The header is one line of JSON whose bulk is two flat arrays, a fixed number of slots per file
 * and per entry, not an object per file: a 10,000-record registry's header then parses in about
 * a quarter of the time, and leaves a tenth as many objects for the garbage collector to copy.
 *
 *   files:   path, size, mtimeMs, ctimeMs, ino, hash
 *   entries: key, findings, record, id, kind, countries, more, dataOffset, dataLength,
 *            listingOffset, listingLength, dayFindings, dayStatus, dailyOffset, dailyLength,
 *            dailyNote
 *
 * An absent value is 0 (an offset -1); `record` is 1 when the file is a record; `more` holds
 * the links few records have ({agreement, historyRecords}); `dayFindings` is 1 when the day's
 * findings were computed and there were none; `dayStatus`, the record's current status that day,
 * is kept only beside them.
 */
const FILE_SLOTS = 6;
const ENTRY_SLOTS = 16;
// Shared by every entry without findings, so frozen: a push would throw rather than give all of them one.
const NONE = Object.freeze([]) as unknown as StoredFinding[];

export function writeHeader({ stamps, entries, ...fields }: Header): string {
  const files: unknown[] = [];
  for (const [path, stamp] of stamps) files.push(path, ...stamp);
  const flat: unknown[] = [];
  for (const { key, findings, links, span, listing, dayFindings, dayStatus, daily, dailyNote } of entries) {
    const { id, kind, countries, agreement, historyRecords } = links ?? {};
    const more = agreement === undefined && historyRecords === undefined ? 0 : { agreement, historyRecords };
    const day = dayFindings === undefined ? 0 : dayFindings.length ? dayFindings : 1;
    flat.push(key, findings.length ? findings : 0, links ? 1 : 0, id ?? 0, kind ?? 0, countries ?? 0, more);
    flat.push(span?.[0] ?? -1, span?.[1] ?? 0, listing?.[0] ?? -1, listing?.[1] ?? 0, day, (dayFindings && dayStatus) ?? 0, daily?.[0] ?? -1, daily?.[1] ?? 0, daily ? (dailyNote ?? 0) : 0);
  }
  return JSON.stringify({ ...fields, files, entries: flat });
}

/**
 * The header's line as written: its JSON, a tab (which JSON text never holds raw), the checksum
 * of the JSON's bytes in hex, and the newline the body follows.
 */
export function headerLine(header: Header): Buffer {
  const json = Buffer.from(writeHeader(header));
  return Buffer.concat([json, Buffer.from(`\t${checksumText(checksum(json))}\n`)]);
}

/** readHeader of a line as headerLine wrote it (without its newline); undefined when its checksum does not match its bytes. */
export function readHeaderLine(line: Buffer, format: string, build: string, bodyLength: number): Header | undefined {
  const tab = line.lastIndexOf(0x09);
  if (tab < 0) return undefined;
  const json = line.subarray(0, tab);
  if (line.toString('latin1', tab + 1) !== checksumText(checksum(json))) return undefined;
  return readHeader(json.toString('utf8'), format, build, bodyLength);
}

/**
 * The header of a cache file of this format and build, or undefined when it is of another or
 * not a header at all. An entry or file of the wrong shape is left out. `bodyLength`, the bytes
 * after the header line, bounds the data section, the listings and digests after it, and every
 * span into them.
 */
export function readHeader(line: string, format: string, build: string, bodyLength: number): Header | undefined {
  const parsed: unknown = JSON.parse(line);
  if (!isObject(parsed) || parsed.format !== format || parsed.build !== build) return undefined;
  const { dataLength, listingsLength, checks, dailyAsOf, dayAsOf, files, entries } = parsed;
  if (!Array.isArray(checks) || checks.length !== 3 || !checks.every(isChecksum)) return undefined;
  const isLength = (value: unknown, within: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= within;
  if (!isLength(dataLength, bodyLength) || !isLength(listingsLength, bodyLength - dataLength)) return undefined;
  if (!Array.isArray(files) || files.length % FILE_SLOTS !== 0 || !Array.isArray(entries) || entries.length % ENTRY_SLOTS !== 0) return undefined;
  const stamps = new Map<string, StoredStamp>();
  for (let i = 0; i < files.length; i += FILE_SLOTS) {
    const path: unknown = files[i];
    const size: unknown = files[i + 1];
    const mtimeMs: unknown = files[i + 2];
    const ctimeMs: unknown = files[i + 3];
    const ino: unknown = files[i + 4];
    const hash: unknown = files[i + 5];
    if (isString(path) && isFiniteNumber(size) && isFiniteNumber(mtimeMs) && isFiniteNumber(ctimeMs) && isFiniteNumber(ino) && isString(hash)) stamps.set(path, [size, mtimeMs, ctimeMs, ino, hash]);
  }
  const read: HeaderEntry[] = [];
  for (let i = 0; i < entries.length; i += ENTRY_SLOTS) {
    const entry = readEntry(entries, i, { data: dataLength, listings: listingsLength, digests: bodyLength - dataLength - listingsLength });
    if (entry) read.push(entry);
  }
  return {
    format,
    build,
    dataLength,
    listingsLength,
    checks: checks as [number, number, number],
    dailyAsOf: typeof dailyAsOf === 'string' ? dailyAsOf : undefined,
    dayAsOf: typeof dayAsOf === 'string' ? dayAsOf : undefined,
    stamps,
    entries: read,
  };
}

/** The lengths of the body's sections, which bound the spans into them. */
interface SectionLengths {
  data: number;
  listings: number;
  digests: number;
}

function readEntry(slots: readonly unknown[], at: number, lengths: SectionLengths): HeaderEntry | undefined {
  // Slot by slot, not by destructuring a slice: no array per entry.
  const key = slots[at];
  const findings = slots[at + 1];
  const record = slots[at + 2];
  const dayFindings = slots[at + 11];
  const dayStatus = slots[at + 12];
  const dailyNote = slots[at + 15];
  if (!isString(key) || (findings !== 0 && !areFindings(findings)) || (record !== 0 && record !== 1)) return undefined;
  if (dayFindings !== 0 && dayFindings !== 1 && !areFindings(dayFindings)) return undefined;
  if ((dayStatus !== 0 && (!isString(dayStatus) || dayFindings === 0)) || (dailyNote !== 0 && !isString(dailyNote))) return undefined;
  const span = spanOf(slots[at + 7], slots[at + 8], lengths.data);
  const listing = spanOf(slots[at + 9], slots[at + 10], lengths.listings);
  const daily = spanOf(slots[at + 13], slots[at + 14], lengths.digests);
  if (span === null || listing === null || daily === null) return undefined;
  const entry: HeaderEntry = { key, findings: findings === 0 ? NONE : findings };
  if (dayFindings !== 0) entry.dayFindings = dayFindings === 1 ? NONE : dayFindings;
  // Data, a listing, digests and a status come only with a record's links.
  if (record === 0) return span || listing || daily || dayStatus !== 0 ? undefined : entry;
  const links = linksFrom(slots, at);
  if (!links) return undefined;
  entry.links = links;
  if (dayStatus !== 0) entry.dayStatus = dayStatus;
  if (span) entry.span = span;
  if (listing) entry.listing = listing;
  if (daily) entry.daily = daily;
  if (daily && dailyNote !== 0) entry.dailyNote = dailyNote;
  return entry;
}

/** A record entry's links from their slots: id, kind, countries, more. */
function linksFrom(slots: readonly unknown[], at: number): RecordLinks | undefined {
  const id = slots[at + 3];
  const kind = slots[at + 4];
  const countries = slots[at + 5];
  const more = slots[at + 6];
  const links: Record<string, unknown> = {};
  if (id !== 0) links.id = id;
  if (kind !== 0) links.kind = kind;
  if (more !== 0) {
    if (!isObject(more)) return undefined;
    if (more.agreement !== undefined) links.agreement = more.agreement;
    if (more.historyRecords !== undefined) links.historyRecords = more.historyRecords;
  }
  if (countries !== 0) links.countries = countries;
  return isRecordLinks(links) ? links : undefined;
}

/** A span from its two slots: undefined for none (offset -1), null when they are not a span within `bound` bytes. */
function spanOf(offset: unknown, length: unknown, bound: number): [number, number] | undefined | null {
  if (offset === -1 && length === 0) return undefined;
  if (!Number.isInteger(offset) || !Number.isInteger(length)) return null;
  const at = offset as number;
  const size = length as number;
  return at >= 0 && size >= 0 && at + size <= bound ? [at, size] : null;
}


function areFindings(value: unknown): value is StoredFinding[] {
  return Array.isArray(value) && value.every((f) => isObject(f) && Number.isInteger(f.line) && Number.isInteger(f.column) && typeof f.code === 'string' && typeof f.message === 'string' && (f.severity === 'error' || f.severity === 'warning'));
}
