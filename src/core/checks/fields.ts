import type { LoadedRecord } from '../registry/record.js';
import type { FieldPath } from '../yaml/locate.js';
import { asArray, asObject, asString } from './check.js';

export interface FieldValue {
  path: FieldPath;
  value: string;
}

function collect(out: FieldValue[], path: FieldPath, value: unknown): void {
  const text = asString(value);
  if (text !== undefined) out.push({ path, value: text });
}

function eachItem(data: Record<string, unknown>, key: string, visit: (item: Record<string, unknown>, path: FieldPath) => void): void {
  asArray(data[key]).forEach((item, i) => visit(asObject(item), [key, i]));
}

/** Every field of a record that holds a country code, with its path. */
export function countryFields(record: LoadedRecord): FieldValue[] {
  const out: FieldValue[] = [];
  const data = record.data;
  for (const list of ['parties', 'countries', 'signatories']) {
    eachItem(data, list, (item, path) => collect(out, [...path, 'country'], item.country));
  }
  eachItem(data, 'organisations', (organisation, path) => collect(out, [...path, 'country'], organisation.country));
  eachItem(data, 'history', (event, path) => collect(out, [...path, 'party'], event.party));
  eachItem(data, 'events', (event, path) => {
    collect(out, [...path, 'from'], event.from);
    collect(out, [...path, 'to'], event.to);
    collect(out, [...path, 'country'], event.country);
    asArray(event.people).forEach((person, i) => collect(out, [...path, 'people', i, 'country'], asObject(person).country));
  });
  return out;
}

/** Every field of a record that cites a source by id, with its path. */
export function sourceRefFields(record: LoadedRecord): FieldValue[] {
  const out: FieldValue[] = [];
  const data = record.data;
  collect(out, ['status_source'], data.status_source);
  for (const list of ['history', 'events', 'organisations']) eachItem(data, list, (item, path) => collect(out, [...path, 'source'], item.source));
  eachItem(data, 'commitments', (commitment, path) => collect(out, [...path, 'status_source'], commitment.status_source));
  return out;
}

/** Every field of a record that holds a date, with its path. */
export function dateFields(record: LoadedRecord): FieldValue[] {
  const out: FieldValue[] = [];
  const data = record.data;
  collect(out, ['signed', 'date'], asObject(data.signed).date);
  for (const key of ['entry_into_force', 'expires', 'start', 'end', 'status_as_of']) collect(out, [key], data[key]);
  eachItem(data, 'events', (event, path) => collect(out, [...path, 'date'], event.date));
  eachItem(data, 'history', (event, path) => {
    collect(out, [...path, 'date'], event.date);
    collect(out, [...path, 'expires'], event.expires);
  });
  eachItem(data, 'commitments', (commitment, path) => {
    collect(out, [...path, 'due', 'date'], asObject(commitment.due).date);
    collect(out, [...path, 'met_on'], commitment.met_on);
    collect(out, [...path, 'status_as_of'], commitment.status_as_of);
  });
  eachItem(data, 'sources', (source, path) => {
    collect(out, [...path, 'published'], source.published);
    collect(out, [...path, 'accessed'], source.accessed);
  });
  return out;
}
