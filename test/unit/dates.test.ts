import { describe, expect, it } from 'vitest';
import { calendarProblem, earliestDay, isSurelyAfter, latestDay, parsePartialDate, realDate } from '../../src/core/dates.js';

describe('partial dates', () => {
  it('parses the three forms and nothing else', () => {
    expect(parsePartialDate('2025-09-17')).toEqual({ year: 2025, month: 9, day: 17 });
    expect(parsePartialDate('2025-09')).toEqual({ year: 2025, month: 9, day: undefined });
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: undefined, day: undefined });
    for (const bad of ['17/09/2025', '2025-9-17', '25-09-17', '2025-09-17T00:00', ' 2025', '', '2025-09-1x', '2025/09', '2025-0a', '٢٠٢٥', '2025-09-17\n', '+025', '-025']) expect(parsePartialDate(bad)).toBeUndefined();
  });

  it('isSurelyAfter compares the earliest and latest days the dates may mean, on 20,000 random pairs', () => {
    let next = 3;
    const random = (n: number): number => Math.floor(((next = (next * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const date = (): string => {
      const year = String(1990 + random(40));
      const form = random(3);
      const month = String(random(14)).padStart(2, '0');
      return form === 0 ? year : form === 1 ? `${year}-${month}` : `${year}-${month}-${String(random(33)).padStart(2, '0')}`;
    };
    for (let n = 0; n < 20_000; n++) {
      const a = parsePartialDate(date())!;
      const b = parsePartialDate(date())!;
      expect(isSurelyAfter(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(earliestDay(a) > latestDay(b));
    }
  });

  it('splits exactly what the form YYYY, YYYY-MM or YYYY-MM-DD allows, on every string of those lengths from these characters', () => {
    const form = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
    const alphabet = ['0', '1', '9', '-', '/', ' ', 'a', '٣'];
    let next = 1;
    const random = (): number => ((next = (next * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 20_000; n++) {
      const length = [4, 7, 10][n % 3]!;
      let text = '';
      for (let i = 0; i < length; i++) text += [4, 7].includes(i) && random() < 0.8 ? '-' : alphabet[Math.floor(random() * (random() < 0.7 ? 3 : alphabet.length))];
      const match = form.exec(text);
      const expected = match ? { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined } : undefined;
      expect(parsePartialDate(text), text).toEqual(expected);
    }
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
