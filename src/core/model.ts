import type { AgreementStatus, Area, CommitmentStatus, CountryRole, HistoryEventType, Instrument, Modality, OrganisationRole, OrganisationType, ProgrammeStatus } from './vocabulary.js';

// The shapes of records that passed their schema (see schemas/). Optional fields are the ones
// a source may not give.

export interface Source {
  /** Cited by history events, statuses, commitments and organisations. */
  id?: string;
  title: string;
  publisher?: string;
  via?: string;
  url?: string;
  published?: string;
  accessed?: string;
  archive_url?: string;
  /** BCP 47 language tag. */
  language?: string;
  title_translation?: string;
}

export interface Organisation {
  name: string;
  role: OrganisationRole;
  type?: OrganisationType;
  /** The country it belongs to or implements for; not a participant for that. */
  country?: string;
  source?: string;
}

export interface Person {
  name?: string;
  role?: string;
  country: string;
}

export interface Due {
  date?: string;
  within?: string;
  from?: 'signed' | 'entry_into_force' | 'start';
}

export interface Commitment {
  id: string;
  text: string;
  basis?: string;
  due?: Due;
  status: CommitmentStatus;
  met_on?: string;
  /** A source says it was met, but not when. */
  met_on_unknown?: true;
  status_as_of?: string;
  status_source?: string;
}

interface RecordBase {
  id: string;
  title: string;
  title_descriptive?: boolean;
  status_as_of?: string;
  status_source?: string;
  organisations?: Organisation[];
  areas?: Area[];
  commitments?: Commitment[];
  sources: Source[];
  notes?: string;
}

export interface Agreement extends RecordBase {
  kind: 'agreement';
  instrument: Instrument;
  legal_nature?: 'binding' | 'non-binding' | 'unknown';
  parties: { country: string; role?: CountryRole }[];
  signatories?: Person[];
  signed?: { date?: string; place?: string };
  entry_into_force?: string;
  expires?: string;
  validity?: { duration?: string; renewal?: 'automatic' | 'negotiated' | 'none' | 'unknown'; notice?: string };
  status: AgreementStatus;
  history?: HistoryEvent[];
}

/** One event in an agreement's life; the latest that changes the status gives the derived status. */
export interface HistoryEvent {
  type: HistoryEventType;
  date?: string;
  /** The party that acted alone. */
  party?: string;
  place?: string;
  /** A renewal's term, when it differs from validity.duration. */
  duration?: string;
  /** A renewal's new expiry, when stated. */
  expires?: string;
  /** The agreement that supersedes or amends this one. */
  record?: string;
  description?: string;
  source?: string;
}

export interface ProgrammeEvent {
  type: string;
  description: string;
  date?: string;
  duration?: string;
  from?: string;
  to?: string;
  size?: number;
  sites?: { name: string; type?: string }[];
  people?: Person[];
  /** The participating country the event concerns (who withdrew, who took over). */
  country?: string;
  source?: string;
}

export interface Programme extends RecordBase {
  kind: 'programme';
  modalities: Modality[];
  countries: { country: string; role: CountryRole }[];
  agreement?: string;
  start?: string;
  end?: string;
  status: ProgrammeStatus;
  events?: ProgrammeEvent[];
}

export type CoopRecord = Agreement | Programme;

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
