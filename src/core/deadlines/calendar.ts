import { Temporal } from 'temporal-polyfill';
import { earliestDay, latestDay, realDate } from '../dates.js';

/**
 * Calendar arithmetic on plain dates (no time zones), via Temporal: adding P1M to 2025-01-31
 * gives 2025-02-28, and P1Y to 2028-02-29 gives 2029-02-28.
 */

/** The days a possibly partial date may mean: 2025-09 → 2025-09-01 to 2025-09-30. */
export interface DayWindow {
  earliest: string;
  latest: string;
}

export function windowOf(date: string): DayWindow | undefined {
  const parsed = realDate(date);
  return parsed && { earliest: earliestDay(parsed), latest: latestDay(parsed) };
}

export function addDuration(day: string, duration: string): string {
  return Temporal.PlainDate.from(day).add(Temporal.Duration.from(duration)).toString();
}

export function subtractDuration(day: string, duration: string): string {
  return Temporal.PlainDate.from(day).subtract(Temporal.Duration.from(duration)).toString();
}

export function shiftWindow({ earliest, latest }: DayWindow, duration: string, direction: 1 | -1): DayWindow {
  const shift = direction === 1 ? addDuration : subtractDuration;
  return { earliest: shift(earliest, duration), latest: shift(latest, duration) };
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. Plain arithmetic: it runs once per deadline. */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

function epochDay(day: string): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(date.getTime() / 86_400_000);
}

export function nextDay(day: string): string {
  return Temporal.PlainDate.from(day).add({ days: 1 }).toString();
}
