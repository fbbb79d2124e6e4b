import { compareDays, isDay } from '../deadlines/calendar.js';
import { deadlineItems, type DeadlineItem } from '../deadlines/deadlines.js';
import { recordCountries, recordDate, type CoopRecord, type StoredRecord } from '../model.js';
import { timelineBar, type TimelineBar } from '../report/timeline.js';
import { isClosed, isOpen } from '../deadlines/standing.js';
import { currentStatus } from '../status/current-status.js';
import { areStrings, isObject, isOptionalString, isString } from '../shape.js';

/**
 * What the summaries (report, deadlines, countries, site, export) read of one record as of a day.
 * It depends on the record's content and the day alone, so the parse cache keeps it beside the
 * record: a warm `report` or `deadlines` reads no record's data.
 */
export interface RecordDigest {
  id: string;
  kind: CoopRecord['kind'];
  title: string;
  /** Country codes, in the record's order. */
  countries: string[];
  /** Signing or start, as the record gives it; undefined when undated. */
  date?: string;
  /** As the record lists them. */
  areas: string[];
  /** Commitments still open (pending); see deadlines/standing.ts. */
  openCommitments: number;
  /** The status as of the day (an agreement's history can move it on from the stated one). */
  status: string;
  /** Its bar on the timeline, when its date can be placed. */
  timeline?: Omit<TimelineBar, 'id' | 'kind'>;
  /** Its dated obligations as of the day. */
  deadlines: DeadlineItem[];
}

export function recordDigest(record: CoopRecord, asOf: string): RecordDigest {
  const digest: RecordDigest = {
    id: record.id,
    kind: record.kind,
    title: record.title,
    countries: recordCountries(record),
    areas: [...(record.areas ?? [])],
    openCommitments: (record.commitments ?? []).filter((c) => isOpen(c.status)).length,
    status: currentStatus(record, asOf).status,
    deadlines: deadlineItems(record, asOf),
  };
  const date = recordDate(record);
  if (date !== undefined) digest.date = date;
  const bar = timelineBar(record, asOf);
  if (bar) digest.timeline = { start: bar.start, ...(bar.end === undefined ? {} : { end: bar.end }), from: bar.from, to: bar.to };
  return digest;
}

/**
 * The first day (the earliest of its due window) on which any of its deadlines that is not
 * closed may fall due, '' when all are closed: `deadlines` passes over a record whose first such
 * day lies beyond its look-ahead without reading its digest, for none of its items would show.
 */
export function firstOpenDue(digest: RecordDigest): string {
  let first = '';
  for (const { due, status } of digest.deadlines) if (!isClosed(status) && (first === '' || compareDays(due.earliest, first) < 0)) first = due.earliest;
  return first;
}

/** A stored record's digest: kept by the loader (and its cache) where there is one, else computed. */
export function digestOf(stored: StoredRecord, asOf: string): RecordDigest {
  return stored.digest?.(asOf) ?? recordDigest(stored.record, asOf);
}

/**
 * Whether a value read back from a cache has the shape of a RecordDigest, its days real days (they
 * reach date arithmetic); a cache is never believed blindly.
 */
export function isRecordDigest(value: unknown): value is RecordDigest {
  if (!isObject(value)) return false;
  const { id, kind, title, countries, date, areas, openCommitments, status, timeline, deadlines } = value;
  return (
    isString(id) &&
    (kind === 'agreement' || kind === 'programme') &&
    isString(title) &&
    areStrings(countries) &&
    isOptionalString(date) &&
    areStrings(areas) &&
    Number.isInteger(openCommitments) &&
    isString(status) &&
    (timeline === undefined || (isObject(timeline) && isDay(timeline.start) && (timeline.end === undefined || isDay(timeline.end)) && isString(timeline.from) && isString(timeline.to))) &&
    Array.isArray(deadlines) &&
    deadlines.every(isDeadlineItem)
  );
}

function isDeadlineItem(value: unknown): value is DeadlineItem {
  if (!isObject(value)) return false;
  const { type, item, what, due, status, basis } = value;
  return (
    (type === 'commitment' || type === 'expiry' || type === 'renewal-notice') &&
    isString(item) &&
    isString(what) &&
    isObject(due) &&
    isDay(due.earliest) &&
    isDay(due.latest) &&
    isString(status) &&
    isOptionalString(basis)
  );
}
