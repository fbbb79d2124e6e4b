import type { CoopRecord } from '../model.js';
import { summariseCountries, type CountrySummary } from '../query/country-summary.js';

/**
 * A country's partners over the records it takes part in: every other country, with its counts
 * of the records the two share, most first.
 */
export function partnersOf(code: string, records: readonly CoopRecord[]): CountrySummary[] {
  return summariseCountries(records).filter((row) => row.code !== code);
}
