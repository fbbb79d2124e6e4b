import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateFiles, writeRegistry } from '../../bench/generate.js';
import { ParseCache } from '../../src/core/cache/parse-cache.js';
import { listRecords, summaryOf } from '../../src/core/query/list-records.js';
import { loadRecords } from '../../src/core/query/load-records.js';
import { isRecordListing, recordListing } from '../../src/core/registry/record-links.js';
import { LoadedRecord } from '../../src/core/registry/record.js';
import { fixture } from '../helpers/cli.js';

const LONG_AGO = new Date('2020-01-01T00:00:00Z');
const DAY = '2026-01-01';
const LATER = '2045-06-30';

/** A generated registry whose files were last written long ago, so that their stamps are kept. */
function settledRegistry(records: number, seed: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'coop-summary-')), 'registry');
  writeRegistry(dir, generateFiles({ records, seed }));
  for (const folder of ['agreements', 'programmes']) for (const name of readdirSync(join(dir, folder))) utimesSync(join(dir, folder, name), LONG_AGO, LONG_AGO);
  return dir;
}

/** Every record's summary as `coop list` shows it, sorted by id, from a run with a parse cache in `cacheDir`. */
function summaries(dir: string, cacheDir: string, asOf: string) {
  const set = loadRecords(dir, asOf, ParseCache.open(cacheDir, dir, 'test-build'));
  const listed = listRecords(set.records, { filter: {}, order: { field: 'id', descending: false }, asOf });
  const rows = listed.map((r) => r.summary);
  set.saveCache();
  return { rows, listed };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('record summaries (what coop list shows)', () => {
  it('from the parse cache are what the records themselves give, on the day they were kept and on another', () => {
    const dir = settledRegistry(300, 5);
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-summary-cache-'));
    const cold = summaries(dir, cacheDir, DAY);
    expect(cold.rows).toEqual(cold.listed.map((r) => summaryOf(r.record, DAY)));
    expect(cold.rows).toHaveLength(300);

    const warm = summaries(dir, cacheDir, DAY);
    expect(warm.rows).toEqual(cold.rows);
    // Another day: the kept statuses are of the first, so they are worked out again.
    const later = summaries(dir, cacheDir, LATER);
    expect(later.rows).toEqual(later.listed.map((r) => summaryOf(r.record, LATER)));
  });

  it("a status kept for one day is not taken for another's, even by a run loaded for the first", () => {
    // An agreement whose history moves its status on between the two days.
    const dir = join(mkdtempSync(join(tmpdir(), 'coop-summary-')), 'registry');
    cpSync(join(fixture('status-history'), 'registry'), dir, { recursive: true });
    for (const name of readdirSync(join(dir, 'agreements'))) utimesSync(join(dir, 'agreements', name), LONG_AGO, LONG_AGO);
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-summary-cache-'));
    const [early, late] = ['2020-01-01', '2026-01-01'];
    summaries(dir, cacheDir, early);
    const loaded = loadRecords(dir, early, ParseCache.open(cacheDir, dir, 'test-build'));
    const [record] = loaded.records;
    expect(record!.summarise?.(early)?.status).toBe(summaryOf(record!.record, early).status);
    expect(summaryOf(record!.record, late).status).not.toBe(summaryOf(record!.record, early).status);
    expect(record!.summarise?.(late)).toEqual(summaryOf(record!.record, late));
  });

  it('a warm listing reads no record data: titles, dates and statuses come from the cache', () => {
    const dir = settledRegistry(120, 9);
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-summary-cache-'));
    summaries(dir, cacheDir, DAY);
    const set = loadRecords(dir, DAY, ParseCache.open(cacheDir, dir, 'test-build'));
    const reads = vi.spyOn(LoadedRecord.prototype, 'data', 'get');
    const listed = listRecords(set.records, { filter: { countries: ['KZ'] }, order: { field: 'date', descending: false }, asOf: DAY });
    const rows = listed.map((r) => r.summary);
    expect(rows.length).toBeGreaterThan(10);
    expect(reads).not.toHaveBeenCalled();
    // Sorting by the stated status needs the records, which are read.
    listRecords(set.records, { filter: { countries: ['KZ'] }, order: { field: 'status', descending: false }, asOf: DAY });
    expect(reads).toHaveBeenCalled();
  });

  it('a listing is the title and date a record gives; of any other shape it is not believed', () => {
    expect(recordListing({ kind: 'agreement', title: 'T', signed: { date: '2020-02' } })).toEqual({ title: 'T', date: '2020-02' });
    expect(recordListing({ kind: 'agreement', title: 'T', history: [{ type: 'signature', date: '2019' }] })).toEqual({ title: 'T', date: '2019' });
    expect(recordListing({ kind: 'programme', title: 'T', start: '2021-03-04' })).toEqual({ title: 'T', date: '2021-03-04' });
    expect(recordListing({ kind: 'programme', title: 'T' })).toEqual({ title: 'T' });
    expect(recordListing({ kind: 'programme', title: 7 })).toBeUndefined();
    for (const wrong of [null, [], 'T', { date: '2020' }, { title: 7 }, { title: 'T', date: 2020 }]) expect(isRecordListing(wrong), JSON.stringify(wrong)).toBe(false);
    expect(isRecordListing({ title: 'T' })).toBe(true);
  });
});
