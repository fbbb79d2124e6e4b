import { describe, expect, it } from 'vitest';
import type { Agreement, Programme } from '../../src/core/model.js';
import { realDate } from '../../src/core/dates.js';
import { filterRecords, matchesFilter } from '../../src/core/query/filter.js';
import { sortFields, sortRecords } from '../../src/core/query/sort.js';
import { recordDigest } from '../../src/core/digest/record-digest.js';
import { summariseCountries } from '../../src/core/query/country-summary.js';
import { csvCell, toCsv } from '../../src/format/csv.js';
import { escapeMarkdown } from '../../src/format/markdown.js';

const source: Agreement['sources'] = [{ title: 's', publisher: 'p' }];
const agreement = (id: string, date: string | undefined, [first, second, ...more]: [string, string, ...string[]], extra: Partial<Agreement> = {}): Agreement => ({
  id, kind: 'agreement', title: id, instrument: 'treaty', parties: [{ country: first }, { country: second }, ...more.map((country) => ({ country }))], status: 'signed', sources: source,
  ...(date ? { signed: { date } } : {}), ...extra,
});
const programme = (id: string, start: string | undefined, extra: Partial<Programme> = {}): Programme => ({
  id, kind: 'programme', title: id, modalities: ['training'], countries: [{ country: 'KZ', role: 'provider' }, { country: 'AF', role: 'recipient' }],
  status: 'active', sources: source, ...(start ? { start } : {}), ...extra,
});

describe('filters', () => {
  const day = (s: string) => realDate(s)!;
  it('a partial date matches a range it overlaps, an undated record never does', () => {
    const inMonth = agreement('a', '2025-09', ['PK', 'PS']);
    expect(matchesFilter(inMonth, { since: day('2025-09-30') })).toBe(true);
    expect(matchesFilter(inMonth, { since: day('2025-10-01') })).toBe(false);
    expect(matchesFilter(inMonth, { until: day('2025-09-01') })).toBe(true);
    expect(matchesFilter(inMonth, { until: day('2025-08') })).toBe(false);
    expect(matchesFilter(agreement('b', undefined, ['PK', 'PS']), { since: day('1900') })).toBe(false);
  });

  it('a record whose countries are known and not wanted is skipped without being read', () => {
    const unread = { file: 'b.yaml', countries: ['CN', 'RU'], get record(): Agreement { throw new Error('read'); } };
    const wanted = { file: 'a.yaml', countries: ['PK', 'PS'], record: agreement('a', '2024', ['PK', 'PS']) };
    const unknown = { file: 'c.yaml', record: agreement('c', '2024', ['KZ', 'PS']) };
    expect(filterRecords([unread, wanted, unknown], { countries: ['PS'] }).map((r) => r.file)).toEqual(['a.yaml', 'c.yaml']);
    expect(() => filterRecords([unread], { countries: ['CN'], kinds: ['programme'] })).toThrow('read');
  });

  it('with countries the only filter and every record\'s countries known, no record is read at all', () => {
    const unreadable = (file: string, countries: string[]) => ({ file, countries, get record(): Agreement { throw new Error(`read ${file}`); } });
    const records = [unreadable('a.yaml', ['PK', 'PS']), unreadable('b.yaml', ['CN']), unreadable('c.yaml', ['PS', 'KZ'])];
    expect(filterRecords(records, { countries: ['PS'], asOf: '2026-01-01' }).map((r) => r.file)).toEqual(['a.yaml', 'c.yaml']);
    expect(filterRecords(records, { asOf: '2026-01-01' }).map((r) => r.file)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    // A record whose countries are not known is matched on its data; the others still are not read.
    const unknown = { file: 'd.yaml', record: agreement('d', '2024', ['KZ', 'PS']) };
    expect(filterRecords([...records, unknown], { countries: ['PS'] }).map((r) => r.file)).toEqual(['a.yaml', 'c.yaml', 'd.yaml']);
    expect(filterRecords([...records, unknown], { countries: ['CN'] }).map((r) => r.file)).toEqual(['b.yaml']);
  });

  it('instrument and modality filters keep only the kind they describe', () => {
    expect(matchesFilter(programme('p', '2024'), { instruments: ['treaty'] })).toBe(false);
    expect(matchesFilter(agreement('a', '2024', ['PK', 'PS']), { modalities: ['training'] })).toBe(false);
  });

  it('search wants every word, in any case and accent', () => {
    const record = agreement('a', '2024', ['PK', 'PS'], { title: 'Accord de santé publique', notes: 'Signé à Genève' });
    expect(matchesFilter(record, { search: ['SANTE geneve'] })).toBe(true);
    expect(matchesFilter(record, { search: ['sante zurich'] })).toBe(false);
  });
});

describe('sorting', () => {
  it('orders by the earliest day a date may mean, then id, undated last either way', () => {
    const records = [agreement('c', undefined, ['PK', 'PS']), agreement('b', '2025', ['PK', 'PS']), agreement('a', '2025-01-01', ['PK', 'PS']), programme('d', '2024-12')];
    expect(sortRecords(records, sortFields, { field: 'date', descending: false }).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(sortRecords(records, sortFields, { field: 'date', descending: true }).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('country summary', () => {
  it('counts each record once per country, even when listed twice', () => {
    const rows = summariseCountries([agreement('a', '2024', ['PK', 'PS']), programme('p', '2024')].map((r) => recordDigest(r, '2026-01-01')));
    expect(rows.map((r) => [r.code, r.agreements, r.programmes])).toEqual([['AF', 0, 1], ['KZ', 0, 1], ['PK', 1, 0], ['PS', 1, 0]]);
  });
});

describe('escaping', () => {
  it('csv neutralises formulas and quotes what needs it', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', 'plain', 'a,b', 'say "hi"', 'two\nlines'].map(csvCell)).toEqual([
      "'=1+1", "'+1", "'-1", "'@x", "'\tx", 'plain', '"a,b"', '"say ""hi"""', '"two\nlines"',
    ]);
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('markdown text is inert: no tables broken, links, HTML or headings', () => {
    expect(escapeMarkdown('| # <script>alert(1)</script> [x](javascript:alert(1)) `c` *b* _i_ ~s~ & \\')).toBe(
      '\\| # &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\`c\\` \\*b\\* \\_i\\_ \\~s\\~ &amp; \\\\',
    );
    expect(escapeMarkdown('# heading\nnext line')).toBe('\\# heading next line');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('=SUM(A1) + -1')).toBe('\\=SUM(A1) + -1');
  });
});
