import { anchorDate, recordCountries, type Commitment, type CoopRecord } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { ENDED_AGREEMENT_STATUSES } from '../vocabulary.js';
import { shiftWindow, windowOf, type DayWindow } from './calendar.js';
import { agreementExpiry } from './expiry.js';

export type DeadlineType = 'commitment' | 'expiry' | 'renewal-notice';

/** Something due by a date, as one record gives it: a commitment, an agreement's expiry, or the last day to give notice. */
export interface DeadlineItem {
  type: DeadlineType;
  /** Stable within the record: the commitment id, or "expiry" / "renewal-notice". */
  item: string;
  what: string;
  /** Equal ends when the date is exact; a span when it rests on a partial date. */
  due: DayWindow;
  /**
   * A commitment's status (pending, met, partially-met, missed, cancelled, unknown); for an
   * agreement's dates pending, "unknown" when the agreement's status is, or "closed" once it has ended.
   */
  status: string;
  basis?: string;
}

/** The record a deadline belongs to: what the formats show of it. */
export interface DeadlineRecord {
  id: string;
  kind: CoopRecord['kind'];
  title: string;
  countries: readonly string[];
}

/** A deadline in the registry: the item, and the record and file it comes from. */
export interface Deadline extends DeadlineItem {
  record: DeadlineRecord;
  file: string;
}

export function deadlineRecord(record: CoopRecord): DeadlineRecord {
  return { id: record.id, kind: record.kind, title: record.title, countries: recordCountries(record) };
}

/** A record's dated obligations as of a day (commitments first, then an agreement's dates). */
export function deadlineItems(record: CoopRecord, asOf?: string): DeadlineItem[] {
  return [...(record.commitments ?? []).flatMap((c) => commitmentDeadline(record, c)), ...agreementDates(record, asOf)];
}

/** When a commitment is due, or undefined when it has no deadline or its anchor is missing. */
export function commitmentDue(record: CoopRecord, commitment: Commitment): DayWindow | undefined {
  const due = commitment.due;
  if (due?.date) return windowOf(due.date);
  if (!due?.within || !due.from) return undefined;
  const anchor = anchorDate(record, due.from);
  const window = anchor === undefined ? undefined : windowOf(anchor);
  return window && shiftWindow(window, due.within, 1);
}

function commitmentDeadline(record: CoopRecord, commitment: Commitment): DeadlineItem[] {
  const due = commitmentDue(record, commitment);
  if (!due) return [];
  const item: DeadlineItem = { type: 'commitment', item: commitment.id, what: commitment.text, due, status: commitment.status };
  if (commitment.basis !== undefined) item.basis = commitment.basis;
  return [item];
}

/** An agreement's current expiry (see expiry.ts), or undefined when none can be given. */
export function expiryWindow(record: CoopRecord, asOf?: string): DayWindow | undefined {
  return record.kind === 'agreement' ? agreementExpiry(record, asOf).window : undefined;
}

function agreementDates(record: CoopRecord, asOf: string | undefined): DeadlineItem[] {
  const expiry = expiryWindow(record, asOf);
  if (record.kind !== 'agreement' || !expiry) return [];
  const now = asOf === undefined ? record.status : currentStatus(record, asOf).status;
  const status = ENDED_AGREEMENT_STATUSES.has(now) ? 'closed' : now === 'unknown' ? 'unknown' : 'pending';
  const deadlines: DeadlineItem[] = [{ type: 'expiry', item: 'expiry', what: 'Agreement expires', due: expiry, status }];
  const notice = record.validity?.notice;
  if (notice) {
    const renewal = record.validity?.renewal;
    const what = `Last day to give notice before expiry (${notice} notice${renewal && renewal !== 'unknown' ? `, ${renewal} renewal` : ''})`;
    deadlines.push({ type: 'renewal-notice', item: 'renewal-notice', what, due: shiftWindow(expiry, notice, -1), status });
  }
  return deadlines;
}
