import { describe, expect, it } from 'vitest';
import { realDate } from '../../src/core/dates.js';
import type { RecordDigest } from '../../src/core/digest/record-digest.js';
import { summariseCountries } from '../../src/core/query/country-summary.js';
import { distinct } from '../../src/core/query/tally.js';
import { countsByArea, countsByPeriod, countsByPeriods, type PeriodCount } from '../../src/core/report/stats.js';
import { timelineBars } from '../../src/core/report/timeline.js';
import { MarkdownDoc } from '../../src/format/report/markdown-doc.js';

type Counted = Pick<RecordDigest, 'id' | 'kind' | 'date' | 'areas' | 'countries' | 'openCommitments' | 'timeline'>;

/** A seeded stream of digests with the awkward cases mixed in: undated, impossible and partial dates, repeated areas and countries. */
function digests(count: number, seed = 7): Counted[] {
  let state = seed;
  const next = (n: number): number => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const dates = [undefined, '2021', '2021-02', '2021-02-30', '1999-12-31', '2000', '2009-06-01', '1960-01', '2024-02-29', '2023-02-29'];
  const codes = ['KZ', 'PK', 'AF', 'PS', 'TR'];
  const areaKeys = ['hiv', 'tuberculosis', 'maternal-health'];
  return Array.from({ length: count }, (_, i) => {
    const countries = [codes[next(5)]!, codes[next(5)]!, ...(next(4) === 0 ? [codes[next(5)]!] : [])];
    const start = `${1990 + next(30)}-0${1 + next(9)}-1${next(9)}`;
    return {
      id: `r-${String(count - i).padStart(5, '0')}`,
      kind: next(3) === 0 ? 'programme' : 'agreement',
      date: dates[next(dates.length)],
      areas: next(5) === 0 ? [] : [areaKeys[next(3)]!, areaKeys[next(3)]!],
      countries,
      openCommitments: next(3),
      ...(next(4) === 0 ? {} : { timeline: { start, from: start, to: 'signed' } }),
    };
  });
}

/** The counts the straightforward way, record by record, as countsByPeriod counted them before it counted years first. */
function periodsByRecord(records: readonly Counted[], years: number): PeriodCount[] {
  const periods = new Map<number, PeriodCount>();
  for (const r of records) {
    const year = r.date === undefined ? undefined : realDate(r.date)?.year;
    if (year === undefined) continue;
    const start = year - (year % years);
    const row = periods.get(start) ?? { start, years, agreements: 0, programmes: 0 };
    if (r.kind === 'agreement') row.agreements++;
    else row.programmes++;
    periods.set(start, row);
  }
  const starts = [...periods.keys()];
  const out: PeriodCount[] = [];
  for (let start = Math.min(...starts); start <= Math.max(...starts); start += years) out.push(periods.get(start) ?? { start, years, agreements: 0, programmes: 0 });
  return starts.length ? out : [];
}

describe('report figures', () => {
  const records = digests(500);

  it('periods counted from the years equal periods counted record by record, for every period length', () => {
    const lengths = [1, 10, 100, 1000];
    expect(countsByPeriods(records, lengths)).toEqual(lengths.map((years) => periodsByRecord(records, years)));
    expect(countsByPeriod(records, 10)).toEqual(periodsByRecord(records, 10));
    // Impossible and missing dates are not counted; every period between the first and last is listed.
    const two = countsByPeriod([{ kind: 'agreement', date: '2021-02-30' }, { kind: 'agreement', date: '2019' }, { kind: 'programme', date: '2021-02' }]);
    expect(two).toEqual([
      { start: 2019, years: 1, agreements: 1, programmes: 0 },
      { start: 2020, years: 1, agreements: 0, programmes: 0 },
      { start: 2021, years: 1, agreements: 0, programmes: 1 },
    ]);
    expect(countsByPeriods([{ kind: 'agreement', date: undefined }], [1, 10])).toEqual([[], []]);
  });

  it('a record naming an area or a country twice counts once for it', () => {
    const areas = countsByArea([{ kind: 'agreement', areas: ['hiv', 'hiv', 'tuberculosis'] }, { kind: 'programme', areas: ['hiv'] }]);
    expect(areas).toEqual([
      { area: 'hiv', agreements: 1, programmes: 1 },
      { area: 'tuberculosis', agreements: 1, programmes: 0 },
    ]);
    const [kz, pk] = summariseCountries([{ kind: 'agreement', countries: ['KZ', 'PK', 'KZ'], openCommitments: 2 }, { kind: 'programme', countries: ['KZ'], openCommitments: 1 }]);
    expect(kz).toEqual({ code: 'KZ', name: 'Kazakhstan', agreements: 1, programmes: 1, pending_commitments: 3, partners: ['PK'] });
    expect(pk).toEqual({ code: 'PK', name: 'Pakistan', agreements: 1, programmes: 0, pending_commitments: 2, partners: ['KZ'] });
  });

  it('the country rows of many records equal those counted from each record with its repeats removed by a Set', () => {
    const deduped = records.map((r) => ({ ...r, countries: [...new Set(r.countries)] }));
    expect(summariseCountries(records)).toEqual(summariseCountries(deduped));
  });

  it('timeline bars with their files are the bars without, in the same order, each with its file', () => {
    const fileOf = (id: string): string => `agreements/${id}.yaml`;
    const plain = timelineBars(records);
    expect(timelineBars(records, fileOf)).toEqual(plain.map((bar) => ({ ...bar, file: fileOf(bar.id) })));
    expect(plain.map((b) => b.start)).toEqual(plain.map((b) => b.start).sort());
  });
});

describe('distinct', () => {
  it('gives the list itself when nothing repeats, else its items once each in first-seen order', () => {
    const once = ['KZ', 'PK', 'AF'];
    expect(distinct(once)).toBe(once);
    expect(distinct(['KZ', 'PK', 'KZ', 'AF', 'PK'])).toEqual(['KZ', 'PK', 'AF']);
    const long = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'a'];
    expect(distinct(long)).toEqual(long.slice(0, 9));
    expect(distinct([])).toEqual([]);
  });
});

describe('MarkdownDoc link definitions', () => {
  it('are sorted by label: plain ids by code units, other labels as compareText orders them', () => {
    const plain = new MarkdownDoc();
    plain.paragraph(['b-2', 'a-10', 'a-1', 'a-'].map((id) => plain.link(id, `${id}.yaml`)).join(' '), { raw: true });
    expect(plain.toString().split('\n').filter((line) => line.startsWith('[') && line.includes(']: '))).toEqual([
      '[a-]: <a-.yaml>',
      '[a-1]: <a-1.yaml>',
      '[a-10]: <a-10.yaml>',
      '[b-2]: <b-2.yaml>',
    ]);
    const mixed = new MarkdownDoc();
    mixed.paragraph(['b', 'B', 'a', 'Ä'].map((label) => mixed.link(label, `${label}.yaml`)).join(' '), { raw: true });
    expect(mixed.toString().trimEnd().split('\n').slice(-4)).toEqual(['[a]: <a.yaml>', '[Ä]: <%C3%84.yaml>', '[b]: <b.yaml>', '[B]: <B.yaml>']);
  });
});
