import type { StoredRecord } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { filterRecords, type RecordFilter } from './filter.js';
import { sortRecords, type SortOrder } from './sort.js';

/** A record as `coop list` gives it: as stored, with its current status beside it. */
export interface ListedRecord extends StoredRecord {
  /** The status as of the listing's day (an agreement's history can move it on from the stated one). */
  status: string;
}

export interface ListQuery {
  filter: RecordFilter;
  order: SortOrder;
  limit?: number;
  asOf: string;
}

/** The records the filter keeps, sorted, at most `limit` of them, each with its current status. */
export function listRecords(records: readonly StoredRecord[], { filter, order, limit, asOf }: ListQuery): ListedRecord[] {
  const kept = filterRecords(records, { ...filter, asOf });
  return sortRecords(kept, (r) => r.record, order)
    .slice(0, limit)
    // Field by field: a stored record may keep its fields on its prototype, which a spread leaves out.
    .map((r) => ({ file: r.file, id: r.id, countries: r.countries, record: r.record, status: currentStatus(r.record, asOf).status }));
}
