import type { RecordDigest } from './digest/record-digest.js';
import type { CoopRecord } from './generated/record-types.js';
import type { HistoryEventType } from './vocabulary.js';

// The shapes of records that passed their schema are generated from schemas/ (npm run
// generate:types); this module adds what coop computes from them.
export type { Agreement, Commitment, CoopRecord, Due, HistoryEvent, Organisation, Participant, Party, Person, Programme, ProgrammeEvent, Source } from './generated/record-types.js';

/** A valid record and the file it came from. */
export interface StoredRecord {
  file: string;
  record: CoopRecord;
  /** The record's id, when known without reading the record (`coop show` finds a record by it). */
  id?: string;
  /** The country codes the record names, when known without reading the record: a filter on countries may skip it unread. */
  countries?: readonly string[];
  /** What the summaries read of it as of a day, kept by the loader (and its parse cache) so that they need not read the record. */
  digest?(asOf: string): RecordDigest;
  /**
   * firstOpenDue (digest/record-digest.ts) of its digest as of a day, which the parse cache keeps
   * as the digest's note so that it is known without the digest; undefined when it is not known.
   */
  firstOpenDue?(asOf: string): string | undefined;
  /** What a listing shows of it as of a day, when the loader knows that without reading the record. */
  summarise?(asOf: string): RecordSummary | undefined;
}

/** What a line of a listing shows of a record as of a day; `status` is the current one, `date` recordDate's. */
export interface RecordSummary {
  id: string;
  kind: CoopRecord['kind'];
  title: string;
  countries: readonly string[];
  date?: string;
  status: string;
}

/** The countries a record involves: an agreement's parties, a programme's participants. */
export function recordCountries(record: CoopRecord): string[] {
  return record.kind === 'agreement' ? record.parties.map((p) => p.country) : record.countries.map((c) => c.country);
}

/**
 * The fields an agreement's dates are read from. The validate checks read them from records
 * that may have failed their schema, so they are typed loosely and each value is checked.
 */
export interface AgreementDates {
  signed?: unknown;
  entry_into_force?: unknown;
  history?: unknown;
}

/** The fields a commitment's deadline may count from, as loosely as `AgreementDates`. */
export interface AnchorDates extends AgreementDates {
  kind?: unknown;
  start?: unknown;
}

/** A field of an object; undefined for anything else, as `value?.[key]` gives for a primitive. */
const fieldOf = (value: unknown, key: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined);
const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The date of the first event of a type in an agreement's history that has a date. */
function historyDate(agreement: AgreementDates, type: HistoryEventType): string | undefined {
  const event = (Array.isArray(agreement.history) ? agreement.history : []).find((e) => fieldOf(e, 'type') === type && typeof fieldOf(e, 'date') === 'string');
  return stringOrUndefined(fieldOf(event, 'date'));
}

/** When the agreement was signed: signed.date, else the date of the signature in its history. */
export function signedDate(agreement: AgreementDates): string | undefined {
  return stringOrUndefined(fieldOf(agreement.signed, 'date') ?? historyDate(agreement, 'signature'));
}

/** When it entered into force: entry_into_force, else the date of that event in its history. */
export function entryIntoForceDate(agreement: AgreementDates): string | undefined {
  return stringOrUndefined(agreement.entry_into_force ?? historyDate(agreement, 'entry-into-force'));
}

/** The date a commitment's relative deadline counts from, as the record gives it. */
export function anchorDate(record: AnchorDates, from: 'signed' | 'entry_into_force' | 'start'): string | undefined {
  if (record.kind === 'agreement') return from === 'signed' ? signedDate(record) : from === 'entry_into_force' ? entryIntoForceDate(record) : undefined;
  return from === 'start' ? stringOrUndefined(record.start) : undefined;
}

/** The date a record is listed under: an agreement's signing, a programme's start. */
export function recordDate(record: CoopRecord): string | undefined {
  return record.kind === 'agreement' ? signedDate(record) : record.start;
}
