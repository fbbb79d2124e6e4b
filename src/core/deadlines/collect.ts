import { digestOf } from '../digest/record-digest.js';
import { addDuration, compareDays } from './calendar.js';
import type { StoredRecord } from '../model.js';
import { deadlineItems, deadlineRecord, type Deadline, type DeadlineRecord } from './deadlines.js';
import { selectDeadlines, type DeadlineSelection, type TimedDeadline } from './timing.js';

/**
 * Every dated obligation in the records as of a day. Items without a computable date are left
 * out. With a day, each record's items come from its digest (kept in the parse cache).
 */
export function collectDeadlines(records: readonly StoredRecord[], asOf?: string): Deadline[] {
  const out: Deadline[] = [];
  for (const stored of records) {
    const digest = asOf === undefined ? undefined : digestOf(stored, asOf);
    const items = digest ? digest.deadlines : deadlineItems(stored.record, asOf);
    if (items.length === 0) continue;
    // A digest holds what a DeadlineRecord does, so the record is not read.
    const record: DeadlineRecord = digest ?? deadlineRecord(stored.record);
    for (const { type, item, what, due, status, basis } of items) out.push({ type, item, what, due, status, basis, record, file: stored.file });
  }
  return out;
}

/**
 * The deadlines a selection shows (timing.ts). Unless it wants them all, a record is passed over
 * unread when its digest's note (firstOpenDue) says every one of its items is closed or falls due
 * after the look-ahead, for then none of them would be selected.
 */
export function openDeadlines(records: readonly StoredRecord[], selection: DeadlineSelection): TimedDeadline[] {
  const { asOf, within, all } = selection;
  const horizon = addDuration(asOf, within);
  const mayShow = (stored: StoredRecord): boolean => {
    const first = stored.firstOpenDue?.(asOf);
    return first === undefined || (first !== '' && compareDays(first, horizon) <= 0);
  };
  return selectDeadlines(collectDeadlines(all ? records : records.filter(mayShow), asOf), selection);
}
