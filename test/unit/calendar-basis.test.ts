import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDuration, compareDays, daysBetween, nextDay, subtractDuration } from '../../src/core/deadlines/calendar.js';
import { epochDay, fromEpochDay } from '../../src/core/dates.js';

// Day arithmetic runs on one basis, dates.ts's day numbers, and must agree with Temporal, whose
// rules it follows; temporal-polyfill is only the reference here and is not loaded by coop.

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

describe('day numbers', () => {
  it('round-trip and count from 1970-01-01', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(epochDay(2000, 3, 1)).toBe(11017);
    expect(epochDay(1, 1, 1)).toBe(-719162);
    for (let n = -800_000; n <= 3_300_000; n += 997) {
      const { year, month, day } = fromEpochDay(n);
      expect(epochDay(year, month, day)).toBe(n);
    }
  });
});

describe('compareDays', () => {
  it('orders days as Temporal does, years past 9999 and before 0 included', () => {
    const days = ['-000001-12-31', '0000-01-01', '0001-01-01', '2025-10-01', '2025-10-02', '9999-12-31', '+010000-01-01', '+010499-01-01'];
    for (const a of days) {
      for (const b of days) expect(Math.sign(compareDays(a, b)), `${a} ${b}`).toBe(Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b)));
    }
  });
});

describe('calendar arithmetic agrees with Temporal', () => {
  it('on the edges: month ends, leap days, years past 9999', () => {
    const cases: [string, string][] = [
      ['2025-01-31', 'P1M'],
      ['2028-02-29', 'P1Y'],
      ['2024-02-29', 'P4Y'],
      ['2025-03-31', 'P1M'],
      ['2025-12-31', 'P1D'],
      ['2025-12-31', 'P1W'],
      ['2025-01-31', 'P1Y1M1W1D'],
      ['9999-12-31', 'P999Y'],
      ['2025-06-15', 'P9999M'],
      ['2025-06-15', 'P99999W'],
      ['2025-06-15', 'P999999D'],
      ['0001-01-01', 'P1D'],
    ];
    for (const [day, duration] of cases) {
      const date = Temporal.PlainDate.from(day);
      expect(addDuration(day, duration), `${day} + ${duration}`).toBe(date.add(duration).toString());
      expect(subtractDuration(day, duration), `${day} - ${duration}`).toBe(date.subtract(duration).toString());
    }
    expect(nextDay('+010998-12-31')).toBe('+010999-01-01');
    expect(daysBetween('2025-01-01', addDuration('2025-01-01', 'P999Y'))).toBe(Temporal.PlainDate.from('2025-01-01').until(Temporal.PlainDate.from('3024-01-01')).days);
  });

  it('on 5000 random days and durations', () => {
    const next = random(11);
    const int = (max: number): number => Math.floor(next() * (max + 1));
    for (let i = 0; i < 5000; i++) {
      const year = 1 + int(9998);
      const month = 1 + int(11);
      const day = `${pad(year, 4)}-${pad(month)}-${pad(1 + int(Temporal.PlainDate.from({ year, month, day: 1 }).daysInMonth - 1))}`;
      const parts = [int(3) && `${int(999)}Y`, int(3) && `${int(9999)}M`, int(3) && `${int(99999)}W`, int(3) && `${int(999999)}D`].filter(Boolean).join('');
      const duration = `P${parts || '0D'}`;
      const date = Temporal.PlainDate.from(day);
      const added = date.add(duration);
      const subtracted = date.subtract(duration);
      expect(addDuration(day, duration), `${day} + ${duration}`).toBe(added.toString());
      expect(subtractDuration(day, duration), `${day} - ${duration}`).toBe(subtracted.toString());
      expect(daysBetween(day, added.toString())).toBe(date.until(added).days);
      expect(nextDay(day)).toBe(date.add({ days: 1 }).toString());
    }
  });
});
