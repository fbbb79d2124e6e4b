import type { RecordDigest } from '../digest/record-digest.js';
import { summariseCountries, type CountrySummary } from '../query/country-summary.js';

/**
 * A country's partners over the records it takes part in: every other country, with its counts
 * of the records the two share, most first.
 */
export function partnersOf(code: string, records: readonly Pick<RecordDigest, 'kind' | 'countries' | 'openCommitments'>[]): CountrySummary[] {
  return summariseCountries(records).filter((row) => row.code !== code);
}
