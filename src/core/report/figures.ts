import type { TimedDeadline } from '../deadlines/timing.js';
import type { RecordDigest } from '../digest/record-digest.js';

/** The headline figures of a set of records, as the report and the site's front page give them. */
export interface Figures {
  agreements: number;
  programmes: number;
  countries: number;
  pendingCommitments: number;
  overdue: number;
  unverified: number;
}

/** `deadlines` are timed as of the day, and must hold at least every overdue and unverified item. */
export function figures(records: readonly Pick<RecordDigest, 'kind' | 'openCommitments'>[], countries: number, deadlines: readonly TimedDeadline[]): Figures {
  let agreements = 0;
  let pendingCommitments = 0;
  for (const r of records) {
    if (r.kind === 'agreement') agreements++;
    pendingCommitments += r.openCommitments;
  }
  let overdue = 0;
  let unverified = 0;
  for (const d of deadlines) {
    if (d.timing === 'overdue') overdue++;
    else if (d.timing === 'unverified') unverified++;
  }
  return { agreements, programmes: records.length - agreements, countries, pendingCommitments, overdue, unverified };
}
