import type { Timing, TimedDeadline } from '../../../core/deadlines/timing.js';
import type { SiteData, SiteRecord } from '../../../core/site/site-data.js';
import { windowText } from '../../deadlines/describe.js';
import { countryLinks, DEADLINE_TYPE_WORDS, linker, recordLink, statusBadge, table, timing, type Linker } from '../fragments.js';
import { html, type Html } from '../html.js';
import { page } from '../layout.js';
import { SITE_PATHS } from '../paths.js';
import type { PageContext } from './index-page.js';

const GROUPS: { timing: Timing; id: string; heading: (within: string) => string; none: string }[] = [
  { timing: 'overdue', id: 'overdue', heading: () => 'Overdue', none: 'Nothing is overdue.' },
  { timing: 'unverified', id: 'unverified', heading: () => 'Unverified', none: 'Nothing is unverified.' },
  { timing: 'possibly-due', id: 'possibly-due', heading: () => 'Possibly due now', none: 'Nothing falls in a window that includes today.' },
  { timing: 'due', id: 'due-soon', heading: (within) => `Due within ${lookAhead(within)}`, none: 'Nothing falls due in this period.' },
  { timing: 'later', id: 'later', heading: () => 'Later', none: 'Nothing further ahead.' },
  { timing: 'closed', id: 'closed', heading: () => 'Closed', none: 'Nothing closed.' },
];

function lookAhead(within: string): string {
  const days = /^P(\d+)D$/.exec(within)?.[1];
  return days ? `${days} days` : within;
}

/** Every dated commitment, expiry and renewal notice, grouped by where it stands on the site's day. */
export function deadlinesPage(data: SiteData, byId: ReadonlyMap<string, SiteRecord>, { version }: PageContext): string {
  const path = SITE_PATHS.deadlines;
  const link = linker(path);
  const body = html`<h1>Deadlines</h1>
<p class="lead">As of ${data.asOf}: pending commitments, agreement expiries and renewal notice dates. A date the source gives only to the month or year is a window; an item is overdue only when the whole window has passed. Unverified items are past their date with an unknown status: nobody has recorded whether they were kept. The same items as a calendar: <a href="${link.to(SITE_PATHS.ics)}" download>deadlines.ics</a>.</p>
${GROUPS.map((g) => {
  const items = data.deadlines.filter((d) => d.timing === g.timing);
  return html`<section aria-labelledby="${g.id}">
<h2 id="${g.id}">${g.heading(data.within)} <small>(${items.length})</small></h2>
${items.length === 0 ? html`<p>${g.none}</p>` : deadlineTable(`${g.id}-table`, g.heading(data.within), items, byId, link)}
</section>`;
})}`;
  return page({ path, title: 'Deadlines', section: 'deadlines', body, asOf: data.asOf, version });
}

function deadlineTable(id: string, caption: string, items: readonly TimedDeadline[], byId: ReadonlyMap<string, SiteRecord>, link: Linker): Html {
  return table({
    id,
    caption,
    hideCaption: true,
    columns: [{ label: 'What' }, { label: 'Due', nowrap: true }, { label: 'When' }, { label: 'Record' }, { label: 'Countries', wide: true }, { label: 'Type', wide: true }, { label: 'Status' }],
    rows: items.map((d) => {
      const site = byId.get(d.record.id)!;
      return [d.what, windowText(d.due), timing(d), recordLink(site, link), countryLinks(site.countries, link), DEADLINE_TYPE_WORDS[d.type] ?? d.type, statusBadge(d.status)];
    }),
  });
}
