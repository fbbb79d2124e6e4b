import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDuration, nextDay, subtractDuration } from '../../src/core/deadlines/calendar.js';

// coop does its calendar arithmetic by hand, to load fast; Temporal is the reference it must match.
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function randomDay(random: () => number): string {
  const edgeYears = [0, 1, 99, 100, 400, 1900, 2000, 2024, 2100, 9999];
  const year = random() < 0.3 ? edgeYears[Math.floor(random() * edgeYears.length)]! : Math.floor(random() * 10000);
  const month = 1 + Math.floor(random() * 12);
  const last = Temporal.PlainDate.from({ year, month, day: 1 }).daysInMonth;
  const day = random() < 0.4 ? last - Math.floor(random() * 3) : 1 + Math.floor(random() * last);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function randomDuration(random: () => number): string {
  // The schema's bounds per part: P999Y, P9999M, P99999W, P999999D.
  const part = (max: number, unit: string): string => (random() < 0.5 ? `${Math.floor(random() ** 3 * (max + 1))}${unit}` : '');
  const text = `P${part(999, 'Y')}${part(9999, 'M')}${part(99999, 'W')}${part(999999, 'D')}`;
  return text === 'P' ? 'P1D' : text;
}

describe('calendar arithmetic agrees with Temporal', () => {
  it('adds and subtracts 20,000 random durations to random days, leap years and month ends included', () => {
    const random = seeded(20261123);
    for (let i = 0; i < 20_000; i++) {
      const day = randomDay(random);
      const duration = randomDuration(random);
      const date = Temporal.PlainDate.from(day);
      expect(addDuration(day, duration), `${day} + ${duration}`).toBe(date.add(duration).toString());
      expect(subtractDuration(day, duration), `${day} - ${duration}`).toBe(date.subtract(duration).toString());
    }
  });
  it('the day after, across month, year and century ends', () => {
    for (const day of ['2024-02-28', '2024-02-29', '2025-02-28', '1900-02-28', '2000-02-28', '2025-12-31', '0099-12-31', '9999-12-31']) {
      expect(nextDay(day), day).toBe(Temporal.PlainDate.from(day).add({ days: 1 }).toString());
    }
  });
  it('clamps to the end of the month, as Temporal does', () => {
    expect(addDuration('2025-01-31', 'P1M')).toBe('2025-02-28');
    expect(addDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
    expect(subtractDuration('2025-03-31', 'P1M')).toBe('2025-02-28');
    expect(addDuration('9999-12-31', 'P999Y')).toBe('+010998-12-31');
  });
  it('refuses what is not a duration in years, months, weeks and days', () => {
    for (const bad of ['P', 'PT1H', '5 years', 'P1.5Y', '-P1D']) expect(() => addDuration('2025-01-01', bad), bad).toThrow(RangeError);
  });
});
