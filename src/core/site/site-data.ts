import { countryName } from '../countries/resolve.js';
import { earliestDay, latestDay, realDate } from '../dates.js';
import { compareDays, type DayWindow } from '../deadlines/calendar.js';
import { collectDeadlines } from '../deadlines/collect.js';
import { digestOf, type RecordDigest } from '../digest/record-digest.js';
import { commitmentDue } from '../deadlines/deadlines.js';
import { agreementExpiry, type Expiry } from '../deadlines/expiry.js';
import { isOpen, isUnverifiable } from '../deadlines/standing.js';
import { timeDeadline, type TimedDeadline } from '../deadlines/timing.js';
import { recordDate, type Commitment, type CoopRecord, type StoredRecord } from '../model.js';
import { summariseCountries, type CountrySummary } from '../query/country-summary.js';
import { sortFields, sortRecords } from '../query/sort.js';
import { figures, type Figures } from '../report/figures.js';
import { partnersOf } from '../report/partners.js';
import { countsByArea, countsByPeriod, type AreaCount, type PeriodCount } from '../report/stats.js';
import { timelineBars, type TimelineBar } from '../report/timeline.js';
import { currentStatus, type CurrentStatus } from '../status/current-status.js';
import { history, type HistoryEntry } from './history.js';
import { compareText } from '../text/compare-text.js';

// What the static site shows, computed once from the records; src/format/site renders it.

export interface SiteInput {
  records: readonly StoredRecord[];
  /** Record files left out because they have errors, as paths relative to the registry. */
  skipped: readonly string[];
  asOf: string;
  /** ISO 8601 look-ahead for "due soon", e.g. P90D. */
  within: string;
  /** A record file's path from the repository root, '/'-separated. */
  repoPath: (file: string) => string;
}

export interface RecordCountry {
  code: string;
  name: string;
  /** A programme country's role; an agreement party's role when stated, else "party". */
  role: string;
}

export interface CommitmentRow {
  commitment: Commitment;
  /** The days it may fall due on, computed from due.date or due.within + due.from. */
  due?: DayWindow;
  /** Where it stands as of the site's day; undefined when it has no computable deadline. */
  timed?: TimedDeadline;
  /** Pending: still owed (see core/deadlines/standing.ts). */
  open: boolean;
  /** Status unknown and its due date passed: nobody has recorded whether it was kept. */
  unverified: boolean;
}

export interface SiteRecord {
  record: CoopRecord;
  /** What the summaries read of it as of the site's day. */
  digest: RecordDigest;
  file: string;
  repoPath: string;
  countries: RecordCountry[];
  /** The status as of the site's day: the stated one unless the history shows it is out of date. */
  status: CurrentStatus;
  /** An agreement's current expiry, how it was reached, or why it is unknown. */
  expiry?: Expiry;
  /** The days the record's date (signing or start) may mean; undefined when undated. */
  dated?: DayWindow;
  commitments: CommitmentRow[];
  /** Expiry and renewal notice, timed. */
  agreementDates: TimedDeadline[];
  history: HistoryEntry[];
  /** For an agreement: the programmes that name it. */
  programmes: string[];
}

export interface PartnerRow {
  code: string;
  name: string;
  /** Records shared with the page's country. */
  agreements: number;
  programmes: number;
}

export interface OpenCommitment {
  record: SiteRecord;
  row: CommitmentRow;
}

export interface CountryPage {
  summary: CountrySummary;
  records: SiteRecord[];
  partners: PartnerRow[];
  /** Pending commitments and unverified ones (unknown status, due date passed) in its records: overdue first, then by due date. */
  open: OpenCommitment[];
  /** Its dated records, oldest first, as the report's timeline has them. */
  timeline: TimelineBar[];
  /** Its records with no date to place on the timeline. */
  undated: SiteRecord[];
}

/** The same headline figures as the report's. */
export type SiteTotals = Figures;

export interface SiteData {
  asOf: string;
  within: string;
  /** Newest first; undated records last. */
  records: SiteRecord[];
  countries: CountrySummary[];
  countryPages: CountryPage[];
  /** Every dated item (commitments, expiries, renewal notices), timed, soonest first. */
  deadlines: TimedDeadline[];
  /** Records per year of their date, every year from the first to the last. */
  years: PeriodCount[];
  areas: AreaCount[];
  totals: SiteTotals;
  skipped: string[];
}

