import { realDate } from '../dates.js';
import { recordDate, type CoopRecord } from '../model.js';
import { byCountThenName, tally, type KindCounts } from '../query/tally.js';

export interface YearCount extends KindCounts {
  year: number;
}

/** Records per year of their date (signing or start), every year from the first to the last. */
export function countsByYear(records: readonly CoopRecord[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const record of records) {
    const text = recordDate(record);
    const year = text === undefined ? undefined : realDate(text)?.year;
    if (year !== undefined) tally(years, year, record, () => ({ year, agreements: 0, programmes: 0 }));
  }
  const known = [...years.keys()];
  if (known.length === 0) return [];
  const out: YearCount[] = [];
  for (let year = Math.min(...known); year <= Math.max(...known); year++) out.push(years.get(year) ?? { year, agreements: 0, programmes: 0 });
  return out;
}

export interface AreaCount extends KindCounts {
  area: string;
}

/** Records per health area, most first, then by area key. */
export function countsByArea(records: readonly CoopRecord[]): AreaCount[] {
  const areas = new Map<string, AreaCount>();
  for (const record of records) {
    for (const area of new Set(record.areas ?? [])) tally(areas, area, record, () => ({ area, agreements: 0, programmes: 0 }));
  }
  return [...areas.values()].sort(byCountThenName((row) => row.area));
}

/** The dated records, newest first (by the latest day their date may mean), then by id. */
export function mostRecent(records: readonly CoopRecord[], count: number): CoopRecord[] {
  return records
    .filter((r) => recordDate(r) !== undefined && realDate(recordDate(r)!) !== undefined)
    .sort((a, b) => recordDate(b)!.localeCompare(recordDate(a)!) || a.id.localeCompare(b.id))
    .slice(0, count);
}
