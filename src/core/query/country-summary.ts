import { countryName } from '../countries/resolve.js';
import { recordCountries, type CoopRecord } from '../model.js';

export interface CountrySummary {
  code: string;
  name: string;
  agreements: number;
  programmes: number;
  /** Commitments still pending in the records this country takes part in. */
  pending_commitments: number;
  /** The other countries it shares records with, by code. */
  partners: string[];
}

/** One row per country that appears in the records, most records first, then by name. */
export function summariseCountries(records: readonly CoopRecord[]): CountrySummary[] {
  const rows = new Map<string, CountrySummary>();
  for (const record of records) {
    const countries = [...new Set(recordCountries(record))];
    const pending = (record.commitments ?? []).filter((c) => c.status === 'pending').length;
    for (const code of countries) {
      const row = rows.get(code) ?? { code, name: countryName(code), agreements: 0, programmes: 0, pending_commitments: 0, partners: [] };
      if (record.kind === 'agreement') row.agreements++;
      else row.programmes++;
      row.pending_commitments += pending;
      row.partners = [...new Set([...row.partners, ...countries.filter((c) => c !== code)])].sort();
      rows.set(code, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.agreements + b.programmes - (a.agreements + a.programmes) || a.name.localeCompare(b.name));
}