export function buildSiteData({ records, skipped, asOf, within, repoPath }: SiteInput): SiteData {
  const plain = records.map((r) => r.record);
  const deadlines = collectDeadlines(records, asOf)
    .map((d) => timeDeadline(d, asOf, within))
    .sort((a, b) => compareDays(a.due.earliest, b.due.earliest) || compareText(a.record.id, b.record.id) || compareText(a.type, b.type) || compareText(a.item, b.item));
  const timedOf = new Map(deadlines.map((d) => [`${d.record.id}\u0000${d.type}\u0000${d.item}`, d]));
  const implementers = new Map<string, string[]>();
  for (const r of plain) if (r.kind === 'programme' && r.agreement) implementers.set(r.agreement, [...(implementers.get(r.agreement) ?? []), r.id]);

  const digests = new Map(records.map((r) => [r, digestOf(r, asOf)]));
  const siteRecords = sortRecords(records, (r) => sortFields(r.record), { field: 'date', descending: true }).map((stored): SiteRecord => {
    const { record, file } = stored;
    const text = recordDate(record);
    const date = text === undefined ? undefined : realDate(text);
    const expiry = record.kind === 'agreement' ? agreementExpiry(record, asOf) : undefined;
    return {
      record,
      digest: digests.get(stored)!,
      file,
      repoPath: repoPath(file),
      countries: record.kind === 'agreement' ? record.parties.map((p) => ({ code: p.country, name: countryName(p.country), role: p.role ?? 'party' })) : record.countries.map((c) => ({ code: c.country, name: countryName(c.country), role: c.role })),
      status: currentStatus(record, asOf),
      expiry,
      dated: date && { earliest: earliestDay(date), latest: latestDay(date) },
      commitments: (record.commitments ?? []).map((commitment) => {
        const timed = timedOf.get(`${record.id}\u0000commitment\u0000${commitment.id}`);
        return { commitment, due: commitmentDue(record, commitment), timed, open: isOpen(commitment.status), unverified: isUnverifiable(commitment.status) && timed?.timing === 'unverified' };
      }),
      agreementDates: ['expiry', 'renewal-notice'].flatMap((type) => timedOf.get(`${record.id}\u0000${type}\u0000${type}`) ?? []),
      history: history(record, expiry),
      programmes: [...(implementers.get(record.id) ?? [])].sort(),
    };
  });

  const summaries = [...digests.values()];
  const countries = summariseCountries(summaries);
  const ofCountry = recordsByCountry(siteRecords);
  const countryPages = countries.map((summary) => countryPage(summary, ofCountry.get(summary.code) ?? [], asOf));
  return {
    asOf,
    within,
    records: siteRecords,
    countries,
    countryPages,
    deadlines,
    years: countsByPeriod(summaries, 1),
    areas: countsByArea(summaries),
    totals: figures(summaries, countries.length, deadlines),
    skipped: [...skipped],
  };
}

/** Each country's records, in the order given; one pass over the records, however many countries. */
function recordsByCountry(records: readonly SiteRecord[]): Map<string, SiteRecord[]> {
  const by = new Map<string, SiteRecord[]>();
  for (const r of records) {
    for (const code of new Set(r.countries.map((c) => c.code))) {
      const list = by.get(code);
      if (list) list.push(r);
      else by.set(code, [r]);
    }
  }
  return by;
}

function countryPage(summary: CountrySummary, records: SiteRecord[], asOf: string): CountryPage {
  const partners = partnersOf(
    summary.code,
    records.map((r) => r.digest),
  ).map(({ code, name, agreements, programmes }) => ({ code, name, agreements, programmes }));
  const open = records
    .flatMap((record) => record.commitments.filter((row) => row.open || row.unverified).map((row) => ({ record, row })))
    .sort((a, b) => rank(a.row) - rank(b.row) || compareDueDays(a.row.due?.earliest, b.row.due?.earliest) || compareText(a.record.record.id, b.record.record.id) || compareText(a.row.commitment.id, b.row.commitment.id));
  const timeline = timelineBars(records.map((r) => r.digest));
  const placed = new Set(timeline.map((b) => b.id));
  return { summary, records, partners, open, timeline, undated: records.filter((r) => !placed.has(r.record.id)) };
}

/** Overdue first, then unverified, then dated, then undated. */
/** Due days in calendar order, a commitment with none last. */
function compareDueDays(a: string | undefined, b: string | undefined): number {
  return a === undefined || b === undefined ? (a === b ? 0 : a === undefined ? 1 : -1) : compareDays(a, b);
}

function rank(row: CommitmentRow): number {
  return row.timed?.timing === 'overdue' ? 0 : row.unverified ? 1 : row.due ? 2 : 3;
}
