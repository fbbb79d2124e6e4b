import { agreementExpiry } from '../deadlines/expiry.js';
import type { Agreement, Programme } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { ENDED_AGREEMENT_STATUSES, ENDED_PROGRAMME_STATUSES } from '../vocabulary.js';

/**
 * What the timeline's "To" column says of an agreement: its current status, with the date it
 * ended when the history or its expiry gives one ("terminated 2019-05-14", "expired 2024-12-31").
 */
export function agreementTimelineEnd(agreement: Agreement, asOf: string): string {
  const { status, implied } = currentStatus(agreement, asOf);
  if (!ENDED_AGREEMENT_STATUSES.has(status)) return status;
  const date = implied?.status === status ? implied.event.date : status === 'expired' ? (agreement.expires ?? agreementExpiry(agreement).window?.latest) : undefined;
  return date ? `${status} ${date}` : status;
}

/**
 * What the "To" column says of a programme: its end date, "ongoing (as of)" while active, and
 * how it ended when that was not by completing, or that it is suspended ("2019-06 (withdrawn)").
 */
export function programmeTimelineEnd(programme: Programme, running: boolean, asOf: string): string {
  const to = programme.end ?? (running ? `ongoing (${asOf})` : 'no end given');
  const notable = (ENDED_PROGRAMME_STATUSES.has(programme.status) && programme.status !== 'completed') || programme.status === 'suspended';
  return notable ? `${to} (${programme.status})` : to;
}
