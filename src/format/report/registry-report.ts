import { countryName } from '../../core/countries/resolve.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { recordCountries, recordDate, type StoredRecord } from '../../core/model.js';
import type { CountrySummary } from '../../core/query/country-summary.js';
import { countsByArea, countsByYear, mostRecent } from '../../core/report/stats.js';
import { AREAS } from '../../core/vocabulary.js';
import { escapeMarkdown } from '../markdown.js';
import { windowText, whenText } from '../deadlines/describe.js';
import { MarkdownDoc } from './markdown-doc.js';
import { ganttLines, timelineBars, yearChartLines } from './mermaid.js';

export interface RegistryReportInput {
  records: readonly StoredRecord[];
  countries: readonly CountrySummary[];
  /** Open deadlines that are overdue, possibly due or due within the look-ahead. */
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
  const pending = plain.flatMap((r) => r.commitments ?? []).filter((c) => c.status === 'pending').length;
  const overdue = deadlines.filter((d) => d.timing === 'overdue');
  const upcoming = deadlines.filter((d) => d.timing !== 'overdue');

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
    ],
    ['left', 'right'],
  );

  const years = countsByYear(plain);
  doc.heading(2, 'By year');
  if (years.length > 0) {
    doc.code('mermaid', yearChartLines(years));
    doc.table(['Year', 'Agreements', 'Programmes'], years.map((y) => [String(y.year), String(y.agreements), String(y.programmes)]), ['left', 'right', 'right']);
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
  doc.heading(3, `Due in the next ${ahead}`);
  if (upcoming.length) doc.list(upcoming.map((d) => deadlineItem(d, doc, records, link)));
  else doc.paragraph(`Nothing falls due in the ${ahead} after ${asOf}.`, { raw: true });

  doc.heading(2, 'All records');
  doc.table(
    ['Record', 'Kind', 'Date', 'Status'],
    [...plain].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [doc.link(r.id, link(fileOf(records, r.id))), r.kind, recordDate(r) ?? 'undated', r.status]),
  );
  return doc.toString();
}

export function deadlineItem(d: TimedDeadline, doc: MarkdownDoc, records: readonly StoredRecord[], link: (file: string) => string): string {
  return `${windowText(d.due)} (${whenText(d)}): ${escapeMarkdown(d.what)}. ${doc.link(d.record.id, link(fileOf(records, d.record.id)))}, ${d.status}.`;
}

export function fileOf(records: readonly StoredRecord[], id: string): string {
  return records.find((r) => r.record.id === id)?.file ?? '';
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
