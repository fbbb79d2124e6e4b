import type { CountrySummary } from '../../../core/query/country-summary.js';
import type { SiteData } from '../../../core/site/site-data.js';
import { AGREEMENT_STATUSES, AREAS, PROGRAMME_STATUSES } from '../../../core/vocabulary.js';
import { areaLabel, count, countryLinks, linker, recordLink, statusBadge, table, words, type Linker } from '../fragments.js';
import { html, type Html } from '../html.js';
import { page, SITE_NAME } from '../layout.js';
import { isDrawn, legendSteps, MAP_DATA_NOTE, worldMap, type MapCountry } from '../map.js';
import { SITE_PATHS } from '../paths.js';

export interface PageContext {
  version: string;
}

/** The front page: figures, the world map with its table, and the filterable table of records. */
export function indexPage(data: SiteData, { version }: PageContext): string {
  const path = SITE_PATHS.index;
  const link = linker(path);
  const { totals } = data;
  const body = html`<h1>${SITE_NAME}</h1>
<p class="lead">As of ${data.asOf}: ${count(totals.agreements, 'agreement')} and ${count(totals.programmes, 'programme')} between ${count(totals.countries, 'country', 'countries')}.</p>
<section aria-labelledby="figures-heading">
<h2 id="figures-heading">Headline figures</h2>
<ul class="figures">
<li><span class="figure">${totals.agreements}</span> ${totals.agreements === 1 ? 'agreement' : 'agreements'}</li>
<li><span class="figure">${totals.programmes}</span> ${totals.programmes === 1 ? 'programme' : 'programmes'}</li>
<li><span class="figure">${totals.countries}</span> <a href="${link.to(SITE_PATHS.countries)}">${totals.countries === 1 ? 'country' : 'countries'}</a></li>
<li><span class="figure">${totals.pendingCommitments}</span> pending ${totals.pendingCommitments === 1 ? 'commitment' : 'commitments'}</li>
<li><span class="figure">${totals.overdue}</span> <a href="${link.to(SITE_PATHS.deadlines)}#overdue">overdue ${totals.overdue === 1 ? 'deadline' : 'deadlines'}</a></li>
</ul>
${data.skipped.length ? html`<p class="notice">${count(data.skipped.length, 'record file')} with errors ${data.skipped.length === 1 ? 'is' : 'are'} left out (run <code>coop validate</code>): ${data.skipped.join(', ')}.</p>` : ''}
</section>
${mapSection(data.countries, link)}
${recordsSection(data, link)}
${yearsSection(data)}
<section aria-labelledby="downloads-heading">
<h2 id="downloads-heading">Downloads</h2>
<ul>
<li><a href="${link.to(SITE_PATHS.recordsJson)}" download>All records as JSON</a>: every record as stored, with the names of its countries (the same as <code>coop list --format json</code>).</li>
<li><a href="${link.to(SITE_PATHS.ics)}" download>Deadlines calendar (.ics)</a>: every dated commitment, expiry and renewal notice, for a calendar application.</li>
</ul>
</section>`;
  return page({ path, title: SITE_NAME, section: 'records', body, asOf: data.asOf, version, scripts: [SITE_PATHS.minisearch, SITE_PATHS.searchIndex, SITE_PATHS.script] });
}

function mapEntry(c: CountrySummary, link: Linker): MapCountry {
  return { count: c.agreements + c.programmes, title: `${c.name}: ${count(c.agreements, 'agreement')}, ${count(c.programmes, 'programme')}`, href: link.country(c.code) };
}

/** The map, its legend, the table holding the same numbers, and the countries it cannot draw. */
export function mapSection(countries: readonly CountrySummary[], link: Linker): Html {
  const entries = new Map(countries.map((c) => [c.code, mapEntry(c, link)]));
  const notDrawn = countries.filter((c) => !isDrawn(c.code));
  return html`<section aria-labelledby="map-heading">
<h2 id="map-heading">Countries on the map</h2>
<div class="map-layout">
<figure class="map-figure">
${worldMap({ id: 'world', label: 'World map of the countries in the registry, shaded by their number of records; each shaded country links to its page.', countries: entries })}
<figcaption>
${legend(countries.map((c) => c.agreements + c.programmes), 'record', 'records')}
${notDrawnNote(notDrawn, link)}
<p class="map-note">${MAP_DATA_NOTE}</p>
</figcaption>
</figure>
${table({
  id: 'country-counts',
  caption: 'Records by country, as shaded on the map',
  columns: [{ label: 'Country' }, { label: 'Code' }, { label: 'Agreements', numeric: true }, { label: 'Programmes', numeric: true }, { label: 'Total', numeric: true }],
  rows: countries.map((c) => [html`<a href="${link.country(c.code)}">${c.name}</a>`, c.code, c.agreements, c.programmes, c.agreements + c.programmes]),
  className: 'compact',
})}
</div>
</section>`;
}

export function legend(counts: readonly number[], one: string, many: string): Html {
  const steps = legendSteps(counts);
  if (steps.length === 0) return html``;
  return html`<ul class="legend" aria-label="Legend">
${steps.map((s) => html`<li><span class="swatch shade-${s.shade}" aria-hidden="true"></span> ${s.min === s.max ? count(s.min, one, many) : `${s.min}–${s.max} ${many}`}</li>
`)}<li><span class="swatch shade-0" aria-hidden="true"></span> none</li>
</ul>`;
}

