import type { StoredRecord } from '../model.js';
import { countryProfileData, type CountryProfileData } from './country-profile-data.js';
import { registryReportData, type RegistryReportData } from './registry-report-data.js';

/** What `coop report` covers: the whole (filtered) registry, or with one country its profile. */
export type ReportData = { scope: 'registry'; registry: RegistryReportData } | { scope: 'country'; country: CountryProfileData };

export interface ReportRequest {
  /** The records the report covers (already filtered). */
  records: readonly StoredRecord[];
  asOf: string;
  /** The deadlines' look-ahead, ISO 8601 (P90D). */
  within: string;
  /** An alpha-2 code for a country profile. */
  country?: string;
}

export function reportData({ records, asOf, within, country }: ReportRequest): ReportData {
  if (country) return { scope: 'country', country: countryProfileData({ code: country, records, asOf, within }) };
  return { scope: 'registry', registry: registryReportData({ records, asOf, within }) };
}
