import { earliestDay, latestDay, realDate, type PartialDate } from '../dates.js';
import { recordCountries, recordDate, type CoopRecord, type StoredRecord } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { foldForSearch } from '../text/normalise.js';
import { AREAS } from '../vocabulary.js';

/** What to keep. Each list is OR'ed within itself; different fields are AND'ed. Empty means any. */
export interface RecordFilter {
  countries?: readonly string[];
  kinds?: readonly string[];
  statuses?: readonly string[];
  areas?: readonly string[];
  instruments?: readonly string[];
  modalities?: readonly string[];
  /** Keep records whose date may fall on or after this day. */
  since?: PartialDate;
  /** Keep records whose date may fall on or before this day. */
  until?: PartialDate;
  /** Keep records whose text holds every word of any of these. */
  search?: readonly string[];
  /** With it, statuses match the current status (derived from an agreement's history); without it, the stored one. */
  asOf?: string;
}

const any = <T>(wanted: readonly T[] | undefined, test: (value: T) => boolean): boolean => !wanted?.length || wanted.some(test);

/** The records the filter keeps; one whose countries are known and not wanted is not read at all. */
export function filterRecords<R extends StoredRecord>(records: readonly R[], filter: RecordFilter): R[] {
  const wanted = filter.countries?.length ? filter.countries : undefined;
  // With no filter past the countries, a record whose countries are known need not be read at all.
  const countriesOnly = onlyCountries(filter);
  return records.filter((stored) => {
    if (!stored.countries) return matchesFilter(stored.record, filter);
    return (!wanted || stored.countries.some((c) => wanted.includes(c))) && (countriesOnly || matchesFilter(stored.record, filter));
  });
}

/** Whether the filter asks for nothing but countries: any other field given, including one added later, counts as a filter. */
function onlyCountries(filter: RecordFilter): boolean {
  return Object.entries(filter).every(([field, value]) => field === 'countries' || field === 'asOf' || value === undefined || (Array.isArray(value) && value.length === 0));
}

export function matchesFilter(record: CoopRecord, filter: RecordFilter): boolean {
  return (
    any(filter.countries, (c) => recordCountries(record).includes(c)) &&
    any(filter.kinds, (k) => record.kind === k) &&
    any(filter.statuses, (s) => (filter.asOf === undefined ? record.status : currentStatus(record, filter.asOf).status) === s) &&
    any(filter.areas, (a) => (record.areas as readonly string[] | undefined)?.includes(a) === true) &&
    any(filter.instruments, (i) => record.kind === 'agreement' && record.instrument === i) &&
    any(filter.modalities, (m) => record.kind === 'programme' && (record.modalities as readonly string[]).includes(m)) &&
    inPeriod(record, filter.since, filter.until) &&
    any(filter.search, (text) => matchesText(record, text))
  );
}

/** A partial date matches when the span of days it may mean overlaps the range. */
function inPeriod(record: CoopRecord, since: PartialDate | undefined, until: PartialDate | undefined): boolean {
  if (!since && !until) return true;
  const text = recordDate(record);
  const date = text === undefined ? undefined : realDate(text);
  if (!date) return false;
  return (!since || latestDay(date) >= earliestDay(since)) && (!until || earliestDay(date) <= latestDay(until));
}

function matchesText(record: CoopRecord, text: string): boolean {
  const haystack = foldForSearch(searchableText(record).join(' \n '));
  return foldForSearch(text)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** Title, areas, notes, organisations, people and places: what --search looks through. */
export function searchableText(record: CoopRecord): string[] {
  const parts: (string | undefined)[] = [record.id, record.title, record.notes];
  for (const area of record.areas ?? []) parts.push(area, AREAS[area]?.label);
  for (const commitment of record.commitments ?? []) parts.push(commitment.text);
  for (const organisation of record.organisations ?? []) parts.push(organisation.name);
  const people = record.kind === 'agreement' ? (record.signatories ?? []) : (record.events ?? []).flatMap((e) => e.people ?? []);
  for (const person of people) parts.push(person.name, person.role);
  if (record.kind === 'agreement') parts.push(record.signed?.place);
  else for (const event of record.events ?? []) parts.push(event.description, ...(event.sites ?? []).map((s) => s.name));
  return parts.filter((p): p is string => p !== undefined);
}
