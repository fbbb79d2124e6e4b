import type { Agreement, CoopRecord } from './generated/record-types.js';
import type { HistoryEventType } from './vocabulary.js';

// The shapes of records that passed their schema are generated from schemas/ (npm run
// generate:types); this module adds what coop computes from them.
export type { Agreement, Commitment, CoopRecord, Due, HistoryEvent, Organisation, Participant, Party, Person, Programme, ProgrammeEvent, Source } from './generated/record-types.js';

/** A valid record and the file it came from. */
export interface StoredRecord {
  file: string;
  record: CoopRecord;
}

/** The countries a record involves: an agreement's parties, a programme's participants. */
export function recordCountries(record: CoopRecord): string[] {
  return record.kind === 'agreement' ? record.parties.map((p) => p.country) : record.countries.map((c) => c.country);
}

/** The date of the first event of a type in an agreement's history that has a date. */
function historyDate(agreement: Agreement, type: HistoryEventType): string | undefined {
  return (Array.isArray(agreement.history) ? agreement.history : []).find((event) => event?.type === type && typeof event.date === 'string')?.date;
}

/** When the agreement was signed: signed.date, else the date of the signature in its history. */
export function signedDate(agreement: Agreement): string | undefined {
  return agreement.signed?.date ?? historyDate(agreement, 'signature');
}

/** When it entered into force: entry_into_force, else the date of that event in its history. */
export function entryIntoForceDate(agreement: Agreement): string | undefined {
  return agreement.entry_into_force ?? historyDate(agreement, 'entry-into-force');
}

/** The date a commitment's relative deadline counts from, as the record gives it. */
export function anchorDate(record: CoopRecord, from: 'signed' | 'entry_into_force' | 'start'): string | undefined {
  if (record.kind === 'agreement') return from === 'signed' ? signedDate(record) : from === 'entry_into_force' ? entryIntoForceDate(record) : undefined;
  return from === 'start' ? record.start : undefined;
}

/** The date a record is listed under: an agreement's signing, a programme's start. */
export function recordDate(record: CoopRecord): string | undefined {
  return record.kind === 'agreement' ? signedDate(record) : record.start;
}
