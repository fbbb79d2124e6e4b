import { calendarProblem, isSurelyAfter, parsePartialDate, realDate, type PartialDate } from '../dates.js';
import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import type { FieldPath } from '../yaml/locate.js';
import { fieldName } from '../yaml/locate.js';
import { asObject, asString, type RecordCheck } from './check.js';
import { dateFields } from './fields.js';

/** Dates exist in the calendar, and a record's dates come in their natural order. */
export const dateFindings: RecordCheck = (record) => [...impossibleDates(record), ...dateOrder(record)];

function impossibleDates(record: LoadedRecord): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of dateFields(record)) {
    const date = parsePartialDate(value);
    const problem = date && calendarProblem(date);
    if (problem) findings.push(record.finding(path, 'invalid-date', `${fieldName(path)} is "${value}", which is not a real date: ${problem}`));
  }
  return findings;
}

interface Dated {
  path: FieldPath;
  text: string;
  date: PartialDate;
}

function dated(record: LoadedRecord, path: FieldPath, value: unknown): Dated | undefined {
  const text = asString(value);
  const date = text === undefined ? undefined : realDate(text);
  return date && text ? { path, text, date } : undefined;
}

/** Each list is a sequence that must not go backwards; unknown dates are skipped. */
function orderedSequences(record: LoadedRecord): (Dated | undefined)[][] {
  const data = record.data;
  return [
    [dated(record, ['signed', 'date'], asObject(data.signed).date), dated(record, ['entry_into_force'], data.entry_into_force), dated(record, ['expires'], data.expires)],
    [dated(record, ['start'], data.start), dated(record, ['end'], data.end)],
  ];
}

function dateOrder(record: LoadedRecord): Finding[] {
  const findings: Finding[] = [];
  for (const sequence of orderedSequences(record)) {
    const known = sequence.filter((d): d is Dated => d !== undefined);
    for (let later = 1; later < known.length; later++) {
      for (let earlier = 0; earlier < later; earlier++) {
        const a = known[earlier]!;
        const b = known[later]!;
        if (isSurelyAfter(a.date, b.date)) {
          findings.push(record.finding(b.path, 'date-order', `${fieldName(b.path)} (${b.text}) is before ${fieldName(a.path)} (${a.text}); check both dates`));
        }
      }
    }
  }
  return findings;
}
