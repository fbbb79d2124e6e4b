import type { CountryPage, OpenCommitment, SiteData, SiteRecord } from '../../../core/site/site-data.js';
import { signedDate, type Agreement, type Programme } from '../../../core/model.js';
import { count, countryLinks, dueText, linker, recordLink, statusBadge, table, timing, words, type Linker } from '../fragments.js';
import { html, type Html } from '../html.js';
import { page } from '../layout.js';
import { isDrawn, MAP_DATA_NOTE, worldMap, type MapCountry } from '../map.js';
import { SITE_PATHS } from '../paths.js';
import { legend, notDrawnNote, type PageContext } from './index-page.js';

/** One country: partners and their map, agreements, programmes, a timeline, open commitments. */
export function countryPage(data: SiteData, country: CountryPage, { version }: PageContext): string {
  const { summary } = country;
  const path = SITE_PATHS.country(summary.code);
  const link = linker(path);
  const agreements = country.records.filter((r) => r.record.kind === 'agreement');
  const programmes = country.records.filter((r) => r.record.kind === 'programme');
  const overdue = country.open.filter((o) => o.row.timed?.timing === 'overdue');
  const unverified = country.open.filter((o) => o.row.unverified);
  const open = country.open.filter((o) => o.row.open && o.row.timed?.timing !== 'overdue');
  const body = html`<h1>${summary.name}</h1>
<p class="lead">As of ${data.asOf}: ${count(summary.agreements, 'agreement')} and ${count(summary.programmes, 'programme')} with ${count(country.partners.length, 'partner country', 'partner countries')}. ISO 3166-1 code ${summary.code}.</p>
${partnersSection(country, link)}
<section aria-labelledby="agreements-heading">
<h2 id="agreements-heading">Agreements</h2>
${agreements.length === 0 ? html`<p>None in the registry.</p>` : table({
  id: 'agreements',
  caption: `Agreements ${summary.name} is a party to`,
  hideCaption: true,
  columns: [{ label: 'Agreement' }, { label: 'Instrument', wide: true }, { label: 'Parties' }, { label: 'Signed', nowrap: true }, { label: 'Status' }],
  rows: agreements.map((r) => {
    const a = r.record as Agreement;
    return [recordLink(r, link), words(a.instrument), countryLinks(r.countries, link), signedDate(a) ?? 'not given', statusBadge(r.status.status)];
  }),
})}
</section>
<section aria-labelledby="programmes-heading">
<h2 id="programmes-heading">Programmes</h2>
${programmes.length === 0 ? html`<p>None in the registry.</p>` : table({
  id: 'programmes',
  caption: `Programmes ${summary.name} takes part in`,
  hideCaption: true,
  columns: [{ label: 'Programme' }, { label: 'Modalities', wide: true }, { label: 'Countries and roles' }, { label: 'Runs' }, { label: 'Status' }],
  rows: programmes.map((r) => {
    const p = r.record as Programme;
    return [recordLink(r, link), p.modalities.map(words).join(', '), countryLinks(r.countries, link, true), runs(p), statusBadge(r.status.status)];
  }),
})}
</section>
${timelineSection(country, link)}
<section aria-labelledby="commitments-heading">
<h2 id="commitments-heading">Open and overdue commitments</h2>
<p>Commitments in ${summary.name}'s records that are still pending as of ${data.asOf}, and those whose due date has passed while nobody has recorded whether they were kept.</p>
<h3 id="overdue-heading">Overdue</h3>
${overdue.length === 0 ? html`<p>Nothing is overdue.</p>` : commitmentsTable('overdue-commitments', `Overdue commitments in ${summary.name}'s records`, overdue, link)}
${unverified.length === 0 ? '' : html`<h3 id="unverified-heading">Unverified</h3>
<p>Due dates passed, status unknown: never counted as overdue.</p>
${commitmentsTable('unverified-commitments', `Unverified commitments in ${summary.name}'s records`, unverified, link)}`}
<h3 id="open-heading">Open</h3>
${open.length === 0 ? html`<p>No other open commitments.</p>` : commitmentsTable('open-commitments', `Other open commitments in ${summary.name}'s records`, open, link)}
</section>`;
  return page({ path, title: summary.name, section: 'countries', body, asOf: data.asOf, version });
}

function runs(p: Programme): string {
  if (!p.start && !p.end) return 'not given';
  return `${p.start ?? '?'} to ${p.end ?? (p.status === 'active' ? 'now' : '?')}`;
}

function partnersSection(country: CountryPage, link: Linker): Html {
  const { summary, partners } = country;
  const entries = new Map<string, MapCountry>(
    partners.map((p) => [p.code, { count: p.agreements + p.programmes, title: `${p.name}: ${count(p.agreements + p.programmes, 'shared record')}`, href: link.country(p.code) }]),
  );
  const notDrawn = partners.filter((p) => !isDrawn(p.code));
  if (partners.length === 0) return html`<section aria-labelledby="partners-heading"><h2 id="partners-heading">Partners</h2><p>No partner countries in the registry.</p></section>`;
  return html`<section aria-labelledby="partners-heading">
<h2 id="partners-heading">Partners</h2>
<div class="map-layout">
<figure class="map-figure">
${worldMap({ id: 'partners', label: `Map of ${summary.name}'s partner countries, shaded by the number of records they share; ${summary.name} is drawn in orange.`, countries: entries, highlight: { code: summary.code, title: summary.name } })}
<figcaption>
${legend(partners.map((p) => p.agreements + p.programmes), 'shared record', 'shared records')}
<p>${isDrawn(summary.code) ? html`<span class="swatch shade-self" aria-hidden="true"></span> ${summary.name}` : html`${summary.name} itself is not drawn on the map (too small at this scale, or not a separate shape in the map data).`}</p>
${notDrawnNote(notDrawn, link)}
<p class="map-note">${MAP_DATA_NOTE}</p>
</figcaption>
</figure>
${table({
  id: 'partners',
  caption: `Records ${summary.name} shares with each partner`,
  columns: [{ label: 'Partner' }, { label: 'Code' }, { label: 'Agreements', numeric: true }, { label: 'Programmes', numeric: true }],
  rows: partners.map((p) => [html`<a href="${link.country(p.code)}">${p.name}</a>`, p.code, p.agreements, p.programmes]),
  className: 'compact',
})}
</div>
</section>`;
}

function timelineSection(country: CountryPage, link: Linker): Html {
  const byId = new Map<string, SiteRecord>(country.records.map((r) => [r.record.id, r]));
  const { timeline: bars, undated } = country;
  return html`<section aria-labelledby="timeline-heading">
<h2 id="timeline-heading">Timeline</h2>
${bars.length === 0 ? html`<p>No dated records.</p>` : html`<ol class="timeline">
${bars.map((b) => {
  const r = byId.get(b.id)!;
  return html`<li class="timeline-${b.kind}"><span class="timeline-date">${b.kind === 'agreement' ? b.from : `${b.from} to ${b.to}`}</span> <span class="timeline-what">${b.kind === 'agreement' ? 'Agreement signed' : 'Programme'}: ${recordLink(r, link)}</span></li>
`;
})}</ol>`}
${undated.length ? html`<p>Undated: ${undated.map((r, i) => html`${i ? ', ' : ''}${recordLink(r, link)}`)}.</p>` : ''}
</section>`;
}

function commitmentsTable(id: string, caption: string, items: readonly OpenCommitment[], link: Linker): Html {
  return table({
    id,
    caption,
    hideCaption: true,
    columns: [{ label: 'Commitment' }, { label: 'Record' }, { label: 'Due', nowrap: true }, { label: 'When' }, { label: 'Status', wide: true }],
    rows: items.map(({ record, row }) => [row.commitment.text, recordLink(record, link), dueText(row.due), row.due ? timing(row.timed) : html`no deadline given`, statusBadge(row.commitment.status)]),
  });
}
