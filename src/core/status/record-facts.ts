import { agreementExpiry } from '../deadlines/expiry.js';
import type { CoopRecord } from '../model.js';
import { crsCodesOf } from '../vocabulary.js';
import { currentStatus } from './current-status.js';

/**
 * What coop works out about a record, beside what is stored: the CRS purpose codes of its areas,
 * its current status, and for an agreement its current expiry or why it is unknown. `coop show
 * --format json` adds these keys to the stored record; their shape is documented in the README.
 */
export function recordFacts(record: CoopRecord, asOf: string): Record<string, unknown> {
  const status = currentStatus(record, asOf);
  const facts: Record<string, unknown> = {
    crs_codes: crsCodesOf(record.areas ?? []),
    current_status: {
      status: status.status,
      stated: status.stated,
      relation: status.relation,
      ...(status.implied ? { history: { status: status.implied.status, event: status.implied.index, type: status.implied.event.type, ...(status.implied.event.date ? { date: status.implied.event.date } : {}) } } : {}),
      ...(record.status_as_of ? { as_of: record.status_as_of } : {}),
      ...(record.status_source ? { source: record.status_source } : {}),
    },
  };
  if (record.kind === 'agreement') {
    const expiry = agreementExpiry(record, asOf);
    if (expiry.window) facts.expiry = { due: expiry.window.earliest, due_latest: expiry.window.latest, basis: expiry.basis };
    else if (expiry.unknown) facts.expiry = { unknown: expiry.unknown };
  }
  return facts;
}
