/** A date as records store it: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Splits a date string into its parts without checking the calendar; undefined when not of the form. */
export function parsePartialDate(text: string): PartialDate | undefined {
  // The checks split every date of every record, some several times: digits are read directly.
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, 0, 4);
  const month = length >= 7 && text.charCodeAt(4) === 45 ? digits(text, 5, 7) : undefined;
  const day = length === 10 && text.charCodeAt(7) === 45 ? digits(text, 8, 10) : undefined;
  if (year < 0 || (length >= 7 && !(month! >= 0)) || (length === 10 && !(day! >= 0))) return undefined;
  return { year, month, day };
}

/** The number the ASCII digits text[start, end) write, or -1 when any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why a well-formed date does not exist in the calendar, or undefined when it does. */
export function calendarProblem({ year, month, day }: PartialDate): string | undefined {
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${month}; months run from 01 to 12`;
  if (day === undefined) return undefined;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has ${last} days`;
  return undefined;
}

/** A real calendar date from a string, or undefined when malformed or impossible. */
export function realDate(text: string): PartialDate | undefined {
  const date = parsePartialDate(text);
  return date && !calendarProblem(date) ? date : undefined;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The first day a partial date may stand for, as YYYY-MM-DD. */
export function earliestDay({ year, month, day }: PartialDate): string {
  return `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
}

/** The last day a partial date may stand for, as YYYY-MM-DD. */
export function latestDay({ year, month, day }: PartialDate): string {
  const m = month ?? 12;
  return `${pad(year, 4)}-${pad(m)}-${pad(day ?? daysInMonth(year, m))}`;
}

/** True only when `a` is certainly later than `b`: every day `a` may mean is after every day `b` may mean. */
export function isSurelyAfter(a: PartialDate, b: PartialDate): boolean {
  // earliestDay(a) > latestDay(b), compared as YYYYMMDD numbers: the checks compare dates of
  // every record, and building the strings cost more than the rest of the comparison.
  const earliest = a.year * 10_000 + (a.month ?? 1) * 100 + (a.day ?? 1);
  const lastMonth = b.month ?? 12;
  const latest = b.year * 10_000 + lastMonth * 100 + (b.day ?? daysInMonth(b.year, lastMonth));
  return earliest > latest;
}

/** Today's date as YYYY-MM-DD in local time, for callers at the edge; the core is always given it. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Day arithmetic is done on this one basis: between two days, the next day,
 * adding a duration.
 */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day `days` after 1970-01-01, as year, month and day (the inverse of epochDay). */
export function fromEpochDay(days: number): Required<PartialDate> {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** YYYY-MM-DD; a year past 9999 or before 0 in ISO 8601's extended form (+010000-01-01), as Temporal writes it. */
export function formatDay({ year, month, day }: Required<PartialDate>): string {
  const y = year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}
