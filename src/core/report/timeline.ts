import { earliestDay, latestDay, realDate } from '../dates.js';
import { agreementExpiry } from '../deadlines/expiry.js';
import type { RecordDigest } from '../digest/record-digest.js';
import { signedDate, type Agreement, type CoopRecord, type Programme } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { comparerFor } from '../text/compare-text.js';
import { ENDED_AGREEMENT_STATUSES, ENDED_PROGRAMME_STATUSES } from '../vocabulary.js';

/**
 * What the timeline's "To" column says of an agreement: its current status, with the date it
 * ended when the history or its expiry gives one ("terminated 2019-05-14", "expired 2024-12-31").
 */
export function agreementTimelineEnd(agreement: Agreement, asOf: string): string {
  const { status, implied } = currentStatus(agreement, asOf);
  if (!ENDED_AGREEMENT_STATUSES.has(status)) return status;
  const date = implied?.status === status ? implied.event.date : status === 'expired' ? (agreement.expires ?? agreementExpiry(agreement).window?.latest) : undefined;
  return date ? `${status} ${date}` : status;
}

/**
 * What the "To" column says of a programme: its end date, "ongoing (as of)" while active, and
 * how it ended when that was not by completing, or that it is suspended ("2019-06 (withdrawn)").
 */
export function programmeTimelineEnd(programme: Programme, running: boolean, asOf: string): string {
  const to = programme.end ?? (running ? `ongoing (${asOf})` : 'no end given');
  const notable = (ENDED_PROGRAMME_STATUSES.has(programme.status) && programme.status !== 'completed') || programme.status === 'suspended';
  return notable ? `${to} (${programme.status})` : to;
}

export interface TimelineBar {
  id: string;
  kind: CoopRecord['kind'];
  /** First day drawn. */
  start: string;
  /** Last day drawn; undefined for a milestone (an agreement's signing). */
  end?: string;
  /** The dates as the record gives them, for the table that repeats the chart; `to` says the status. */
  from: string;
  to: string;
}

/**
 * A record on the timeline: an agreement as a milestone on its signing day, a programme as a bar
 * from its start to its end (to the report's day while it is active); undefined when undated.
 * The "To" of an agreement is its current status (with the day it ended, when known).
 */
export function timelineBar(record: CoopRecord, asOf: string): TimelineBar | undefined {
  if (record.kind === 'agreement') {
    const text = signedDate(record);
    const signed = text === undefined ? undefined : realDate(text);
    return signed ? { id: record.id, kind: 'agreement', start: earliestDay(signed), from: text!, to: agreementTimelineEnd(record, asOf) } : undefined;
  }
  const start = record.start === undefined ? undefined : realDate(record.start);
  if (!start) return undefined;
  const end = record.end === undefined ? undefined : realDate(record.end);
  const running = record.status === 'active' && asOf > latestDay(start);
  const last = end ? latestDay(end) : running ? asOf : latestDay(start);
  const to = programmeTimelineEnd(record, running, asOf);
  return { id: record.id, kind: 'programme', start: earliestDay(start), end: last, from: record.start!, to };
}

/**
 * What the timeline shows, from the records' digests: each dated record, by its first day, then
 * id. Given `fileOf`, each bar also carries its record's file (built in the same pass, not copied).
 */
export function timelineBars(records: readonly Pick<RecordDigest, 'id' | 'kind' | 'timeline'>[]): TimelineBar[];
export function timelineBars(records: readonly Pick<RecordDigest, 'id' | 'kind' | 'timeline'>[], fileOf: (id: string) => string): (TimelineBar & { file: string })[];
export function timelineBars(records: readonly Pick<RecordDigest, 'id' | 'kind' | 'timeline'>[], fileOf?: (id: string) => string): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const { id, kind, timeline } of records) {
    if (!timeline) continue;
    const { start, end, from, to } = timeline;
    const bar: TimelineBar = end === undefined ? { id, kind, start, from, to } : { id, kind, start, end, from, to };
    bars.push(fileOf ? Object.assign(bar, { file: fileOf(id) }) : bar);
  }
  // Days and ids are plain text (see compareText), so nearly always compared by code units.
  const compareStart = comparerFor(bars.map((b) => b.start));
  const compareId = comparerFor(bars.map((b) => b.id));
  return bars.sort((a, b) => compareStart(a.start, b.start) || compareId(a.id, b.id));
}
