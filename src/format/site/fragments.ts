import type { DayWindow } from '../../core/deadlines/calendar.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import type { Commitment } from '../../core/model.js';
import type { RecordCountry, SiteRecord } from '../../core/site/site-data.js';
import { AREAS } from '../../core/vocabulary.js';
import { whenText, windowText } from '../deadlines/describe.js';
import { html, join, type Html, type HtmlValue } from './html.js';
import { relativeHref, SITE_PATHS } from './paths.js';

/** Links made relative to one page. */
export interface Linker {
  /** The page's own path from the site root. */
  path: string;
  to(target: string): string;
  record(id: string): string;
  country(code: string): string;
}

export function linker(path: string): Linker {
  const to = (target: string): string => relativeHref(path, target);
  return { path, to, record: (id) => to(SITE_PATHS.record(id)), country: (code) => to(SITE_PATHS.country(code)) };
}

export interface Column {
  label: string;
  numeric?: boolean;
  /** Dates and short codes: never broken across lines. */
  nowrap?: boolean;
  /** Left out on a phone-sized screen, to leave room for the rest. */
  wide?: boolean;
}

export interface TableInput {
  id: string;
  caption: HtmlValue;
  columns: readonly Column[];
  /** Each row's first cell is its row header. */
  rows: readonly (readonly HtmlValue[])[];
  /** Extra markup on each <tr>, e.g. data attributes for the filter. */
  rowAttributes?: readonly Html[];
  className?: string;
  /** Hide the caption visually when a heading right above says the same. */
  hideCaption?: boolean;
}

/** A table with a caption and column and row headers, in a focusable scroll box for narrow screens. */
export function table({ id, caption, columns, rows, rowAttributes, className, hideCaption }: TableInput): Html {
  const cls = (c: Column): Html | string => {
    const names = [c.numeric && 'num', c.nowrap && 'nowrap', c.wide && 'wide-only'].filter(Boolean).join(' ');
    return names ? html` class="${names}"` : '';
  };
  const body = rows.map((cells, r) => {
    const [first, ...rest] = cells;
    return html`<tr${rowAttributes?.[r] ?? ''}><th scope="row"${cls(columns[0]!)}>${first}</th>${rest.map((cell, i) => html`<td${cls(columns[i + 1]!)}>${cell}</td>`)}</tr>
`;
  });
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table id="${id}"${className ? html` class="${className}"` : ''}>
<caption id="${id}-caption"${hideCaption ? html` class="visually-hidden"` : ''}>${caption}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col"${cls(c)}>${c.label}</th>`)}</tr></thead>
<tbody>
${body}</tbody>
</table>
</div>`;
}

export function countryLinks(countries: readonly RecordCountry[], link: Linker, withRole = false): Html {
  return join(
    countries.map((c) => html`<a href="${link.country(c.code)}">${c.name}</a>${withRole && c.role !== 'party' ? ` (${c.role})` : ''}`),
    ', ',
  );
}

export function recordLink(record: SiteRecord, link: Linker): Html {
  return html`<a href="${link.record(record.record.id)}">${record.record.title}</a>`;
}

export function areaLabel(area: string): string {
  return AREAS[area as keyof typeof AREAS]?.label ?? area;
}

export function words(value: string): string {
  return value.replace(/[-_]/g, ' ');
}

export { count } from '../count.js';

const ANCHOR_WORDS = { signed: 'signing', entry_into_force: 'entry into force', start: 'the start' } as const;

/** The deadline as the record states it: "by 2025-10-01" or "within P30D of signing". */
export function dueRule(c: Commitment): string {
  if (c.due?.date) return `by ${c.due.date}`;
  if (c.due?.within) return `within ${c.due.within} of ${ANCHOR_WORDS[c.due.from ?? 'signed']}`;
  return 'no deadline given';
}

export function dueText(due: DayWindow | undefined): string {
  return due ? windowText(due) : '—';
}

/** "15 days overdue", with a class the stylesheet marks; plain text for anything else. */
export function timing(d: TimedDeadline | undefined): Html {
  if (!d) return html`no deadline`;
  return html`<span class="timing timing-${d.timing}">${whenText(d)}</span>`;
}

export function statusBadge(status: string): Html {
  return html`<span class="status">${words(status)}</span>`;
}

export const DEADLINE_TYPE_WORDS: Record<string, string> = { commitment: 'Commitment', expiry: 'Expiry', 'renewal-notice': 'Renewal notice' };

/** Paragraphs of record text, split at blank lines. */
export function paragraphs(text: string): Html {
  return html`${text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => html`<p>${p.trim()}</p>
`)}`;
}
