import { countryName } from '../../../core/countries/resolve.js';
import type { SiteData } from '../../../core/site/site-data.js';
import { count, linker, table } from '../fragments.js';
import { html, join } from '../html.js';
import { page } from '../layout.js';
import { isDrawn } from '../map.js';
import { SITE_PATHS } from '../paths.js';
import type { PageContext } from './index-page.js';

/** Every country in the registry with its counts and partners, most records first. */
export function countriesPage(data: SiteData, { version }: PageContext): string {
  const path = SITE_PATHS.countries;
  const link = linker(path);
  const body = html`<h1>Countries</h1>
<p class="lead">As of ${data.asOf}: ${count(data.countries.length, 'country', 'countries')} take part in the registry's agreements and programmes, most records first. The map is on the <a href="${link.to(SITE_PATHS.index)}#map-heading">front page</a>.</p>
${table({
  id: 'countries',
  caption: 'Countries with their agreements, programmes, pending commitments and partners',
  hideCaption: true,
  columns: [{ label: 'Country' }, { label: 'Code' }, { label: 'Agreements', numeric: true }, { label: 'Programmes', numeric: true }, { label: 'Pending commitments', numeric: true }, { label: 'Partners' }, { label: 'On the map' }],
  rows: data.countries.map((c) => [
    html`<a href="${link.country(c.code)}">${c.name}</a>`,
    c.code,
    c.agreements,
    c.programmes,
    c.pending_commitments,
    join(c.partners.map((p) => html`<a href="${link.country(p)}">${countryName(p)}</a>`), ', '),
    isDrawn(c.code) ? 'yes' : 'not drawn',
  ]),
})}`;
  return page({ path, title: 'Countries', section: 'countries', body, asOf: data.asOf, version });
}
