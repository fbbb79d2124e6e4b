import { isSurelyAfter, realDate, type PartialDate } from '../dates.js';
import { compareDays } from '../deadlines/calendar.js';
import { agreementExpiry, type Expiry } from '../deadlines/expiry.js';
import type { Finding } from '../findings.js';
import type { Agreement } from '../model.js';
import type { LoadedRecord } from '../registry/record.js';
import { ENDED_PROGRAMME_STATUSES } from '../vocabulary.js';
import { asArray, asObject, asString, type RecordDayCheck } from './check.js';

/** Warns where a stored status contradicts the record's own dates as of the given day. */
export const statusFindings: RecordDayCheck = (record, asOf) => {
  const today = realDate(asOf);
  if (!today) return [];
  return record.kind === 'agreement' ? agreementStatus(record, today, asOf) : record.kind === 'programme' ? programmeStatus(record, today) : [];
};

const dateOf = (value: unknown): PartialDate | undefined => {
  const text = asString(value);
  return text === undefined ? undefined : realDate(text);
};

/** The current expiry (stated, computed from a term, or from the latest renewal); empty when the fields cannot be read. */
function expiryOf(record: LoadedRecord, asOf: string): Expiry {
  try {
    return agreementExpiry(record.data as unknown as Agreement, asOf);
  } catch {
    return {};
  }
}

function agreementStatus(record: LoadedRecord, today: PartialDate, asOf: string): Finding[] {
  const { data } = record;
  const status = asString(data.status);
  const signed = dateOf(asObject(data.signed).date);
  const inForce = dateOf(data.entry_into_force);
  const expiry = expiryOf(record, asOf);
  const stated = expiry.stated === true;
  const expiresText = stated ? String(data.expires) : expiry.window && `${expiry.window.latest} (${expiry.basis})`;
  const expired = expiry.window !== undefined && compareDays(expiry.window.latest, asOf) < 0;
  const expiresLater = expiry.window !== undefined && compareDays(expiry.window.earliest, asOf) > 0;
  const expiryInHistory = asArray(data.history).some((event) => asObject(event).type === 'expiry');
  const warn = (path: (string | number)[], message: string): Finding => record.finding(path, 'status-date', message);
  const findings: Finding[] = [];
  if (status === 'negotiating' && signed) findings.push(warn(['status'], 'status is negotiating but the agreement has a signing date; set status: signed (or in-force)'));
  if (status !== 'negotiating' && signed && isSurelyAfter(signed, today)) findings.push(warn(['signed', 'date'], 'the signing date is in the future; set status: negotiating until it is signed'));
  if (status === 'in-force' && inForce && isSurelyAfter(inForce, today)) findings.push(warn(['status'], 'status is in-force but entry_into_force is in the future; set status: signed until then'));
  if ((status === 'signed' || status === 'in-force') && expired) findings.push(warn(['status'], `status is ${status} but the agreement expired on ${expiresText}; set status: expired${stated ? '' : ', or record its renewal in history'}`));
  if (status === 'expired' && !expiry.window && !expiryInHistory) findings.push(warn(['status'], 'status is expired but no expires date is given; add expires, or use terminated'));
  if (status === 'expired' && expiresLater) findings.push(warn(['status'], `status is expired but ${stated ? `expires (${String(data.expires)})` : `the current term runs to ${expiresText}`} is in the future; fix the status or the date`));
  return findings;
}

function programmeStatus(record: LoadedRecord, today: PartialDate): Finding[] {
  const { data } = record;
  const status = asString(data.status);
  const start = dateOf(data.start);
  const end = dateOf(data.end);
  const warn = (message: string): Finding => record.finding(['status'], 'status-date', message);
  const findings: Finding[] = [];
  if (status === 'planned' && start && isSurelyAfter(today, start)) findings.push(warn(`status is planned but the programme started ${String(data.start)}; set status: active (or completed)`));
  if (status === 'active' && start && isSurelyAfter(start, today)) findings.push(warn(`status is active but the programme starts ${String(data.start)}; set status: planned`));
  if (status === 'active' && end && isSurelyAfter(today, end)) findings.push(warn(`status is active but the programme ended ${String(data.end)}; set status: completed`));
  if (status !== undefined && status !== 'cancelled' && ENDED_PROGRAMME_STATUSES.has(status) && end && isSurelyAfter(end, today)) findings.push(warn(`status is ${status} but end (${String(data.end)}) is in the future; fix the status or the date`));
  return findings;
}
