import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../bench/generate.js';
import { collectDeadlines, openDeadlines } from '../../src/core/deadlines/collect.js';
import { selectDeadlines } from '../../src/core/deadlines/timing.js';
import { firstOpenDue, isRecordDigest, recordDigest } from '../../src/core/digest/record-digest.js';
import type { CoopRecord } from '../../src/core/model.js';
import { timelineBars } from '../../src/core/report/timeline.js';
import { fastLoad } from '../../src/core/yaml/fast-load.js';

const records = generateFiles({ records: 300, seed: 3 }).map((f) => fastLoad(f.text) as unknown as CoopRecord);

describe('record digests', () => {
  it('come back from JSON equal and of the right shape, on several days', () => {
    let deadlines = 0;
    for (const record of records) {
      for (const asOf of ['2001-01-01', '2026-01-01', '2040-12-31']) {
        const digest = recordDigest(record, asOf);
        const back: unknown = JSON.parse(JSON.stringify(digest));
        expect(isRecordDigest(back), record.id).toBe(true);
        expect(back).toEqual(digest);
        deadlines += digest.deadlines.length;
      }
    }
    expect(deadlines).toBeGreaterThan(300);
  });

  it('a value of any other shape is not taken for one', () => {
    const digest = JSON.parse(JSON.stringify(recordDigest(records.find((r) => r.commitments?.length)!, '2026-01-01'))) as Record<string, unknown>;
    const item = (digest.deadlines as Record<string, unknown>[])[0]!;
    const wrong: unknown[] = [
      null,
      [],
      'digest',
      { ...digest, id: 7 },
      { ...digest, kind: 'treaty' },
      { ...digest, title: ['x'] },
      { ...digest, countries: 'KZ' },
      { ...digest, date: 2020 },
      { ...digest, areas: [1] },
      { ...digest, openCommitments: 1.5 },
      { ...digest, status: undefined },
      { ...digest, timeline: { start: '2020-01-01' } },
      { ...digest, deadlines: {} },
      { ...digest, deadlines: [{ ...item, type: 'deadline' }] },
      { ...digest, deadlines: [{ ...item, due: { earliest: '2020-01-01' } }] },
      { ...digest, deadlines: [{ ...item, basis: 3 }] },
      // Days reach date arithmetic, so a kept digest's days must be days.
      { ...digest, deadlines: [{ ...item, due: { earliest: 'x', latest: '2020-01-01' } }] },
      { ...digest, deadlines: [{ ...item, due: { earliest: '2020-01-01', latest: '2020-1-1' } }] },
      { ...digest, timeline: { start: 'soon', from: '2020', to: 'active' } },
      { ...digest, timeline: { start: '2020-01-01', end: 2021, from: '2020', to: 'active' } },
    ];
    for (const value of wrong) expect(isRecordDigest(value), JSON.stringify(value)).toBe(false);
  });

  it('a kept timeline gives its bar only the dates and the words: keys it should not have change nothing', () => {
    const bars = timelineBars([{ id: 'a', kind: 'agreement', timeline: { start: '2020-01-01', from: '2020', to: 'active', id: 'b', kind: 'programme', end: undefined } as never }]);
    expect(bars).toEqual([{ id: 'a', kind: 'agreement', start: '2020-01-01', from: '2020', to: 'active' }]);
    expect(Object.keys(bars[0]!)).toEqual(['id', 'kind', 'start', 'from', 'to']);
  });
});

describe('passing over records with nothing due', () => {
  it('openDeadlines selects what selecting from every deadline does, on many days and look-aheads', () => {
    let passedOver = 0;
    for (const asOf of ['1999-06-30', '2015-03-01', '2026-01-01', '2031-12-31']) {
      // Records as the loader gives them, their digests' first open due day known without the digest.
      const stored = records.map((record) => {
        const digest = recordDigest(record, asOf);
        return { file: `${record.id}.yaml`, record, digest: () => digest, firstOpenDue: () => firstOpenDue(digest) };
      });
      for (const within of ['P1D', 'P90D', 'P2Y']) {
        for (const overdueOnly of [false, true]) {
          const all = selectDeadlines(collectDeadlines(stored, asOf), { asOf, within, overdueOnly });
          // Counting the digests read shows how many records were passed over.
          let read = 0;
          const counted = stored.map((s) => ({ ...s, digest: () => (read++, s.digest()) }));
          expect(openDeadlines(counted, { asOf, within, overdueOnly }), `${asOf} ${within}`).toEqual(all);
          passedOver += stored.length - read;
        }
      }
    }
    expect(passedOver).toBeGreaterThan(100);
  });
});