export function notDrawnNote(notDrawn: readonly { code: string; name: string }[], link: Linker): Html {
  if (notDrawn.length === 0) return html`<p class="not-drawn">Every country with records is drawn on the map.</p>`;
  return html`<p class="not-drawn">Not drawn on the map (too small at this scale, or not a separate shape in the map data): ${countryLinks(
    notDrawn.map((c) => ({ code: c.code, name: `${c.name} (${c.code})`, role: 'party' })),
    link,
  )}.</p>`;
}

function recordsSection(data: SiteData, link: Linker): Html {
  const statuses = [...new Set([...AGREEMENT_STATUSES, ...PROGRAMME_STATUSES])].filter((s) => data.records.some((r) => r.status.status === s));
  const areas = Object.keys(AREAS).filter((a) => data.records.some((r) => (r.record.areas as readonly string[] | undefined)?.includes(a)));
  const years = data.years.map((y) => y.start);
  const countries = [...data.countries].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const option = (value: string, label: string): Html => html`<option value="${value}">${label}</option>`;
  const rows = data.records.map((r) => [
    recordLink(r, link),
    r.record.kind,
    countryLinks(r.countries, link),
    r.dated ? (r.record.kind === 'agreement' ? r.record.signed?.date : r.record.start) : 'undated',
    statusBadge(r.status.status),
    (r.record.areas ?? []).map(areaLabel).join(', '),
  ]);
  const attributes = data.records.map(
    (r) =>
      html` id="row-${r.record.id}" data-id="${r.record.id}" data-kind="${r.record.kind}" data-status="${r.status.status}" data-countries="${r.countries.map((c) => c.code).join(' ')}" data-areas="${(r.record.areas ?? []).join(' ')}" data-from="${r.dated?.earliest ?? ''}" data-to="${r.dated?.latest ?? ''}"`,
  );
  return html`<section aria-labelledby="records-heading">
<h2 id="records-heading">All records</h2>
<p>Every agreement and programme, newest first. Dates are the signing of an agreement or the start of a programme; the status is the current one as of ${data.asOf} (an agreement's history can move it on from the status its record states).</p>
<form id="record-filters" class="filters" role="search" aria-label="Filter records" hidden>
<div class="field field-wide"><label for="filter-search">Search</label><input id="filter-search" name="q" type="search" autocomplete="off" aria-describedby="filter-search-hint"><small id="filter-search-hint">Words in titles, notes, commitments, people, places and countries; every word must match.</small></div>
<div class="field"><label for="filter-country">Country</label><select id="filter-country" name="country"><option value="">Any</option>${countries.map((c) => option(c.code, c.name))}</select></div>
<div class="field"><label for="filter-kind">Kind</label><select id="filter-kind" name="kind"><option value="">Any</option>${option('agreement', 'Agreements')}${option('programme', 'Programmes')}</select></div>
<div class="field"><label for="filter-status">Status</label><select id="filter-status" name="status"><option value="">Any</option>${statuses.map((s) => option(s, words(s)))}</select></div>
<div class="field"><label for="filter-area">Health area</label><select id="filter-area" name="area"><option value="">Any</option>${areas.map((a) => option(a, areaLabel(a)))}</select></div>
<div class="field field-year"><label for="filter-since">From year</label><input id="filter-since" name="since" type="number" inputmode="numeric" min="${years[0] ?? ''}" max="${years.at(-1) ?? ''}" placeholder="${years[0] ?? ''}"></div>
<div class="field field-year"><label for="filter-until">To year</label><input id="filter-until" name="until" type="number" inputmode="numeric" min="${years[0] ?? ''}" max="${years.at(-1) ?? ''}" placeholder="${years.at(-1) ?? ''}"></div>
<div class="field field-actions"><button type="reset">Clear filters</button></div>
</form>
<p id="filter-status-line" class="filter-status" role="status" aria-live="polite">${count(data.records.length, 'record')}.</p>
${table({
  id: 'records',
  caption: 'Every record, newest first',
  hideCaption: true,
  columns: [{ label: 'Record' }, { label: 'Kind', wide: true }, { label: 'Countries' }, { label: 'Date', nowrap: true }, { label: 'Status' }, { label: 'Health areas', wide: true }],
  rows,
  rowAttributes: attributes,
})}
</section>`;
}

function yearsSection(data: SiteData): Html {
  if (data.years.length === 0) return html``;
  const max = Math.max(1, ...data.years.map((y) => y.agreements + y.programmes));
  return html`<section aria-labelledby="years-heading">
<h2 id="years-heading">Records by year</h2>
${table({
  id: 'by-year',
  caption: 'Agreements signed and programmes started, by year',
  columns: [{ label: 'Year' }, { label: 'Agreements', numeric: true }, { label: 'Programmes', numeric: true }, { label: 'Total', numeric: true }, { label: 'Chart' }],
  rows: data.years.map((y) => [String(y.start), y.agreements, y.programmes, y.agreements + y.programmes, bar(y.agreements + y.programmes, max)]),
  className: 'compact',
})}
</section>`;
}

/** A bar drawn in SVG (not an inline style, which the CSP forbids), hidden from screen readers. */
function bar(value: number, max: number): Html {
  const width = Math.round((value / max) * 200);
  return html`<svg class="bar" width="200" height="12" viewBox="0 0 200 12" aria-hidden="true" focusable="false"><rect width="${width}" height="12"/></svg>`;
}
