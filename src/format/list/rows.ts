import { countryName } from '../../core/countries/resolve.js';
import { recordCountries, type RecordSummary, type StoredRecord } from '../../core/model.js';

/** What one line of a listing shows of a record. */
export interface ListRow {
  id: string;
  kind: string;
  countries: readonly string[];
  countryNames: string[];
  date: string;
  status: string;
  title: string;
}

export function listRow({ id, kind, countries, date, status, title }: RecordSummary): ListRow {
  return { id, kind, countries, countryNames: countries.map(countryName), date: date ?? '', status, title };
}

/** A record as JSON output gives it: the stored fields plus the names of its countries. */
export function recordJson({ record }: StoredRecord): Record<string, unknown> {
  const names = Object.fromEntries(recordCountries(record).map((code) => [code, countryName(code)]));
  return { ...record, country_names: names };
}
