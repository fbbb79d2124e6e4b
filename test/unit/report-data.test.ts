import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecords } from '../../src/core/query/load-records.js';
import { countryProfileData } from '../../src/core/report/country-profile-data.js';
import { reportData } from '../../src/core/report/report-data.js';
import { registryReportData, type ReportDeadline } from '../../src/core/report/registry-report-data.js';
import { fixture } from '../helpers/cli.js';

const dir = join(fixture('deadlines'), 'registry');
const asOf = '2025-10-31';
const { records } = loadRecords(dir, asOf);
const file = (path: string): string => relative(dir, path).split('\\').join('/');
const item = (d: ReportDeadline): string => `${d.record.id}/${d.item} ${d.timing} ${file(d.recordFile)}`;

describe('registry report data', () => {
  const data = registryReportData({ records, asOf, within: 'P90D' });

  it('headline figures: records, countries, pending commitments, overdue and unverified deadlines', () => {
    expect(data.figures).toEqual({ agreements: 2, programmes: 1, countries: 4, pendingCommitments: 4, overdue: 2, unverified: 1 });
  });

  it('counts by year, decade, century and millennium; lists the undated', () => {
    expect(data.byPeriod.map((periods) => periods.map((p) => [p.start, p.years, p.agreements, p.programmes]))).toEqual([[[2025, 1, 2, 1]], [[2020, 10, 2, 1]], [[2000, 100, 2, 1]], [[2000, 1000, 2, 1]]]);
    expect(data.undated).toEqual([]);
    expect(data.areas).toEqual([]);
  });

  it('a timeline of signings and programme runs, each with its file', () => {
    expect(data.timeline.map((b) => [b.id, b.kind, b.start, b.end, b.from, b.to, file(b.file)])).toEqual([
      ['d-partial', 'agreement', '2025-09-01', undefined, '2025-09', 'in-force', 'agreements/d-partial.yaml'],
      ['d-exact', 'agreement', '2025-09-17', undefined, '2025-09-17', 'signed', 'agreements/d-exact.yaml'],
      ['d-programme', 'programme', '2025-10-10', '2025-10-31', '2025-10-10', 'ongoing (2025-10-31)', 'programmes/d-programme.yaml'],
    ]);
  });

  it('countries with their partners, most recent records, and the index by id with current statuses', () => {
    expect(data.countries.map((c) => [c.code, c.agreements, c.programmes, c.pending_commitments, c.partners])).toEqual([
      ['AF', 1, 1, 2, ['KZ']],
      ['KZ', 1, 1, 2, ['AF']],
      ['PK', 1, 0, 2, ['PS']],
      ['PS', 1, 0, 2, ['PK']],
    ]);
    expect(data.recent.map((r) => [r.date, r.id, r.countries])).toEqual([
      ['2025-10-10', 'd-programme', ['KZ', 'AF']],
      ['2025-09-17', 'd-exact', ['PK', 'PS']],
      ['2025-09', 'd-partial', ['KZ', 'AF']],
    ]);
    expect(data.index.map((r) => [r.id, r.kind, r.date, r.status, file(r.file)])).toEqual([
      ['d-exact', 'agreement', '2025-09-17', 'signed', 'agreements/d-exact.yaml'],
      ['d-partial', 'agreement', '2025-09', 'in-force', 'agreements/d-partial.yaml'],
      ['d-programme', 'programme', '2025-10-10', 'active', 'programmes/d-programme.yaml'],
    ]);
  });

  it('deadlines split into overdue, unverified and due within the look-ahead, soonest first', () => {
    expect(data.deadlines.overdue.map(item)).toEqual(['d-partial/plan overdue agreements/d-partial.yaml', 'd-exact/working-group overdue agreements/d-exact.yaml']);
    expect(data.deadlines.unverified.map(item)).toEqual(['d-programme/visit unverified programmes/d-programme.yaml']);
    expect(data.deadlines.upcoming.map(item)).toEqual(['d-exact/report due agreements/d-exact.yaml', 'd-programme/first-cohort due programmes/d-programme.yaml']);
    const shorter = registryReportData({ records, asOf, within: 'P40D' });
    expect(shorter.deadlines.upcoming.map(item)).toEqual(['d-exact/report due agreements/d-exact.yaml']);
  });

  it('of no records: every figure 0 and every list empty', () => {
    const empty = registryReportData({ records: [], asOf, within: 'P90D' });
    expect(empty.figures).toEqual({ agreements: 0, programmes: 0, countries: 0, pendingCommitments: 0, overdue: 0, unverified: 0 });
    expect([empty.byPeriod.flat(), empty.timeline, empty.countries, empty.recent, empty.index, Object.values(empty.deadlines).flat()]).toEqual([[], [], [], [], [], []]);
  });
});

describe('country profile data', () => {
  const afghan = records.filter((r) => ['d-partial', 'd-programme'].includes(r.record.id));
  const data = countryProfileData({ code: 'AF', records: afghan, asOf, within: 'P90D' });

  it('names the country and its partners over the records it shares', () => {
    expect([data.code, data.name, data.asOf]).toEqual(['AF', 'Afghanistan', asOf]);
    expect(data.partners.map((p) => [p.code, p.agreements, p.programmes])).toEqual([['KZ', 1, 1]]);
    expect(data.timeline.map((b) => b.id)).toEqual(['d-partial', 'd-programme']);
  });

  it('agreements with current status and expiry, programmes with status, by id', () => {
    expect(data.agreements.map((a) => [a.record.id, a.status, a.expiry.window, a.expiry.basis, file(a.file)])).toEqual([['d-partial', 'in-force', { earliest: '2027-10-01', latest: '2027-10-01' }, 'entry into force + P2Y', 'agreements/d-partial.yaml']]);
    expect(data.programmes.map((p) => [p.record.id, p.status, file(p.file)])).toEqual([['d-programme', 'active', 'programmes/d-programme.yaml']]);
  });

  it('joins every commitment to its timed deadline, in the records\' order', () => {
    expect(data.commitments.map((c) => [c.record.id, c.commitment.id, c.deadline?.timing, c.deadline?.due.latest])).toEqual([
      ['d-partial', 'plan', 'overdue', '2025-10-30'],
      ['d-programme', 'first-cohort', 'due', '2026-01-10'],
      ['d-programme', 'visit', 'unverified', '2025-10-20'],
    ]);
  });

  it('reportData picks the profile for a country and the registry report without one', () => {
    expect(reportData({ records: afghan, asOf, within: 'P90D', country: 'AF' })).toEqual({ scope: 'country', country: data });
    expect(reportData({ records, asOf, within: 'P90D' })).toEqual({ scope: 'registry', registry: registryReportData({ records, asOf, within: 'P90D' }) });
  });
});
