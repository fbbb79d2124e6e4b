import type { DayWindow } from '../../core/deadlines/calendar.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';

/** "2025-10-17", or "2025-10-01 – 2025-10-30" when a partial date leaves a span. */
export function windowText({ earliest, latest }: DayWindow): string {
  return earliest === latest ? earliest : `${earliest} – ${latest}`;
}

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** How the deadline stands, in words: "16 days left", "due today", "15 days overdue", "unverified, 9 days past due". */
export function whenText(d: TimedDeadline): string {
  switch (d.timing) {
    case 'overdue':
      return `${days(-d.daysLeft)} overdue`;
    case 'unverified':
      return `unverified, ${days(-d.daysLeft)} past due`;
    case 'possibly-due':
      return `possibly due, ${days(d.daysLeft)} at most`;
    case 'closed':
      return d.status;
    default:
      return d.daysLeft === 0 ? 'due today' : `${days(d.daysLeft)} left`;
  }
}
