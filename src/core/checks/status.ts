import { isSurelyAfter, realDate, type PartialDate } from '../dates.js';
import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import { asObject, asString, type Check } from './check.js';

/** Warns where a stored status contradicts the record's own dates as of the given day. */
export const checkStatus: Check = ({ records, asOf }) => {
  const today = realDate(asOf);
  if (!today) return [];
  return records.flatMap((record) => (record.kind === 'agreement' ? agreementStatus(record, today) : record.kind === 'programme' ? programmeStatus(record, today) : []));
};

const dateOf = (value: unknown): PartialDate | undefined => {
  const text = asString(value);
  return text === undefined ? undefined : realDate(text);
};

function agreementStatus(record: LoadedRecord, today: PartialDate): Finding[] {
  const { data } = record;
  const status = asString(data.status);
  const signed = dateOf(asObject(data.signed).date);
  const inForce = dateOf(data.entry_into_force);
  const expires = dateOf(data.expires);
  const warn = (path: (string | number)[], message: string): Finding => record.finding(path, 'status-date', message);
  const findings: Finding[] = [];
  if (status === 'negotiating' && signed) findings.push(warn(['status'], 'status is negotiating but the agreement has a signing date; set status: signed (or in-force)'));
  if (status !== 'negotiating' && signed && isSurelyAfter(signed, today)) findings.push(warn(['signed', 'date'], 'the signing date is in the future; set status: negotiating until it is signed'));
  if (status === 'in-force' && inForce && isSurelyAfter(inForce, today)) findings.push(warn(['status'], 'status is in-force but entry_into_force is in the future; set status: signed until then'));
  if ((status === 'signed' || status === 'in-force') && expires && isSurelyAfter(today, expires)) findings.push(warn(['status'], `status is ${status} but the agreement expired on ${String(data.expires)}; set status: expired`));
  if (status === 'expired' && !expires) findings.push(warn(['status'], 'status is expired but no expires date is given; add expires, or use terminated'));
  if (status === 'expired' && expires && isSurelyAfter(expires, today)) findings.push(warn(['status'], `status is expired but expires (${String(data.expires)}) is in the future; fix the status or the date`));
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
  if (status === 'completed' && end && isSurelyAfter(end, today)) findings.push(warn(`status is completed but end (${String(data.end)}) is in the future; fix the status or the date`));
  return findings;
}
