import { isSurelyAfter, realDate, type PartialDate } from '../dates.js';
import type { Finding } from '../findings.js';
import type { Agreement, HistoryEvent } from '../model.js';
import type { LoadedRecord } from '../registry/record.js';
import { currentStatus } from '../status/current-status.js';
import { AGREEMENT_STATUSES, HISTORY_EVENT_TYPES, type AgreementStatus } from '../vocabulary.js';
import { asArray, asObject, asString, type RecordDayCheck } from './check.js';

/**
 * An agreement's history is oldest first, names only its own parties, and agrees with its status;
 * a status is not known as of a day still to come.
 */
export const historyFindings: RecordDayCheck = (record, asOf) => [...statusAsOf(record, asOf), ...(record.kind === 'agreement' ? agreementHistoryFindings(record, asOf) : [])];

function statusAsOf(record: LoadedRecord, asOf: string): Finding[] {
  const text = asString(record.data.status_as_of);
  const date = text === undefined ? undefined : realDate(text);
  const today = realDate(asOf);
  if (!date || !today || !isSurelyAfter(date, today)) return [];
  return [record.finding(['status_as_of'], 'future-date', `status_as_of (${text}) is after ${asOf}; a status can only be known as of a day that has come`)];
}

function agreementHistoryFindings(record: LoadedRecord, asOf: string): Finding[] {
  const findings: Finding[] = [];
  const parties = asArray(record.data.parties).map((p) => asString(asObject(p).country)).filter((c): c is string => c !== undefined);
  let previous: { date: PartialDate; text: string; index: number } | undefined;
  asArray(record.data.history).forEach((item, index) => {
    const event = asObject(item);
    const party = asString(event.party);
    if (party !== undefined && parties.length > 0 && !parties.includes(party)) {
      findings.push(record.finding(['history', index, 'party'], 'dangling-reference', `history[${index}].party is ${party}, which is not one of the parties (${parties.join(', ')}); add it to parties or correct the code`));
    }
    const text = asString(event.date);
    const date = text === undefined ? undefined : realDate(text);
    if (!date || !text) return;
    if (previous && isSurelyAfter(previous.date, date)) {
      findings.push(record.finding(['history', index, 'date'], 'date-order', `history[${index}].date (${text}) is before history[${previous.index}].date (${previous.text}); list events oldest first, or check both dates`));
    }
    previous = { date, text, index };
  });
  // Only history events imply a status: without any, there is nothing to compare.
  if (asArray(record.data.history).length === 0) return findings;
  const agreement = readAgreement(record);
  if (!agreement) return findings;
  const status = currentStatus(agreement, asOf);
  const implied = status.implied;
  if (!implied || status.relation === 'agrees' || status.relation === 'stated-unknown' || status.relation === 'no-history') return findings;
  const event = `${eventText(implied.event)} (history[${implied.index}])`;
  const message =
    status.relation === 'history-ahead'
      ? `status is ${status.stated} but the history records ${event}, which makes it ${implied.status}; set status: ${implied.status}`
      : status.relation === 'history-behind'
        ? `status is ${status.stated} but the latest event in history that changes the status is ${event}, which leaves it ${implied.status}; add the event that made it ${status.stated} to history`
        : `status is ${status.stated} but the history says ${implied.status} after ${event}; correct one of them`;
  findings.push(record.finding(['status'], 'status-history', message));
  return findings;
}

export function eventText(event: HistoryEvent): string {
  const what = event.type.replace(/-/g, ' ');
  return `${what}${event.party ? ` by ${event.party}` : ''}${event.date ? ` ${event.date.length === 10 ? 'on' : 'in'} ${event.date}` : ''}`;
}

/** The fields the status derivation reads, when they have the right shape; undefined otherwise. */
function readAgreement(record: LoadedRecord): Agreement | undefined {
  const status = asString(record.data.status);
  if (!AGREEMENT_STATUSES.includes(status as AgreementStatus)) return undefined;
  const parties = asArray(record.data.parties).flatMap((p) => {
    const country = asString(asObject(p).country);
    return country === undefined ? [] : [{ country }];
  });
  const history = asArray(record.data.history).flatMap((item): HistoryEvent[] => {
    const event = asObject(item);
    const type = asString(event.type);
    if (!HISTORY_EVENT_TYPES.includes(type as HistoryEvent['type'])) return [];
    return [{ type: type as HistoryEvent['type'], date: asString(event.date), party: asString(event.party) }];
  });
  return { ...(record.data as object), kind: 'agreement', status: status as AgreementStatus, parties, history } as Agreement;
}
