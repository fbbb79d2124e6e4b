import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { terminalSafe } from '../terminal-safe.js';
import { whenText } from './describe.js';

export interface CheckResult {
  /** What fails the check: overdue items, or with a window only those that became overdue within it. */
  failing: readonly TimedDeadline[];
  overdue: readonly TimedDeadline[];
  unverified: readonly TimedDeadline[];
  asOf: string;
  /** Undefined with --all. */
  window?: string;
}

/** A line for a scheduled CI job's log, and one each for older overdue and for unverified items. */
export function checkSummary({ failing, overdue, unverified, asOf, window }: CheckResult): string {
  const items = (list: readonly TimedDeadline[]): string => list.map((d) => `${d.record.id} ${d.item} (due ${d.due.latest}, ${whenText(d)})`).join('; ');
  const overdueWord = window ? 'newly overdue' : 'overdue';
  const span = window ? ` (within ${window})` : '';
  const lines: string[] = [];
  if (failing.length > 0) lines.push(`coop deadlines: ${failing.length} ${overdueWord} as of ${asOf}${span}: ${items(failing)}`);
  else if (overdue.length === 0) lines.push(`coop deadlines: nothing overdue as of ${asOf}`);
  else lines.push(`coop deadlines: nothing ${overdueWord} as of ${asOf}${span}`);
  const failed = new Set(failing);
  const older = overdue.filter((d) => !failed.has(d));
  if (older.length > 0) lines.push(`coop deadlines: ${older.length} overdue since before that, not failing (--check --all fails on them): ${items(older)}`);
  if (unverified.length > 0) lines.push(`coop deadlines: ${unverified.length} unverified (status unknown after the due date), never failing: ${items(unverified)}`);
  // Ids and items come from records: each line is made safe for the terminal on its own.
  return lines.map((line) => `${terminalSafe(line)}\n`).join('');
}
