import { anchorDate, type Commitment, type CoopRecord, type StoredRecord } from '../model.js';
import { shiftWindow, windowOf, type DayWindow } from './calendar.js';

export type DeadlineType = 'commitment' | 'expiry' | 'renewal-notice';

/** Something due by a date: a commitment, an agreement's expiry, or the last day to give notice. */
export interface Deadline {
  record: CoopRecord;
  file: string;
  type: DeadlineType;
  /** Stable within the record: the commitment id, or "expiry" / "renewal-notice". */
  item: string;
  what: string;
  /** Equal ends when the date is exact; a span when it rests on a partial date. */
  due: DayWindow;
  /** pending, met, missed, cancelled, partially-met, unknown; for expiries "closed" once the agreement has ended. */
  status: string;
  basis?: string;
}

const ENDED = new Set(['expired', 'terminated', 'superseded']);

/** Every dated obligation in the records. Items without a computable date are left out. */
export function collectDeadlines(records: readonly StoredRecord[]): Deadline[] {
  return records.flatMap(({ record, file }) => [
    ...(record.commitments ?? []).flatMap((c) => commitmentDeadline(record, file, c)),
    ...agreementDates(record, file),
  ]);
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

function commitmentDeadline(record: CoopRecord, file: string, commitment: Commitment): Deadline[] {
  const due = commitmentDue(record, commitment);
  if (!due) return [];
  return [{ record, file, type: 'commitment', item: commitment.id, what: commitment.text, due, status: commitment.status, basis: commitment.basis }];
}

/** An agreement's expiry (stated, or entry into force + duration) and its renewal notice date. */
export function expiryWindow(record: CoopRecord): DayWindow | undefined {
  if (record.kind !== 'agreement') return undefined;
  if (record.expires) return windowOf(record.expires);
  const start = record.entry_into_force === undefined ? undefined : windowOf(record.entry_into_force);
  return start && record.validity?.duration ? shiftWindow(start, record.validity.duration, 1) : undefined;
}

function agreementDates(record: CoopRecord, file: string): Deadline[] {
  const expiry = expiryWindow(record);
  if (record.kind !== 'agreement' || !expiry) return [];
  const status = ENDED.has(record.status) ? 'closed' : 'pending';
  const deadlines: Deadline[] = [{ record, file, type: 'expiry', item: 'expiry', what: 'Agreement expires', due: expiry, status }];
  const notice = record.validity?.notice;
  if (notice) {
    const renewal = record.validity?.renewal;
    const what = `Last day to give notice before expiry (${notice} notice${renewal && renewal !== 'unknown' ? `, ${renewal} renewal` : ''})`;
    deadlines.push({ record, file, type: 'renewal-notice', item: 'renewal-notice', what, due: shiftWindow(expiry, notice, -1), status });
  }
  return deadlines;
}
