import { daysInMonth, earliestDay, latestDay, realDate } from '../dates.js';

/**
 * Calendar arithmetic on plain ISO dates (no time zones), as Temporal.PlainDate.add does it:
 * years and months first, with the day clamped to the month's end (P1M from 2025-01-31 gives
 * 2025-02-28, P1Y from 2028-02-29 gives 2029-02-28), then weeks and days. Written out rather
 * than loaded from a Temporal polyfill, which cost every command ~15 ms to load and was the
 * slowest step of checking 10,000 records; test/unit/calendar.test.ts compares the two.
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

const DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function addDuration(day: string, duration: string): string {
  return shift(day, duration, 1);
}

export function subtractDuration(day: string, duration: string): string {
  return shift(day, duration, -1);
}

function shift(day: string, duration: string, sign: 1 | -1): string {
  const parts = DURATION.exec(duration);
  if (!parts) throw new RangeError(`not a duration in years, months, weeks and days: ${duration}`);
  const [years, months, weeks, days] = parts.slice(1).map((n) => sign * Number(n ?? 0)) as [number, number, number, number];
  const monthIndex = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + years * 12 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const clamped = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return dayOfEpoch(epochDayOf(year, month, clamped) + weeks * 7 + days);
}

export function shiftWindow({ earliest, latest }: DayWindow, duration: string, direction: 1 | -1): DayWindow {
  const shift = direction === 1 ? addDuration : subtractDuration;
  return { earliest: shift(earliest, duration), latest: shift(latest, duration) };
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return epochDayOfText(to) - epochDayOfText(from);
}

export function nextDay(day: string): string {
  return dayOfEpoch(epochDayOfText(day) + 1);
}

const MS_PER_DAY = 86_400_000;

function epochDayOfText(day: string): number {
  return epochDayOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

function epochDayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** YYYY-MM-DD, or ±YYYYYY-MM-DD outside years 0 to 9999, as Temporal writes it. */
function dayOfEpoch(epochDay: number): string {
  const date = new Date(epochDay * MS_PER_DAY);
  if (Number.isNaN(date.getTime())) throw new RangeError(`date out of range: ${epochDay} days from 1970-01-01`);
  const year = date.getUTCFullYear();
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yearText}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** "90d", "12w", "3m", "1y" or an ISO 8601 duration, as an ISO 8601 duration; undefined if neither. */
export function parseDuration(text: string): string | undefined {
  const short = /^(\d+)\s*([dwmy])$/i.exec(text.trim());
  const iso = short ? `P${short[1]}${short[2]!.toUpperCase()}` : text.trim().toUpperCase();
  return /^P(?=\d)(\d{1,3}Y)?(\d{1,4}M)?(\d{1,5}W)?(\d{1,6}D)?$/.test(iso) ? iso : undefined;
}
