import { addDuration, daysBetween } from './calendar.js';
import type { Deadline } from './deadlines.js';

/**
 * Where a deadline stands on a given day:
 * - overdue: even the latest day it may fall on has passed, and it is still pending;
 * - due: it falls within the look-ahead window (today counts as due, not overdue);
 * - possibly-due: today lies inside the span a partial date allows;
 * - later: beyond the look-ahead window;
 * - closed: met, missed, cancelled, or an agreement that has ended.
 */
export type Timing = 'overdue' | 'due' | 'possibly-due' | 'later' | 'closed';

export interface TimedDeadline extends Deadline {
  timing: Timing;
  /** Days until it is due (to the earliest possible day), negative when overdue (from the latest). */
  daysLeft: number;
}

const OPEN = new Set(['pending', 'partially-met', 'unknown']);

export function timeDeadline(deadline: Deadline, asOf: string, within: string): TimedDeadline {
  const { earliest, latest } = deadline.due;
  const daysLeft = latest < asOf ? daysBetween(asOf, latest) : earliest > asOf ? daysBetween(asOf, earliest) : daysBetween(asOf, latest);
  let timing: Timing;
  if (!OPEN.has(deadline.status)) timing = 'closed';
  else if (latest < asOf) timing = 'overdue';
  else if (earliest <= asOf && earliest !== latest) timing = 'possibly-due';
  else if (earliest <= addDuration(asOf, within)) timing = 'due';
  else timing = 'later';
  return { ...deadline, timing, daysLeft };
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

/** Deadlines as of a day, soonest first: by default overdue, possibly due and due within the window. */
export function selectDeadlines(deadlines: readonly Deadline[], { asOf, within, overdueOnly, all }: DeadlineSelection): TimedDeadline[] {
  const timed = deadlines.map((d) => timeDeadline(d, asOf, within));
  const kept = timed.filter((d) => (overdueOnly ? d.timing === 'overdue' : all || d.timing === 'overdue' || d.timing === 'due' || d.timing === 'possibly-due'));
  return kept.sort((a, b) => a.due.earliest.localeCompare(b.due.earliest) || a.record.id.localeCompare(b.record.id) || a.item.localeCompare(b.item));
}
