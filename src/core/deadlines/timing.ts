import { addDuration, compareDays, daysBetween, subtractDuration } from './calendar.js';
import type { Deadline } from './deadlines.js';
import { isClosed, isOpen } from './standing.js';
import { comparerFor } from '../text/compare-text.js';

/**
 * Where a deadline stands on a given day (see standing.ts for the definitions):
 * - overdue: open (pending) and even the latest day it may fall on has passed;
 * - unverified: status unknown and even the latest day has passed;
 * - due: it falls within the look-ahead window (today counts as due, not overdue);
 * - possibly-due: today lies inside the span a partial date allows;
 * - later: beyond the look-ahead window;
 * - closed: met, partially met, missed, cancelled, or an agreement that has ended.
 */
export type Timing = 'overdue' | 'unverified' | 'due' | 'possibly-due' | 'later' | 'closed';

export interface TimedDeadline extends Deadline {
  timing: Timing;
  /** Days until it is due (to the earliest possible day), negative when passed (from the latest). */
  daysLeft: number;
}

export function timeDeadline(deadline: Deadline, asOf: string, within: string): TimedDeadline {
  return { ...deadline, timing: timingOf(deadline, asOf, addDuration(asOf, within)), daysLeft: daysLeftOf(deadline, asOf) };
}

function timingOf({ due: { earliest, latest }, status }: Deadline, asOf: string, horizon: string): Timing {
  if (isClosed(status)) return 'closed';
  if (compareDays(latest, asOf) < 0) return isOpen(status) ? 'overdue' : 'unverified';
  if (compareDays(earliest, asOf) <= 0 && earliest !== latest) return 'possibly-due';
  return compareDays(earliest, horizon) <= 0 ? 'due' : 'later';
}

function daysLeftOf({ due: { earliest, latest } }: Deadline, asOf: string): number {
  return compareDays(latest, asOf) < 0 ? daysBetween(asOf, latest) : compareDays(earliest, asOf) > 0 ? daysBetween(asOf, earliest) : daysBetween(asOf, latest);
}

/** Overdue, and it became so within `window` before `asOf`: its latest day is at most `window` ago. */
export function becameOverdueWithin(deadline: TimedDeadline, asOf: string, window: string): boolean {
  return deadline.timing === 'overdue' && compareDays(deadline.due.latest, subtractDuration(asOf, window)) >= 0;
}

export interface DeadlineSelection {
  asOf: string;
  /** ISO 8601 look-ahead, e.g. P90D. */
  within: string;
  /** Only overdue items. */
  overdueOnly?: boolean;
  /** Every dated item, whatever its status or distance. */
  all?: boolean;
}


/** Deadlines as of a day, soonest first: by default overdue, unverified, possibly due and due within the window. */
export function selectDeadlines(deadlines: readonly Deadline[], { asOf, within, overdueOnly, all }: DeadlineSelection): TimedDeadline[] {
  const horizon = addDuration(asOf, within);
  const kept: TimedDeadline[] = [];
  for (const d of deadlines) {
    const timing = timingOf(d, asOf, horizon);
    if (overdueOnly ? timing !== 'overdue' : !all && (timing === 'later' || timing === 'closed')) continue;
    // Field by field, not { ...d }: spreading thousands of objects was most of this function's
    // time. A field added to Deadline must be added here too.
    const { type, item, what, due, status, basis, record, file } = d;
    kept.push({ type, item, what, due, status, basis, record, file, timing, daysLeft: daysLeftOf(d, asOf) });
  }
  const compareId = comparerFor(kept.map((d) => d.record.id));
  const compareItem = comparerFor(kept.map((d) => d.item));
  return kept.sort((a, b) => compareDays(a.due.earliest, b.due.earliest) || compareId(a.record.id, b.record.id) || compareItem(a.item, b.item));
}
