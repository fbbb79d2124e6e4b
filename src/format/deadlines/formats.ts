import { countryName } from '../../core/countries/resolve.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { jsonText } from '../json.js';
import { markdownTable } from '../markdown.js';
import { fitTable, type Column } from '../fit-table.js';
import type { OutputContext } from '../output-context.js';
import { whenText, windowText } from './describe.js';

const HEAD = ['Due', 'When', 'Record', 'Countries', 'What', 'Status'];

function cells(d: TimedDeadline): string[] {
  return [windowText(d.due), whenText(d), d.record.id, d.record.countries.map(countryName).join(', '), d.what, d.status];
}

/** The documented JSON shape of one deadline. */
export function deadlineJson(d: TimedDeadline, path: (file: string) => string): Record<string, unknown> {
  return {
    record: d.record.id,
    record_kind: d.record.kind,
    file: path(d.file),
    type: d.type,
    item: d.item,
    countries: d.record.countries,
    what: d.what,
    due: d.due.earliest,
    due_latest: d.due.latest,
    status: d.status,
    timing: d.timing,
    days_left: d.daysLeft,
  };
}

export function deadlinesJson(deadlines: readonly TimedDeadline[], path: (file: string) => string): string {
  return jsonText(deadlines.map((d) => deadlineJson(d, path)));
}

/** A Markdown table; nothing at all when there are no deadlines. */
export function deadlinesMarkdown(deadlines: readonly TimedDeadline[]): string {
  return deadlines.length ? markdownTable(HEAD, deadlines.map(cells)) : '';
}

// When even whole words do not fit: COUNTRIES goes first, then STATUS, then the record id.
const COLUMNS: Column[] = [
  { head: 'DUE' },
  { head: 'WHEN' },
  { head: 'RECORD', breakAt: 'hyphens', drop: 3 },
  { head: 'COUNTRIES', drop: 1 },
  { head: 'WHAT', weight: 2 },
  { head: 'STATUS', drop: 2 },
];

export function deadlinesTable(deadlines: readonly TimedDeadline[], { paint, width }: Pick<OutputContext, 'paint' | 'width'>): string {
  const paintCell = (cell: string, column: string, row: number): string => {
    const d = deadlines[row]!;
    if (column !== 'WHEN') return cell;
    return d.timing === 'overdue' ? paint.red(cell) : d.timing === 'possibly-due' || (d.timing === 'due' && d.daysLeft <= 7) ? paint.yellow(cell) : cell;
  };
  return fitTable(COLUMNS, deadlines.map(cells), { paint, width, paintCell });
}
