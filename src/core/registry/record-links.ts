import { signedDate, type AgreementDates } from '../model.js';
import { areStrings, isObject, isOptionalString, isString } from '../shape.js';

/**
 * The few fields of a record that are read across all records: its id, the kind it declares and
 * the ids it refers to, which the cross-record checks read, and the countries it names, which
 * queries filter on. They are kept beside each cached record, so that a warm run checks ids and
 * references, and picks a country's records, without reading any other record's data.
 */
export interface RecordLinks {
  id?: string;
  /** The kind the record declares, when it is text. */
  kind?: string;
  /** A programme's `agreement`. */
  agreement?: string;
  /** The `record` of history events that name one: [index in history, id]. */
  historyRecords?: [number, string][];
  /** Every text `country` of `parties` and `countries`: of a valid record, the countries it involves. */
  countries?: string[];
}

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring
 * as a view of its parent string, so an id read from a file would keep the whole file's text
 * alive for as long as the record's links live, after the rest of the record has been let go.
 * Below 13 characters V8 copies a substring anyway (country codes, most kinds). The copy goes
 * through UTF-16, which keeps every code unit as it is, lone surrogates included.
 */
const ownCopy = (text: string): string => (text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le'));

export function linksOf(data: Record<string, unknown>): RecordLinks {
  const links: RecordLinks = {};
  if (typeof data.id === 'string') links.id = ownCopy(data.id);
  if (typeof data.kind === 'string') links.kind = ownCopy(data.kind);
  if (typeof data.agreement === 'string') links.agreement = ownCopy(data.agreement);
  if (Array.isArray(data.history)) {
    const named: [number, string][] = [];
    data.history.forEach((event: unknown, index) => {
      const record = event !== null && typeof event === 'object' ? (event as Record<string, unknown>).record : undefined;
      if (typeof record === 'string') named.push([index, ownCopy(record)]);
    });
    if (named.length > 0) links.historyRecords = named;
  }
  const countries = [...countryCodes(data.parties), ...countryCodes(data.countries)];
  if (countries.length > 0) links.countries = countries;
  return links;
}

function countryCodes(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const country = item !== null && typeof item === 'object' ? (item as Record<string, unknown>).country : undefined;
    return typeof country === 'string' ? [ownCopy(country)] : [];
  });
}

/** Whether a value read back from a cache has the shape of `RecordLinks`. */
export function isRecordLinks(value: unknown): value is RecordLinks {
  if (!isObject(value)) return false;
  const { id, kind, agreement, historyRecords, countries } = value;
  if (!isOptionalString(id) || !isOptionalString(kind) || !isOptionalString(agreement)) return false;
  if (countries !== undefined && !areStrings(countries)) return false;
  return historyRecords === undefined || (Array.isArray(historyRecords) && historyRecords.every((pair) => Array.isArray(pair) && pair.length === 2 && Number.isInteger(pair[0]) && typeof pair[1] === 'string'));
}

/** What a listing shows of a record that its content alone gives; kept apart from the links, which every run reads. */
export interface RecordListing {
  title: string;
  /** Its date as a listing shows it (recordDate: signing or start), when there is one. */
  date?: string;
}

/** A record's listing; undefined when its title is not text (it then fails its schema). */
export function recordListing(data: Record<string, unknown>): RecordListing | undefined {
  if (typeof data.title !== 'string') return undefined;
  // recordDate's rule on data not yet known to pass its schema (so not typed as a record): each value is checked.
  const date = data.kind === 'agreement' ? signedDate(data as AgreementDates) : data.start;
  return typeof date === 'string' ? { title: data.title, date } : { title: data.title };
}

/** Whether a value read back from a cache has the shape of `RecordListing`. */
export function isRecordListing(value: unknown): value is RecordListing {
  return isObject(value) && isString(value.title) && isOptionalString(value.date);
}
