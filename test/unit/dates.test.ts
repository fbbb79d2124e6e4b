import { describe, expect, it } from 'vitest';
import { calendarProblem, earliestDay, isSurelyAfter, latestDay, parsePartialDate, realDate } from '../../src/core/dates.js';

describe('partial dates', () => {
  it('parses the three forms and nothing else', () => {
    expect(parsePartialDate('2025-09-17')).toEqual({ year: 2025, month: 9, day: 17 });
    expect(parsePartialDate('2025-09')).toEqual({ year: 2025, month: 9, day: undefined });
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: undefined, day: undefined });
    for (const bad of ['17/09/2025', '2025-9-17', '25-09-17', '2025-09-17T00:00', ' 2025', '']) expect(parsePartialDate(bad)).toBeUndefined();
  });

  it('knows the calendar, leap years included', () => {
    expect(calendarProblem(parsePartialDate('2025-02-30')!)).toBe('February 2025 has 28 days');
    expect(calendarProblem(parsePartialDate('2025-02-29')!)).toBe('February 2025 has 28 days');
    expect(calendarProblem(parsePartialDate('2028-02-29')!)).toBeUndefined();
    expect(calendarProblem(parsePartialDate('1900-02-29')!)).toBe('February 1900 has 28 days');
    expect(calendarProblem(parsePartialDate('2000-02-29')!)).toBeUndefined();
    expect(calendarProblem(parsePartialDate('2025-04-31')!)).toBe('April 2025 has 30 days');
    expect(calendarProblem(parsePartialDate('2025-13')!)).toBe('there is no month 13; months run from 01 to 12');
    expect(calendarProblem(parsePartialDate('2025-00-10')!)).toBe('there is no month 0; months run from 01 to 12');
    expect(calendarProblem(parsePartialDate('2025-01-00')!)).toBe('January 2025 has 31 days');
    expect(realDate('2025-12-31')).toEqual({ year: 2025, month: 12, day: 31 });
  });

  it('spans the days a partial date may mean', () => {
    expect([earliestDay(realDate('2025')!), latestDay(realDate('2025')!)]).toEqual(['2025-01-01', '2025-12-31']);
    expect([earliestDay(realDate('2024-02')!), latestDay(realDate('2024-02')!)]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('orders dates only when certain', () => {
    const d = (s: string) => realDate(s)!;
    expect(isSurelyAfter(d('2025-09-18'), d('2025-09-17'))).toBe(true);
    expect(isSurelyAfter(d('2025-09-17'), d('2025-09-17'))).toBe(false);
    expect(isSurelyAfter(d('2025-09-10'), d('2025-09'))).toBe(false);
    expect(isSurelyAfter(d('2025-10-01'), d('2025-09'))).toBe(true);
    expect(isSurelyAfter(d('2026'), d('2025-12-31'))).toBe(true);
    expect(isSurelyAfter(d('2025'), d('2025-06-01'))).toBe(false);
  });
});
