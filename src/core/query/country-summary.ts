import { countryName } from '../countries/resolve.js';
import type { RecordDigest } from '../digest/record-digest.js';
import { byCountThenName, distinct, tally } from './tally.js';

export interface CountrySummary {
  code: string;
  name: string;
  agreements: number;
  programmes: number;
  /** Open (pending) commitments in the records this country takes part in; see deadlines/standing.ts. */
  pending_commitments: number;
  /** The other countries it shares records with, by code. */
  partners: string[];
}

/** One row per country that appears in the records, most records first, then by name. */
export function summariseCountries(records: readonly Pick<RecordDigest, 'kind' | 'countries' | 'openCommitments'>[]): CountrySummary[] {
  const rows = new Map<string, CountrySummary>();
  const partners = new Map<string, Set<string>>();
  for (const record of records) {
    const countries = distinct(record.countries);
    const pending = record.openCommitments;
    for (const code of countries) {
      const row = tally(rows, code, record, () => ({ code, name: countryName(code), agreements: 0, programmes: 0, pending_commitments: 0, partners: [] }));
      row.pending_commitments += pending;
      let theirs = partners.get(code);
      if (theirs === undefined) partners.set(code, (theirs = new Set()));
      for (const other of countries) if (other !== code) theirs.add(other);
    }
  }
  for (const row of rows.values()) row.partners = [...partners.get(row.code)!].sort();
  return [...rows.values()].sort(byCountThenName((row) => row.name));
}
