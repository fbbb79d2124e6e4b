import { countryName } from '../countries/resolve.js';
import { collectDeadlines } from '../deadlines/collect.js';
import { digestOf } from '../digest/record-digest.js';
import { agreementExpiry, type Expiry } from '../deadlines/expiry.js';
import { selectDeadlines, type TimedDeadline } from '../deadlines/timing.js';
import type { Agreement, Commitment, CoopRecord, Programme, StoredRecord } from '../model.js';
import type { CountrySummary } from '../query/country-summary.js';
import { currentStatus } from '../status/current-status.js';
import { partnersOf } from './partners.js';
import { recordFiles } from './record-files.js';
import type { Linked, TimelineEntry } from './registry-report-data.js';
import { timelineBars } from './timeline.js';
import { compareText } from '../text/compare-text.js';

export interface ProfileRecord<R extends CoopRecord> extends Linked {
  record: R;
  /** The current status as of the profile's day. */
  status: string;
}

export interface ProfileAgreement extends ProfileRecord<Agreement> {
  expiry: Expiry;
}

export interface ProfileCommitment extends Linked {
  record: CoopRecord;
  commitment: Commitment;
  /** Its deadline timed as of the profile's day; undefined when it has none. */
  deadline?: TimedDeadline;
}

/** Everything `coop report --country` says of one country, computed; format/report only renders it. */
export interface CountryProfileData {
  code: string;
  name: string;
  asOf: string;
  partners: CountrySummary[];
  timeline: TimelineEntry[];
  /** By id. */
  agreements: ProfileAgreement[];
  /** By id. */
  programmes: ProfileRecord<Programme>[];
  /** Every commitment of the records, in the records' order. */
  commitments: ProfileCommitment[];
}

export interface ProfileInput {
  code: string;
  /** The records this country takes part in (already filtered). */
  records: readonly StoredRecord[];
  asOf: string;
  /** The look-ahead deadlines are timed with, ISO 8601 (P90D). */
  within: string;
}

export function countryProfileData({ code, records, asOf, within }: ProfileInput): CountryProfileData {
  const plain = records.map((r) => r.record);
  const digests = records.map((r) => digestOf(r, asOf));
  const fileOf = recordFiles(records, digests);
  const byId = (a: CoopRecord, b: CoopRecord): number => compareText(a.id, b.id);
  const profiled = <R extends CoopRecord>(record: R): ProfileRecord<R> => ({ record, file: fileOf(record.id), status: currentStatus(record, asOf).status });
  const agreements = plain.filter((r): r is Agreement => r.kind === 'agreement').sort(byId);
  const programmes = plain.filter((r): r is Programme => r.kind === 'programme').sort(byId);
  // Each commitment's deadline, the first one when a record repeats an id.
  const deadlines = new Map<string, TimedDeadline>();
  for (const d of selectDeadlines(collectDeadlines(records, asOf), { asOf, within, all: true })) {
    const key = `${d.record.id}\0${d.item}`;
    if (d.type === 'commitment' && !deadlines.has(key)) deadlines.set(key, d);
  }
  return {
    code,
    name: countryName(code),
    asOf,
    partners: partnersOf(code, digests),
    timeline: timelineBars(digests, fileOf),
    agreements: agreements.map((a) => ({ ...profiled(a), expiry: agreementExpiry(a, asOf) })),
    programmes: programmes.map(profiled),
    commitments: plain.flatMap((record) =>
      (record.commitments ?? []).map((commitment) => ({ record, commitment, file: fileOf(record.id), deadline: deadlines.get(`${record.id}\0${commitment.id}`) })),
    ),
  };
}
