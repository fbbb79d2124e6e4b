import { recordCountries, recordDate, type CoopRecord, type RecordSummary, type StoredRecord } from '../model.js';
import { currentStatus } from '../status/current-status.js';
import { filterRecords, type RecordFilter } from './filter.js';
import { sortFields, sortRecords, type SortOrder } from './sort.js';

/** A record as `coop list` gives it: as stored, with its summary as of the listing's day beside it. */
export interface ListedRecord extends StoredRecord {
  /** What its line shows as of the listing's day; from the loader when it knows it, so that a table need not read records. */
  readonly summary: RecordSummary;
}

export interface ListQuery {
  filter: RecordFilter;
  order: SortOrder;
  limit?: number;
  asOf: string;
}

/** The records the filter keeps, sorted, at most `limit` of them. */
export function listRecords(records: readonly StoredRecord[], { filter, order, limit, asOf }: ListQuery): ListedRecord[] {
  const kept = filterRecords(records, { ...filter, asOf }).map((stored) => new Listed(stored, asOf));
  // The summary holds every sort field but the stated status, which only the record has.
  const fieldsOf = order.field === 'status' ? (listed: Listed) => sortFields(listed.record) : (listed: Listed) => listed.summary;
  return sortRecords(kept, fieldsOf, order).slice(0, limit);
}

/** A class, so that its getters are shared rather than made for each of 10,000 records. */
class Listed implements ListedRecord {
  readonly file: string;
  readonly id: string | undefined;
  readonly countries: readonly string[] | undefined;
  private summarised: RecordSummary | undefined;

  constructor(
    private readonly stored: StoredRecord,
    private readonly asOf: string,
  ) {
    this.file = stored.file;
    this.id = stored.id;
    this.countries = stored.countries;
  }

  get record(): CoopRecord {
    return this.stored.record;
  }

  get summary(): RecordSummary {
    return (this.summarised ??= this.stored.summarise?.(this.asOf) ?? summaryOf(this.stored.record, this.asOf));
  }
}

/** A record's summary as of a day, read from the record. */
export function summaryOf(record: CoopRecord, asOf: string): RecordSummary {
  return { id: record.id, kind: record.kind, title: record.title, countries: recordCountries(record), date: recordDate(record), status: currentStatus(record, asOf).status };
}
