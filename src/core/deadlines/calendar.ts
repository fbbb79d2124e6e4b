import { daysInMonth, earliestDay, epochDay, formatDay, fromEpochDay, latestDay, realDate } from '../dates.js';

/**
 * Calendar arithmetic on plain days (YYYY-MM-DD, no time zones), on dates.ts's day numbers and
 * with Temporal's rules: years and months first, the day kept in the month (P1M after
 * 2025-01-31 is 2025-02-28, P1Y after 2028-02-29 is 2029-02-28), then weeks and days. Plain
 * functions rather than temporal-polyfill, whose import cost every command about 18 ms.
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
  return moveDay(day, duration, 1);
}

export function subtractDuration(day: string, duration: string): string {
  return moveDay(day, duration, -1);
}

export function shiftWindow({ earliest, latest }: DayWindow, duration: string, direction: 1 | -1): DayWindow {
  const shift = direction === 1 ? addDuration : subtractDuration;
  return { earliest: shift(earliest, duration), latest: shift(latest, duration) };
}

/**
 * Two days in calendar order (negative when `a` is earlier): as text when both are YYYY-MM-DD, as
 * nearly all are, else by day number, for a year past 9999 (+010499-01-01) sorts as text before
 * every YYYY-MM-DD.
 */
export function compareDays(a: string, b: string): number {
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0;
  return dayNumber(a) - dayNumber(b);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function nextDay(day: string): string {
  return formatDay(fromEpochDay(dayNumber(day) + 1));
}

/** YYYY-MM-DD, or with a six-digit signed year as formatDay writes years past 9999. */
const DAY = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})$/;

/** Whether text is a day as this module writes them (YYYY-MM-DD, or ±YYYYYY-MM-DD beyond year 9999). */
export const isDay = (text: unknown): text is string => typeof text === 'string' && DAY.test(text);
const DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

function parts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function dayNumber(day: string): number {
  return epochDay(...parts(day));
}

function moveDay(day: string, duration: string, sign: 1 | -1): string {
  const match = DURATION.exec(duration);
  if (!match) throw new RangeError(`not a duration of years, months, weeks and days: ${duration}`);
  const [years, months, weeks, days] = match.slice(1).map((n) => sign * Number(n ?? 0)) as [number, number, number, number];
  const [y, m, d] = parts(day);
  const monthIndex = y * 12 + (m - 1) + years * 12 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const kept = Math.min(d, daysInMonth(year, month));
  return formatDay(fromEpochDay(epochDay(year, month, kept) + weeks * 7 + days));
}
