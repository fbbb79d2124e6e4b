import { isSurelyAfter, realDate } from '../dates.js';
import type { Agreement, HistoryEvent } from '../model.js';
import type { AgreementStatus, HistoryEventType } from '../vocabulary.js';

/** The status each kind of event leaves an agreement in; events not listed leave it as it was. */
export const STATUS_AFTER_EVENT: Readonly<Partial<Record<HistoryEventType, AgreementStatus>>> = {
  signature: 'signed',
  'entry-into-force': 'in-force',
  renewal: 'in-force',
  resumption: 'in-force',
  suspension: 'suspended',
  termination: 'terminated',
  expiry: 'expired',
  supersession: 'superseded',
  withdrawal: 'withdrawn',
  denunciation: 'denounced',
};

/** The status an agreement's history implies, and the event that set it. */
export interface ImpliedStatus {
  status: AgreementStatus;
  event: HistoryEvent;
  /** The event's index in history, for messages that point at it. */
  index: number;
}

/**
 * The status the latest status-changing event of the history leaves the agreement in, as of a day.
 * Events are taken in the order listed (oldest first); an event surely after `asOf` has not
 * happened yet and is skipped. A withdrawal or denunciation by one party ends the agreement only
 * once fewer than two parties remain (one without a party ends it for all). Undefined when no
 * event decides a status.
 */
export function impliedStatus(agreement: Agreement, asOf: string): ImpliedStatus | undefined {
  const today = realDate(asOf);
  const remaining = new Set(agreement.parties.map((p) => p.country));
  let implied: ImpliedStatus | undefined;
  (agreement.history ?? []).forEach((event, index) => {
    const date = event.date === undefined ? undefined : realDate(event.date);
    if (date && today && isSurelyAfter(date, today)) return;
    if (event.type === 'withdrawal' || event.type === 'denunciation') {
      if (event.party) remaining.delete(event.party);
      else remaining.clear();
      if (remaining.size >= 2) return;
    }
    const status = STATUS_AFTER_EVENT[event.type];
    if (status) implied = { status, event, index };
  });
  return implied;
}

/** How far along the lifecycle a status is: negotiating, signed, in force or suspended, ended. */
export function lifecycleStage(status: AgreementStatus): number {
  switch (status) {
    case 'negotiating':
      return 0;
    case 'signed':
      return 1;
    case 'in-force':
    case 'suspended':
      return 2;
    case 'unknown':
      return -1;
    default:
      return 3;
  }
}
