import { digestOf } from '../digest/record-digest.js';
import { compareDays } from './calendar.js';
import type { StoredRecord } from '../model.js';
import { deadlineItems, deadlineRecord, type Deadline, type DeadlineRecord } from './deadlines.js';

/**
 * Every dated obligation in the records as of a day. Items without a computable date are left
 * out. With a day, each record's items come from its digest (kept in the parse cache).
 *
 * With `dueBy`, a record may be passed over, unread, when none of its items can be due by that
 * day: every one is closed or falls due later (timing.ts would select none of them).
 */
export function collectDeadlines(records: readonly StoredRecord[], asOf?: string, { dueBy }: { dueBy?: string } = {}): Deadline[] {
  const out: Deadline[] = [];
  for (const stored of records) {
    if (dueBy !== undefined && asOf !== undefined) {
      const first = stored.firstOpenDue?.(asOf);
      if (first !== undefined && (first === '' || compareDays(first, dueBy) > 0)) continue;
    }
    const digest = asOf === undefined ? undefined : digestOf(stored, asOf);
    const items = digest ? digest.deadlines : deadlineItems(stored.record, asOf);
    if (items.length === 0) continue;
    // A digest holds what a DeadlineRecord does, so the record is not read.
    const record: DeadlineRecord = digest ?? deadlineRecord(stored.record);
    for (const { type, item, what, due, status, basis } of items) out.push({ type, item, what, due, status, basis, record, file: stored.file });
  }
  return out;
}
