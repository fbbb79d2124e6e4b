import type { Agreement, CoopRecord } from '../model.js';
import type { AgreementStatus } from '../vocabulary.js';
import { impliedStatus, lifecycleStage, type ImpliedStatus } from './history-status.js';

/**
 * How a stated status and the one its history implies relate:
 * - no-history: no event decides a status, so the stated status stands;
 * - agrees: they are the same;
 * - stated-unknown: status is unknown, so the history gives only the last known status;
 * - history-ahead: the history has moved on (stated signed, history has entry into force): the
 *   history's status is current and the stated one out of date;
 * - history-behind: the stated status is later than anything in the history (stated terminated,
 *   history ends at entry into force): the stated status stands and the history lacks an event;
 * - conflict: both at the same stage but different (expired against terminated): the stated
 *   status stands.
 */
export type StatusRelation = 'no-history' | 'agrees' | 'stated-unknown' | 'history-ahead' | 'history-behind' | 'conflict';

export interface CurrentStatus {
  /** The status coop works with: the stated one, unless the history shows it is out of date. */
  status: string;
  stated: string;
  implied?: ImpliedStatus;
  relation: StatusRelation;
}

/** A record's current status as of a day. Programmes have no history: their stated status stands. */
export function currentStatus(record: CoopRecord, asOf: string): CurrentStatus {
  if (record.kind === 'programme') return { status: record.status, stated: record.status, relation: 'no-history' };
  return agreementStatus(record, asOf);
}

function agreementStatus(agreement: Agreement, asOf: string): CurrentStatus {
  const stated: AgreementStatus = agreement.status;
  const implied = impliedStatus(agreement, asOf);
  if (!implied) return { status: stated, stated, relation: 'no-history' };
  const base = { stated, implied };
  if (stated === implied.status) return { ...base, status: stated, relation: 'agrees' };
  if (stated === 'unknown') return { ...base, status: stated, relation: 'stated-unknown' };
  const ahead = lifecycleStage(implied.status) - lifecycleStage(stated);
  if (ahead > 0) return { ...base, status: implied.status, relation: 'history-ahead' };
  return { ...base, status: stated, relation: ahead < 0 ? 'history-behind' : 'conflict' };
}
