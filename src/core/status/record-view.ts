import type { DayWindow } from '../deadlines/calendar.js';
import { commitmentDue } from '../deadlines/deadlines.js';
import { agreementExpiry, type Expiry } from '../deadlines/expiry.js';
import type { StoredRecord } from '../model.js';
import { currentStatus, type CurrentStatus } from './current-status.js';
import { recordFacts } from './record-facts.js';

/** One record as `coop show` gives it: as stored, and what coop works out about it as of a day. */
export interface RecordView {
  stored: StoredRecord;
  status: CurrentStatus;
  /** An agreement's current expiry, or why it is unknown; undefined for a programme. */
  expiry?: Expiry;
  /** The computed due days of its commitments, by commitment id. */
  due: ReadonlyMap<string, DayWindow | undefined>;
  /** The keys `--format json` adds to the stored record (see record-facts.ts). */
  facts: Record<string, unknown>;
}

export function recordView(stored: StoredRecord, asOf: string): RecordView {
  const { record } = stored;
  return {
    stored,
    status: currentStatus(record, asOf),
    expiry: record.kind === 'agreement' ? agreementExpiry(record, asOf) : undefined,
    due: new Map((record.commitments ?? []).map((c) => [c.id, commitmentDue(record, c)] as const)),
    facts: recordFacts(record, asOf),
  };
}
