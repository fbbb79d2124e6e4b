import { realDate } from '../dates.js';
import { recordDate, type CoopRecord } from '../model.js';

export interface YearCount {
  year: number;
  agreements: number;
  programmes: number;
}

/** Records per year of their date (signing or start), every year from the first to the last. */
export function countsByYear(records: readonly CoopRecord[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const record of records) {
    const text = recordDate(record);
    const year = text === undefined ? undefined : realDate(text)?.year;
    if (year === undefined) continue;
    const row = years.get(year) ?? { year, agreements: 0, programmes: 0 };
    if (record.kind === 'agreement') row.agreements++;
    else row.programmes++;
    years.set(year, row);
  }
  const known = [...years.keys()];
  if (known.length === 0) return [];
  const out: YearCount[] = [];
  for (let year = Math.min(...known); year <= Math.max(...known); year++) out.push(years.get(year) ?? { year, agreements: 0, programmes: 0 });
  return out;
}

export interface AreaCount {
  area: string;
  agreements: number;
  programmes: number;
}

/** Records per health area, most first, then by area key. */
export function countsByArea(records: readonly CoopRecord[]): AreaCount[] {
  const areas = new Map<string, AreaCount>();
  for (const record of records) {
    for (const area of new Set(record.areas ?? [])) {
      const row = areas.get(area) ?? { area, agreements: 0, programmes: 0 };
      if (record.kind === 'agreement') row.agreements++;
      else row.programmes++;
      areas.set(area, row);
    }
  }
  return [...areas.values()].sort((a, b) => b.agreements + b.programmes - (a.agreements + a.programmes) || a.area.localeCompare(b.area));
}

/** The dated records, newest first (by the latest day their date may mean), then by id. */
export function mostRecent(records: readonly CoopRecord[], count: number): CoopRecord[] {
  return records
    .filter((r) => recordDate(r) !== undefined && realDate(recordDate(r)!) !== undefined)
    .sort((a, b) => recordDate(b)!.localeCompare(recordDate(a)!) || a.id.localeCompare(b.id))
    .slice(0, count);
}
