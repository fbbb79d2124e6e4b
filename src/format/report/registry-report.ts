import { countryName } from '../../core/countries/resolve.js';
import type { PeriodCount } from '../../core/report/stats.js';
import type { RegistryReportData, ReportDeadline } from '../../core/report/registry-report-data.js';
import { AREAS } from '../../core/vocabulary.js';
import { escapeMarkdown } from '../markdown.js';
import { windowText, whenText } from '../deadlines/describe.js';
import type { OutputContext } from '../output-context.js';
import { MarkdownDoc } from './markdown-doc.js';
import { count } from '../count.js';
import { chartFits, periodChartLines, periodLabel, periodWord, timelineChart } from './mermaid.js';

/** The whole registry as a Markdown briefing. */
export function registryReport(data: RegistryReportData, { link }: Pick<OutputContext, 'link'>): string {
  const doc = new MarkdownDoc();
  const { asOf, within, figures, countries, deadlines } = data;
  // A record is linked from the timeline, the deadlines and the index: its link is made once.
  // Each id comes with the one file the data gives for it (recordFiles).
  const refs = new Map<string, string>();
  const ref = (id: string, file: string): string => {
    let text = refs.get(id);
    if (text === undefined) refs.set(id, (text = doc.link(id, link(file))));
    return text;
  };

  doc.heading(1, 'Health cooperation registry');
  doc.paragraph(`As of ${asOf}: ${count(figures.agreements, 'agreement')} and ${count(figures.programmes, 'programme')} between ${count(figures.countries, 'country', 'countries')}.`, { raw: true });

  doc.heading(2, 'Headline figures');
  doc.table(
    ['Figure', 'Count'],
    [
      ['Agreements', String(figures.agreements)],
      ['Programmes', String(figures.programmes)],
      ['Countries', String(figures.countries)],
      ['Pending commitments', String(figures.pendingCommitments)],
      ['Overdue deadlines', String(figures.overdue)],
      ...(figures.unverified ? [['Unverified deadlines', String(figures.unverified)]] : []),
    ],
    ['left', 'right'],
  );

  const { periods, chart } = periodsThatFit(data.byPeriod);
  const word = periodWord(periods[0]?.years ?? 1);
  doc.heading(2, `By ${word}`);
  if (periods.length > 0) {
    if (chart) doc.code('mermaid', chart);
    const title = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    doc.table([title, 'Agreements', 'Programmes'], periods.map((p) => [periodLabel(p), String(p.agreements), String(p.programmes)]), ['left', 'right', 'right']);
  }
  doc.paragraph(data.undated.length ? `Undated records: ${data.undated.map(escapeMarkdown).join(', ')}.` : 'Every record is dated.', { raw: true });

  if (data.timeline.length > 0) {
    doc.heading(2, 'Timeline');
    timelineChart(doc, 'Agreements and programmes', data.timeline);
    doc.table(['Record', 'From', 'To'], data.timeline.map((b) => [ref(b.id, b.file), b.from, b.to]));
  }

  doc.heading(2, 'By country');
  doc.table(['Country', 'Code', 'Agreements', 'Programmes'], countries.map((c) => [escapeMarkdown(c.name), c.code, String(c.agreements), String(c.programmes)]), ['left', 'left', 'right', 'right']);
  doc.list(countries.map((c) => `${escapeMarkdown(c.name)} works with ${c.partners.map((p) => escapeMarkdown(countryName(p))).join(', ')}.`));

  if (data.areas.length > 0) {
    doc.heading(2, 'By health area');
    doc.table(['Area', 'Agreements', 'Programmes'], data.areas.map((a) => [escapeMarkdown(AREAS[a.area as keyof typeof AREAS]?.label ?? a.area), String(a.agreements), String(a.programmes)]), ['left', 'right', 'right']);
  }

  doc.heading(2, 'Most recent');
  doc.list(data.recent.map((r) => `${r.date}: ${ref(r.id, r.file)}, ${escapeMarkdown(r.title)} (${r.countries.map(countryName).map(escapeMarkdown).join(', ')})`));

  const item = (d: ReportDeadline): string => deadlineItem(d, ref);
  doc.heading(2, 'Deadlines');
  doc.heading(3, 'Overdue');
  if (deadlines.overdue.length) doc.list(deadlines.overdue.map(item));
  else doc.paragraph(`Nothing is overdue as of ${asOf}.`, { raw: true });
  const ahead = /^P(\d+)D$/.exec(within) ? `${within.slice(1, -1)} days` : within;
  if (deadlines.unverified.length) {
    doc.heading(3, 'Unverified');
    doc.paragraph('Past their due date with status unknown: nobody has recorded whether they were kept.', { raw: true });
    doc.list(deadlines.unverified.map(item));
  }
  doc.heading(3, `Due in the next ${ahead}`);
  if (deadlines.upcoming.length) doc.list(deadlines.upcoming.map(item));
  else doc.paragraph(`Nothing falls due in the ${ahead} after ${asOf}.`, { raw: true });

  doc.heading(2, 'All records');
  doc.table(['Record', 'Kind', 'Date', 'Status'], data.index.map((r) => [ref(r.id, r.file), r.kind, r.date ?? 'undated', r.status]));
  return doc.toString();
}

/**
 * Records by year while the chart of every year fits markdownlint's line length (about nine
 * years), else by decade, century or millennium; with no chart at all if even that is too wide.
 */
function periodsThatFit(byPeriod: readonly PeriodCount[][]): { periods: PeriodCount[]; chart?: string[] } {
  for (const periods of byPeriod) {
    const chart = periodChartLines(periods);
    if (chartFits(chart)) return { periods, chart };
  }
  return { periods: byPeriod.at(-1) ?? [] };
}

function deadlineItem(d: ReportDeadline, ref: (id: string, file: string) => string): string {
  return `${windowText(d.due)} (${whenText(d)}): ${escapeMarkdown(d.what)}. ${ref(d.record.id, d.recordFile)}, ${d.status}.`;
}
