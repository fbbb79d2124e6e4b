import { openDeadlines } from '../deadlines/collect.js';
import { digestOf } from '../digest/record-digest.js';
import { selectDeadlines, type TimedDeadline } from '../deadlines/timing.js';
import type { CoopRecord, StoredRecord } from '../model.js';
import { summariseCountries, type CountrySummary } from '../query/country-summary.js';
import { figures, type Figures } from './figures.js';
import { recordFiles } from './record-files.js';
import { countsByArea, countsByPeriods, mostRecent, type AreaCount, type PeriodCount } from './stats.js';
import { timelineBars, type TimelineBar } from './timeline.js';
import { comparerFor } from '../text/compare-text.js';

/** How many of the newest records the report lists. */
const RECENT = 5;
/** The period lengths the report may count by, shortest first: year, decade, century, millennium. */
export const PERIOD_YEARS = [1, 10, 100, 1000] as const;

/** A record the report links to, by the file it is in. */
export interface Linked {
  file: string;
}

export interface TimelineEntry extends TimelineBar, Linked {}

export interface RecentRecord extends Linked {
  id: string;
  date: string;
  title: string;
  /** Country codes, in the record's order. */
  countries: string[];
}

export interface ReportDeadline extends TimedDeadline {
  /** The file of the record the deadline belongs to, for the link. */
  recordFile: string;
}

export interface IndexEntry extends Linked {
  id: string;
  kind: CoopRecord['kind'];
  /** As the record gives it; undefined when undated. */
  date?: string;
  /** The current status as of the report's day. */
  status: string;
}

/** Everything `coop report` says of a set of records, computed; format/report only renders it. */
export interface RegistryReportData {
  asOf: string;
  /** The deadlines' look-ahead, ISO 8601 (P90D). */
  within: string;
  figures: Figures;
  /** Records per period, one list for each length of PERIOD_YEARS, in that order. */
  byPeriod: PeriodCount[][];
  /** Ids of the records with no date, in the records' order. */
  undated: string[];
  timeline: TimelineEntry[];
  countries: CountrySummary[];
  areas: AreaCount[];
  recent: RecentRecord[];
  deadlines: { overdue: ReportDeadline[]; unverified: ReportDeadline[]; upcoming: ReportDeadline[] };
  /** Every record, by id. */
  index: IndexEntry[];
}

export interface ReportInput {
  /** The records the report covers (already filtered). */
  records: readonly StoredRecord[];
  asOf: string;
  within: string;
}

export function registryReportData({ records, asOf, within }: ReportInput): RegistryReportData {
  const digests = records.map((r) => digestOf(r, asOf));
  const compareId = comparerFor(digests.map((r) => r.id));
  const fileOf = recordFiles(records, digests);
  const countries = summariseCountries(digests);
  const open = openDeadlines(records, { asOf, within });
  return {
    asOf,
    within,
    figures: figures(digests, countries.length, open),
    byPeriod: countsByPeriods(digests, PERIOD_YEARS),
    undated: digests.filter((r) => r.date === undefined).map((r) => r.id),
    timeline: timelineBars(digests, fileOf),
    countries,
    areas: countsByArea(digests),
    recent: mostRecent(digests, RECENT).map((r) => ({ id: r.id, file: fileOf(r.id), date: r.date!, title: r.title, countries: r.countries })),
    deadlines: byTiming(open, fileOf),
    index: [...digests]
      .sort((a, b) => compareId(a.id, b.id))
      .map((r) => ({ id: r.id, kind: r.kind, date: r.date, status: r.status, file: fileOf(r.id) })),
  };
}

/** The open deadlines split by timing, each with its record's file, in one pass. */
function byTiming(open: readonly TimedDeadline[], fileOf: (id: string) => string): RegistryReportData['deadlines'] {
  const split: RegistryReportData['deadlines'] = { overdue: [], unverified: [], upcoming: [] };
  for (const d of open) {
    const linked: ReportDeadline = { ...d, recordFile: fileOf(d.record.id) };
    (d.timing === 'overdue' ? split.overdue : d.timing === 'unverified' ? split.unverified : split.upcoming).push(linked);
  }
  return split;
}
