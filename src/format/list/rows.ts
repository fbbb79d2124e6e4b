import { countryName } from '../../core/countries/resolve.js';
import { recordCountries, recordDate, type CoopRecord, type StoredRecord } from '../../core/model.js';

/** What one line of a listing shows of a record. */
export interface ListRow {
  id: string;
  kind: string;
  countries: string[];
  countryNames: string[];
  date: string;
  status: string;
  title: string;
}

/** `status` is the one to show: the current status where the caller has it, else the stated one. */
export function listRow(record: CoopRecord, status: string = record.status): ListRow {
  const countries = recordCountries(record);
  return {
    id: record.id,
    kind: record.kind,
    countries,
    countryNames: countries.map(countryName),
    date: recordDate(record) ?? '',
    status,
    title: record.title,
  };
}

/** A record as JSON output gives it: the stored fields plus the names of its countries. */
export function recordJson({ record }: StoredRecord): Record<string, unknown> {
  const names = Object.fromEntries(recordCountries(record).map((code) => [code, countryName(code)]));
  return { ...record, country_names: names };
}
