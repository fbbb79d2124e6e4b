import { realDate } from '../dates.js';
import type { RecordDigest } from '../digest/record-digest.js';
import { byCountThenName, distinct, tally, type KindCounts } from '../query/tally.js';
import { compareText } from '../text/compare-text.js';

export interface PeriodCount extends KindCounts {
  /** The first year of the period. */
  start: number;
  /** How many years the period spans: 1 for a year, 10 for a decade. */
  years: number;
}

/**
 * Records per period of `years` years by their date (signing or start), periods aligned to
 * multiples of `years` (decades start in a year ending in 0), every period from the first with
 * records to the last, empty ones included.
 */
export function countsByPeriod(records: readonly Pick<RecordDigest, 'kind' | 'date'>[], years = 1): PeriodCount[] {
  return countYears(countsByYear(records), years);
}

/** countsByPeriod for each period length, reading each record's date once. */
export function countsByPeriods(records: readonly Pick<RecordDigest, 'kind' | 'date'>[], lengths: readonly number[]): PeriodCount[][] {
  const byYear = countsByYear(records);
  return lengths.map((years) => countYears(byYear, years));
}

/** Records per year: a registry spans a few dozen years, so the periods are counted from these, not from every record again. */
function countsByYear(records: readonly Pick<RecordDigest, 'kind' | 'date'>[]): Map<number, KindCounts> {
  const byYear = new Map<number, KindCounts>();
  for (const record of records) {
    const year = record.date === undefined ? undefined : realDate(record.date)?.year;
    if (year !== undefined) tally(byYear, year, record, () => ({ agreements: 0, programmes: 0 }));
  }
  return byYear;
}

function countYears(byYear: ReadonlyMap<number, KindCounts>, years: number): PeriodCount[] {
  const periods = new Map<number, PeriodCount>();
  for (const [year, counts] of byYear) {
    const start = year - (year % years);
    let period = periods.get(start);
    if (period === undefined) periods.set(start, (period = { start, years, agreements: 0, programmes: 0 }));
    period.agreements += counts.agreements;
    period.programmes += counts.programmes;
  }
  if (periods.size === 0) return [];
  // A loop, not Math.min(...keys): spreading a very long list overflows the call stack.
  let first = Infinity;
  let last = -Infinity;
  for (const start of periods.keys()) {
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  const out: PeriodCount[] = [];
  for (let start = first; start <= last; start += years) out.push(periods.get(start) ?? { start, years, agreements: 0, programmes: 0 });
  return out;
}

export interface AreaCount extends KindCounts {
  area: string;
}

/** Records per health area, most first, then by area key. */
export function countsByArea(records: readonly Pick<RecordDigest, 'kind' | 'areas'>[]): AreaCount[] {
  const areas = new Map<string, AreaCount>();
  for (const record of records) {
    for (const area of distinct(record.areas)) tally(areas, area, record, () => ({ area, agreements: 0, programmes: 0 }));
  }
  return [...areas.values()].sort(byCountThenName((row) => row.area));
}

/**
 * The first `count` dated records, newest first by their date as written (so a bare year comes
 * after the days within it), then by id.
 */
export function mostRecent<R extends Pick<RecordDigest, 'id' | 'date'>>(records: readonly R[], count: number): R[] {
  const before = (a: R, b: R): boolean => (compareText(b.date!, a.date!) || compareText(a.id, b.id)) < 0;
  // The newest `count` in one pass, kept in order: a report wants five of 10,000 records, not all of them sorted.
  const newest: R[] = [];
  for (const record of records) {
    if (record.date === undefined || realDate(record.date) === undefined) continue;
    if (newest.length === count && (count === 0 || !before(record, newest[count - 1]!))) continue;
    let at = newest.length === count ? count - 1 : newest.length;
    while (at > 0 && before(record, newest[at - 1]!)) {
      newest[at] = newest[at - 1]!;
      at--;
    }
    newest[at] = record;
  }
  return newest;
}
