import { countryName } from '../../core/countries/resolve.js';
import { isOpen } from '../../core/deadlines/standing.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { recordCountries, recordDate, type CoopRecord, type StoredRecord } from '../../core/model.js';
import type { CountrySummary } from '../../core/query/country-summary.js';
import { currentStatus } from '../../core/status/current-status.js';
import { countsByArea, countsByPeriod, mostRecent, type PeriodCount } from '../../core/report/stats.js';
import { AREAS } from '../../core/vocabulary.js';
import { escapeMarkdown } from '../markdown.js';
import { windowText, whenText } from '../deadlines/describe.js';
import { MarkdownDoc } from './markdown-doc.js';
import { chartFits, ganttLines, periodChartLines, periodLabel, periodWord, timelineBars } from './mermaid.js';

export interface RegistryReportInput {
  records: readonly StoredRecord[];
  countries: readonly CountrySummary[];
  /** Deadlines that are overdue, unverified, possibly due or due within the look-ahead. */
  deadlines: readonly TimedDeadline[];
  asOf: string;
  within: string;
  /** A record file's path as the report links to it. */
  link: (file: string) => string;
}

const RECENT = 5;

/** The whole registry as a Markdown briefing. */
export function registryReport({ records, countries, deadlines, asOf, within, link }: RegistryReportInput): string {
  const doc = new MarkdownDoc();
  const plain = records.map((r) => r.record);
  const agreements = plain.filter((r) => r.kind === 'agreement').length;
  const programmes = plain.length - agreements;
  const pending = plain.flatMap((r) => r.commitments ?? []).filter((c) => isOpen(c.status)).length;
  const overdue = deadlines.filter((d) => d.timing === 'overdue');
  const unverified = deadlines.filter((d) => d.timing === 'unverified');
  const upcoming = deadlines.filter((d) => d.timing !== 'overdue' && d.timing !== 'unverified');

  doc.heading(1, 'Health cooperation registry');
  doc.paragraph(`As of ${asOf}: ${count(agreements, 'agreement')} and ${count(programmes, 'programme')} between ${count(countries.length, 'country', 'countries')}.`, { raw: true });

  doc.heading(2, 'Headline figures');
  doc.table(
    ['Figure', 'Count'],
    [
      ['Agreements', String(agreements)],
      ['Programmes', String(programmes)],
      ['Countries', String(countries.length)],
      ['Pending commitments', String(pending)],
      ['Overdue deadlines', String(overdue.length)],
      ...(unverified.length ? [['Unverified deadlines', String(unverified.length)]] : []),
    ],
    ['left', 'right'],
  );

  const { periods, chart } = periodsThatFit(plain);
  const word = periodWord(periods[0]?.years ?? 1);
  doc.heading(2, `By ${word}`);
  if (periods.length > 0) {
    if (chart) doc.code('mermaid', chart);
    const title = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    doc.table([title, 'Agreements', 'Programmes'], periods.map((p) => [periodLabel(p), String(p.agreements), String(p.programmes)]), ['left', 'right', 'right']);
  }
  const undated = plain.filter((r) => recordDate(r) === undefined).map((r) => r.id);
  doc.paragraph(undated.length ? `Undated records: ${undated.map(escapeMarkdown).join(', ')}.` : 'Every record is dated.', { raw: true });

  const bars = timelineBars(plain, asOf);
  if (bars.length > 0) {
    doc.heading(2, 'Timeline');
    doc.code('mermaid', ganttLines('Agreements and programmes', bars));
    doc.table(['Record', 'From', 'To'], bars.map((b) => [doc.link(b.id, link(fileOf(records, b.id))), b.from, b.to]));
  }

  doc.heading(2, 'By country');
  doc.table(['Country', 'Code', 'Agreements', 'Programmes'], countries.map((c) => [escapeMarkdown(c.name), c.code, String(c.agreements), String(c.programmes)]), ['left', 'left', 'right', 'right']);
  doc.list(countries.map((c) => `${escapeMarkdown(c.name)} works with ${c.partners.map((p) => escapeMarkdown(countryName(p))).join(', ')}.`));

  const areas = countsByArea(plain);
  if (areas.length > 0) {
    doc.heading(2, 'By health area');
    doc.table(['Area', 'Agreements', 'Programmes'], areas.map((a) => [escapeMarkdown(AREAS[a.area as keyof typeof AREAS]?.label ?? a.area), String(a.agreements), String(a.programmes)]), ['left', 'right', 'right']);
  }

  doc.heading(2, 'Most recent');
  doc.list(mostRecent(plain, RECENT).map((r) => `${recordDate(r)}: ${doc.link(r.id, link(fileOf(records, r.id)))}, ${escapeMarkdown(r.title)} (${recordCountries(r).map(countryName).map(escapeMarkdown).join(', ')})`));

  doc.heading(2, 'Deadlines');
  doc.heading(3, 'Overdue');
  if (overdue.length) doc.list(overdue.map((d) => deadlineItem(d, doc, records, link)));
  else doc.paragraph(`Nothing is overdue as of ${asOf}.`, { raw: true });
  const ahead = /^P(\d+)D$/.exec(within) ? `${within.slice(1, -1)} days` : within;
  if (unverified.length) {
    doc.heading(3, 'Unverified');
    doc.paragraph('Past their due date with status unknown: nobody has recorded whether they were kept.', { raw: true });
    doc.list(unverified.map((d) => deadlineItem(d, doc, records, link)));
  }
  doc.heading(3, `Due in the next ${ahead}`);
  if (upcoming.length) doc.list(upcoming.map((d) => deadlineItem(d, doc, records, link)));
  else doc.paragraph(`Nothing falls due in the ${ahead} after ${asOf}.`, { raw: true });

  doc.heading(2, 'All records');
  doc.table(
    ['Record', 'Kind', 'Date', 'Status'],
    [...plain].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [doc.link(r.id, link(fileOf(records, r.id))), r.kind, recordDate(r) ?? 'undated', currentStatus(r, asOf).status]),
  );
  return doc.toString();
}

/**
 * Records by year while the chart of every year fits markdownlint's line length (about nine
 * years), else by decade, century or millennium; with no chart at all if even that is too wide.
 */
function periodsThatFit(records: readonly CoopRecord[]): { periods: PeriodCount[]; chart?: string[] } {
  let periods: PeriodCount[] = [];
  for (const years of [1, 10, 100, 1000]) {
    periods = countsByPeriod(records, years);
    const chart = periodChartLines(periods);
    if (chartFits(chart)) return { periods, chart };
  }
  return { periods };
}

export function deadlineItem(d: TimedDeadline, doc: MarkdownDoc, records: readonly StoredRecord[], link: (file: string) => string): string {
  return `${windowText(d.due)} (${whenText(d)}): ${escapeMarkdown(d.what)}. ${doc.link(d.record.id, link(fileOf(records, d.record.id)))}, ${d.status}.`;
}

const fileIndexes = new WeakMap<readonly StoredRecord[], Map<string, string>>();

/** The file of the record with this id; the index is built once per record list, not searched per link. */
export function fileOf(records: readonly StoredRecord[], id: string): string {
  let index = fileIndexes.get(records);
  if (!index) {
    index = new Map();
    for (const r of records) if (!index.has(r.record.id)) index.set(r.record.id, r.file);
    fileIndexes.set(records, index);
  }
  return index.get(id) ?? '';
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
