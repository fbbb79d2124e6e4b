import { realDate } from '../dates.js';
import type { RecordDigest } from '../digest/record-digest.js';
import { byCountThenName, tally, type KindCounts } from '../query/tally.js';

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
  const periods = new Map<number, PeriodCount>();
  for (const record of records) {
    const text = record.date;
    const year = text === undefined ? undefined : realDate(text)?.year;
    if (year === undefined) continue;
    const start = year - (year % years);
    tally(periods, start, record, () => ({ start, years, agreements: 0, programmes: 0 }));
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
    for (const area of new Set(record.areas)) tally(areas, area, record, () => ({ area, agreements: 0, programmes: 0 }));
  }
  return [...areas.values()].sort(byCountThenName((row) => row.area));
}

/** The dated records, newest first (by the latest day their date may mean), then by id. */
export function mostRecent<R extends Pick<RecordDigest, 'id' | 'date'>>(records: readonly R[], count: number): R[] {
  return records
    .filter((r) => r.date !== undefined && realDate(r.date) !== undefined)
    .sort((a, b) => b.date!.localeCompare(a.date!) || a.id.localeCompare(b.id))
    .slice(0, count);
}
