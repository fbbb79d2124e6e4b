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
  eachItem(data, 'events', (event, path) => {
    collect(out, [...path, 'from'], event.from);
    collect(out, [...path, 'to'], event.to);
    asArray(event.people).forEach((person, i) => collect(out, [...path, 'people', i, 'country'], asObject(person).country));
  });
  return out;
}

/** Every field of a record that holds a date, with its path. */
export function dateFields(record: LoadedRecord): FieldValue[] {
  const out: FieldValue[] = [];
  const data = record.data;
  collect(out, ['signed', 'date'], asObject(data.signed).date);
  for (const key of ['entry_into_force', 'expires', 'start', 'end']) collect(out, [key], data[key]);
  eachItem(data, 'events', (event, path) => collect(out, [...path, 'date'], event.date));
  eachItem(data, 'commitments', (commitment, path) => {
    collect(out, [...path, 'due', 'date'], asObject(commitment.due).date);
    collect(out, [...path, 'met_on'], commitment.met_on);
  });
  eachItem(data, 'sources', (source, path) => {
    collect(out, [...path, 'published'], source.published);
    collect(out, [...path, 'accessed'], source.accessed);
  });
  return out;
}
