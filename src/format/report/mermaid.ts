import { earliestDay, latestDay, realDate } from '../../core/dates.js';
import type { CoopRecord } from '../../core/model.js';
import type { YearCount } from '../../core/report/stats.js';

export interface TimelineBar {
  id: string;
  kind: CoopRecord['kind'];
  /** First day drawn. */
  start: string;
  /** Last day drawn; undefined for a milestone (an agreement's signing). */
  end?: string;
  /** The dates as the record gives them, for the table that repeats the chart. */
  from: string;
  to: string;
}

/**
 * What the timeline shows: each agreement as a milestone on its signing day, each programme as a
 * bar from its start to its end (to the report's day while it is active). Undated records are left out.
 */
export function timelineBars(records: readonly CoopRecord[], asOf: string): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const record of records) {
    if (record.kind === 'agreement') {
      const signed = record.signed?.date === undefined ? undefined : realDate(record.signed.date);
      if (signed) bars.push({ id: record.id, kind: 'agreement', start: earliestDay(signed), from: record.signed!.date!, to: 'signed' });
      continue;
    }
    const start = record.start === undefined ? undefined : realDate(record.start);
    if (!start) continue;
    const end = record.end === undefined ? undefined : realDate(record.end);
    const running = record.status === 'active' && asOf > latestDay(start);
    const last = end ? latestDay(end) : running ? asOf : latestDay(start);
    const to = record.end ?? (running ? `ongoing (${asOf})` : 'no end given');
    bars.push({ id: record.id, kind: 'programme', start: earliestDay(start), end: last, from: record.start!, to });
  }
  return bars.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

/** A Mermaid gantt chart; task names are record ids, which are kebab-case and need no escaping. */
export function ganttLines(title: string, bars: readonly TimelineBar[]): string[] {
  const lines = ['gantt', `    title ${title}`, '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m'];
  for (const [section, kind] of [['Agreements signed', 'agreement'], ['Programmes', 'programme']] as const) {
    const ofKind = bars.filter((b) => b.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`    section ${section}`);
    for (const bar of ofKind) lines.push(bar.end ? `    ${bar.id} : ${bar.start}, ${bar.end}` : `    ${bar.id} : milestone, ${bar.start}, 0d`);
  }
  return lines;
}

/** A Mermaid bar chart of records per year. */
export function yearChartLines(years: readonly YearCount[]): string[] {
  const totals = years.map((y) => y.agreements + y.programmes);
  return [
    'xychart-beta',
    '    title "Agreements and programmes by year"',
    `    x-axis [${years.map((y) => `"${y.year}"`).join(', ')}]`,
    `    y-axis "Records" 0 --> ${Math.max(1, ...totals)}`,
    `    bar [${totals.join(', ')}]`,
  ];
}
