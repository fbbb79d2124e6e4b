import type { Io } from './io.js';

/**
 * The one rule for a query that keeps nothing, whatever the format: `message` goes to stderr,
 * stdout still gets the format's empty data (no table, `[]`, a CSV header, an empty calendar),
 * and the command exits 0.
 */
export function noteNoMatch(count: number, message: string, io: Io): void {
  if (count === 0) io.err(`${message}\n`);
}
