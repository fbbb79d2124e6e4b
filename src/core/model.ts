import type { AgreementStatus, Area, CommitmentStatus, Instrument, Modality, ProgrammeStatus } from './vocabulary.js';

// The shapes of records that passed their schema (see schemas/). Optional fields are the ones
// a source may not give.

export interface Source {
  title: string;
  publisher?: string;
  via?: string;
  url?: string;
  published?: string;
  accessed?: string;
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
}

interface RecordBase {
  id: string;
  title: string;
  areas?: Area[];
  commitments?: Commitment[];
  sources: Source[];
  notes?: string;
}

export interface Agreement extends RecordBase {
  kind: 'agreement';
  instrument: Instrument;
  legal_nature?: 'binding' | 'non-binding' | 'unknown';
  parties: { country: string }[];
  signatories?: Person[];
  signed?: { date?: string; place?: string };
  entry_into_force?: string;
  expires?: string;
  validity?: { duration?: string; renewal?: 'automatic' | 'negotiated' | 'none' | 'unknown'; notice?: string };
  status: AgreementStatus;
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
}

export interface Programme extends RecordBase {
  kind: 'programme';
  modalities: Modality[];
  countries: { country: string; role: 'provider' | 'recipient' | 'partner' }[];
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

/** The date a commitment's relative deadline counts from, as the record gives it. */
export function anchorDate(record: CoopRecord, from: 'signed' | 'entry_into_force' | 'start'): string | undefined {
  if (record.kind === 'agreement') return from === 'signed' ? record.signed?.date : from === 'entry_into_force' ? record.entry_into_force : undefined;
  return from === 'start' ? record.start : undefined;
}

/** The date a record is listed under: an agreement's signing, a programme's start. */
export function recordDate(record: CoopRecord): string | undefined {
  return record.kind === 'agreement' ? record.signed?.date : record.start;
}
