import { describe, expect, it } from 'vitest';
import { addDuration, daysBetween, subtractDuration } from '../../src/core/deadlines/calendar.js';
import { parseDuration } from '../../src/core/duration.js';
import { collectDeadlines } from '../../src/core/deadlines/collect.js';
import { commitmentDue, deadlineRecord, expiryWindow, type Deadline } from '../../src/core/deadlines/deadlines.js';
import { selectDeadlines, timeDeadline } from '../../src/core/deadlines/timing.js';
import type { Agreement, Programme } from '../../src/core/model.js';

const source: Agreement['sources'] = [{ title: 's', publisher: 'p' }];
const agreement = (extra: Partial<Agreement>): Agreement => ({
  id: 'a', kind: 'agreement', title: 'A', instrument: 'treaty', parties: [{ country: 'PK' }, { country: 'PS' }], status: 'signed', sources: source, ...extra,
});

describe('calendar arithmetic', () => {
  it('clamps month ends instead of spilling over', () => {
    expect(addDuration('2025-01-31', 'P1M')).toBe('2025-02-28');
    expect(addDuration('2024-01-31', 'P1M')).toBe('2024-02-29');
    expect(addDuration('2025-11-30', 'P3M')).toBe('2026-02-28');
    expect(addDuration('2025-08-31', 'P1M')).toBe('2025-09-30');
  });
  it('handles leap years', () => {
    expect(addDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
    expect(addDuration('2027-02-28', 'P1Y')).toBe('2028-02-28');
    expect(addDuration('2028-02-28', 'P1D')).toBe('2028-02-29');
    expect(subtractDuration('2029-02-28', 'P1Y')).toBe('2028-02-28');
  });
  it('adds weeks and days across month and year ends', () => {
    expect(addDuration('2025-09-17', 'P30D')).toBe('2025-10-17');
    expect(addDuration('2025-09-17', 'P2W')).toBe('2025-10-01');
    expect(addDuration('2025-12-25', 'P2W')).toBe('2026-01-08');
    expect(daysBetween('2025-10-01', '2025-10-17')).toBe(16);
    expect(daysBetween('2025-11-01', '2025-10-17')).toBe(-15);
    // Agrees with Temporal across leap years, centuries and years below 100.
    for (const [from, to, days] of [['2024-02-28', '2024-03-01', 2], ['1900-02-28', '1900-03-01', 1], ['2000-02-28', '2000-03-01', 2], ['0050-01-01', '0051-01-01', 365], ['1963-05-01', '2025-09-17', 22785]] as const) {
      expect(daysBetween(from, to), `${from} → ${to}`).toBe(days);
    }
  });
  it('reads short and ISO durations', () => {
    expect(['90d', '12w', '3m', '1y', 'P90D', 'p2w', ' 30D '].map(parseDuration)).toEqual(['P90D', 'P12W', 'P3M', 'P1Y', 'P90D', 'P2W', 'P30D']);
    expect(['90', 'P', 'PT1H', '-3d', 'soon'].map(parseDuration)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('due dates', () => {
  it('a duration from the signing date', () => {
    const record = agreement({ signed: { date: '2025-09-17' } });
    expect(commitmentDue(record, { id: 'c', text: 't', status: 'pending', due: { within: 'P30D', from: 'signed' } })).toEqual({ earliest: '2025-10-17', latest: '2025-10-17' });
  });
  it('a partial anchor gives the window of possible due dates', () => {
    const record = agreement({ signed: { date: '2025-09' } });
    expect(commitmentDue(record, { id: 'c', text: 't', status: 'pending', due: { within: 'P30D', from: 'signed' } })).toEqual({ earliest: '2025-10-01', latest: '2025-10-30' });
    const yearOnly = agreement({ signed: { date: '2025' } });
    expect(commitmentDue(yearOnly, { id: 'c', text: 't', status: 'pending', due: { within: 'P1M', from: 'signed' } })).toEqual({ earliest: '2025-02-01', latest: '2026-01-31' });
  });
  it('a partial due date is a window too; a missing anchor gives no date', () => {
    const record = agreement({});
    expect(commitmentDue(record, { id: 'c', text: 't', status: 'pending', due: { date: '2026-02' } })).toEqual({ earliest: '2026-02-01', latest: '2026-02-28' });
    expect(commitmentDue(record, { id: 'c', text: 't', status: 'pending', due: { within: 'P1M', from: 'entry_into_force' } })).toBeUndefined();
    const programme = { kind: 'programme', start: '2025-10-10' } as Programme;
    expect(commitmentDue(programme, { id: 'c', text: 't', status: 'pending', due: { within: 'P3M', from: 'start' } })).toEqual({ earliest: '2026-01-10', latest: '2026-01-10' });
  });
  it('expiry is stated, or entry into force plus duration; notice counts back from it', () => {
    expect(expiryWindow(agreement({ expires: '2030-06-30' }))).toEqual({ earliest: '2030-06-30', latest: '2030-06-30' });
    const record = agreement({ entry_into_force: '2025-10-01', validity: { duration: 'P2Y', notice: 'P6M', renewal: 'automatic' } });
    const items = collectDeadlines([{ file: 'a.yaml', record }]);
    expect(items.map((d) => [d.type, d.due.earliest, d.status])).toEqual([
      ['expiry', '2027-10-01', 'pending'],
      ['renewal-notice', '2027-04-01', 'pending'],
    ]);
    const ended = collectDeadlines([{ file: 'a.yaml', record: { ...record, status: 'terminated' } }]);
    expect(ended.map((d) => d.status)).toEqual(['closed', 'closed']);
  });
});

describe('timing as of a day', () => {
  const deadline = (earliest: string, latest = earliest, status = 'pending'): Deadline => ({
    record: deadlineRecord(agreement({})), file: 'a.yaml', type: 'commitment', item: 'c', what: 'w', due: { earliest, latest }, status,
  });
  const at = (d: Deadline, asOf: string) => {
    const t = timeDeadline(d, asOf, 'P90D');
    return [t.timing, t.daysLeft];
  };
  it('due today is due, not overdue; the day after is overdue', () => {
    expect(at(deadline('2025-10-17'), '2025-10-17')).toEqual(['due', 0]);
    expect(at(deadline('2025-10-17'), '2025-10-18')).toEqual(['overdue', -1]);
    expect(at(deadline('2025-10-17'), '2025-10-01')).toEqual(['due', 16]);
  });
  it('beyond the look-ahead is later', () => {
    expect(at(deadline('2026-01-01'), '2025-10-03')).toEqual(['due', 90]);
    expect(at(deadline('2026-01-01'), '2025-10-02')).toEqual(['later', 91]);
  });
  it('a window is overdue only once its latest day has passed', () => {
    const window = deadline('2025-10-01', '2025-10-30');
    expect(at(window, '2025-09-20')).toEqual(['due', 11]);
    expect(at(window, '2025-10-01')).toEqual(['possibly-due', 29]);
    expect(at(window, '2025-10-30')).toEqual(['possibly-due', 0]);
    expect(at(window, '2025-10-31')).toEqual(['overdue', -1]);
  });
  it('met, partially met, missed and cancelled are closed; only pending becomes overdue; unknown becomes unverified', () => {
    for (const status of ['met', 'partially-met', 'missed', 'cancelled', 'closed']) expect(at(deadline('2025-01-01', '2025-01-01', status), '2025-10-01')[0]).toBe('closed');
    expect(at(deadline('2025-01-01', '2025-01-01', 'pending'), '2025-10-01')[0]).toBe('overdue');
    expect(at(deadline('2025-01-01', '2025-01-01', 'unknown'), '2025-10-01')).toEqual(['unverified', -273]);
    // Before its due date an item of unknown status is listed like a pending one.
    expect(at(deadline('2025-10-20', '2025-10-20', 'unknown'), '2025-10-01')).toEqual(['due', 19]);
  });
  it('selects overdue and due by default, soonest first', () => {
    const items = [deadline('2026-06-01'), deadline('2025-10-20'), deadline('2025-01-01', '2025-01-01', 'met'), deadline('2025-09-01')];
    const pick = (opts: object) => selectDeadlines(items, { asOf: '2025-10-01', within: 'P90D', ...opts }).map((d) => d.due.earliest);
    expect(pick({})).toEqual(['2025-09-01', '2025-10-20']);
    expect(pick({ overdueOnly: true })).toEqual(['2025-09-01']);
    expect(pick({ all: true })).toEqual(['2025-01-01', '2025-09-01', '2025-10-20', '2026-06-01']);
  });
});
