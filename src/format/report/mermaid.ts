import type { PeriodCount } from '../../core/report/stats.js';
import type { TimelineBar } from '../../core/report/timeline.js';
import { count } from '../count.js';
import { fitsLineLength, LINE_WIDTH, type MarkdownDoc } from './markdown-doc.js';

/**
 * The most characters Mermaid draws in one diagram: its `maxTextSize`, 50,000 unless a viewer
 * raises it (GitHub does not). A longer diagram shows "Maximum text size in diagram exceeded".
 */
export const MERMAID_MAX_TEXT = 50_000;

/**
 * A Mermaid gantt chart; task names are record ids, which are kebab-case and need no escaping.
 * Undefined when the chart would be longer than Mermaid draws (MERMAID_MAX_TEXT), which some
 * 600 to 1,500 records reach, by the length of their ids: building it stops there.
 */
export function ganttLines(title: string, bars: readonly TimelineBar[]): string[] | undefined {
  const lines = ['gantt', `    title ${title}`, '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m'];
  // Each line with its line break: the most the diagram's text can be.
  let size = lines.reduce((sum, line) => sum + line.length + 1, 0);
  for (const [section, kind] of [['Agreements signed', 'agreement'], ['Programmes', 'programme']] as const) {
    const ofKind = bars.filter((b) => b.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`    section ${section}`);
    size += lines.at(-1)!.length + 1;
    for (const bar of ofKind) {
      const when = bar.end ? `${bar.start}, ${bar.end}` : `milestone, ${bar.start}, 0d`;
      const line = `    ${taskName(bar.id, `     : ${when}`.length)} : ${when}`;
      size += line.length + 1;
      if (size > MERMAID_MAX_TEXT) return undefined;
      lines.push(line);
    }
  }
  return lines;
}

/** The timeline's gantt chart, or where Mermaid would not draw it, a note saying so. */
export function timelineChart(doc: MarkdownDoc, title: string, bars: readonly TimelineBar[]): void {
  const gantt = ganttLines(title, bars);
  if (gantt) doc.code('mermaid', gantt);
  else doc.paragraph(`The chart is left out: with ${count(bars.length, 'record')} it would be longer than the 50,000 characters Mermaid draws. The table below lists them all.`, { raw: true });
}

/** A record id as a task name, shortened with "…" when the line would pass markdownlint's width. */
function taskName(id: string, rest: number): string {
  const room = LINE_WIDTH - rest;
  return id.length <= room ? id : `${id.slice(0, Math.max(1, room - 1))}…`;
}

/** What a period of a given length is called: year, decade, century, period. */
export function periodWord(years: number): string {
  return years === 1 ? 'year' : years === 10 ? 'decade' : years === 100 ? 'century' : 'period';
}

/** "2021", "1960s", or "1900–1999" for longer periods. */
export function periodLabel({ start, years }: PeriodCount): string {
  return years === 1 ? String(start) : years === 10 ? `${start}s` : `${start}–${start + years - 1}`;
}

/** A Mermaid bar chart of records per period (year, decade, ...). */
export function periodChartLines(periods: readonly PeriodCount[]): string[] {
  const totals = periods.map((p) => p.agreements + p.programmes);
  return [
    'xychart-beta',
    `    title "Agreements and programmes by ${periodWord(periods[0]?.years ?? 1)}"`,
    `    x-axis [${periods.map((p) => `"${periodLabel(p)}"`).join(', ')}]`,
    `    y-axis "Records" 0 --> ${Math.max(1, ...totals)}`,
    `    bar [${totals.join(', ')}]`,
  ];
}

/** True when every line of the chart passes markdownlint's line length (MD013). */
export function chartFits(lines: readonly string[]): boolean {
  return lines.every(fitsLineLength);
}
