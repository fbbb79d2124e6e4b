import { countryName } from '../../../core/countries/resolve.js';
import type { Agreement, Person, Programme, ProgrammeEvent, Source } from '../../../core/model.js';
import type { SiteData, SiteRecord } from '../../../core/site/site-data.js';
import { windowText } from '../../deadlines/describe.js';
import { areaLabel, countryLinks, DEADLINE_TYPE_WORDS, dueRule, dueText, linker, paragraphs, statusBadge, table, timing, words, type Linker } from '../fragments.js';
import { html, join, webUrl, type Html, type HtmlValue } from '../html.js';
import { page } from '../layout.js';
import { SITE_PATHS } from '../paths.js';
import type { PageContext } from './index-page.js';

export interface RecordPageContext extends PageContext {
  /** Where record files can be read on the web: the repository URL that file paths are appended to. */
  repoUrl?: string;
}

const KNOWN = {
  agreement: ['id', 'kind', 'title', 'instrument', 'legal_nature', 'parties', 'signatories', 'signed', 'entry_into_force', 'expires', 'validity', 'status', 'areas', 'commitments', 'sources', 'notes'],
  programme: ['id', 'kind', 'title', 'modalities', 'countries', 'agreement', 'start', 'end', 'status', 'areas', 'events', 'commitments', 'sources', 'notes'],
} as const;

/** One record: every field, countries by name, commitments with computed deadlines, sources, history. */
export function recordPage(data: SiteData, site: SiteRecord, byId: ReadonlyMap<string, SiteRecord>, { version, repoUrl }: RecordPageContext): string {
  const { record } = site;
  const path = SITE_PATHS.record(record.id);
  const link = linker(path);
  const fields = record.kind === 'agreement' ? agreementFields(site, record, link) : programmeFields(site, record, link, byId);
  const fileUrl = repoUrl && webUrl(`${repoUrl.replace(/\/+$/, '')}/${site.repoPath.split('/').map(encodeURIComponent).join('/')}`);
  const other = Object.keys(record).filter((key) => !(KNOWN[record.kind] as readonly string[]).includes(key));
  const body = html`<p class="breadcrumb"><a href="${link.to(SITE_PATHS.index)}">Records</a> › ${record.kind === 'agreement' ? 'Agreement' : 'Programme'}</p>
<h1>${record.title}</h1>
<p class="lead"><code>${record.id}</code> · ${record.kind} · ${statusBadge(record.status)} · ${countryLinks(site.countries, link)}</p>
<section aria-labelledby="details-heading">
<h2 id="details-heading">Details</h2>
<dl class="fields">
${fields.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>
`)}<dt>Record file</dt><dd>${fileUrl ? html`<a href="${fileUrl}">${site.repoPath}</a>` : html`<code>${site.repoPath}</code>`}</dd>
</dl>
</section>
${commitmentsSection(site)}
${site.agreementDates.length ? expirySection(site) : ''}
${historySection(site)}
${record.kind === 'programme' && record.events?.length ? eventsSection(record.events, link) : ''}
<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources</h2>
<ol class="sources">
${record.sources.map((s) => html`<li>${source(s)}</li>
`)}</ol>
</section>
${record.notes ? html`<section aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2>
${paragraphs(record.notes)}</section>` : ''}
${other.length ? html`<section aria-labelledby="other-heading"><h2 id="other-heading">Other fields</h2>
<dl class="fields">${other.map((key) => html`<dt>${key}</dt><dd>${anyValue((record as unknown as Record<string, unknown>)[key])}</dd>`)}</dl></section>` : ''}`;
  return page({ path, title: record.title, section: 'records', body, asOf: data.asOf, version });
}

type Field = [label: string, value: HtmlValue];

function agreementFields(site: SiteRecord, a: Agreement, link: Linker): Field[] {
  const expiry = site.agreementDates.find((d) => d.type === 'expiry');
  return [
    ['Instrument', words(a.instrument)],
    ['Legal nature', a.legal_nature],
    ['Parties', countryCodes(site, link)],
    ['Signatories', a.signatories?.length ? html`<ul class="plain">${a.signatories.map((p) => html`<li>${person(p, link)}</li>`)}</ul>` : undefined],
    ['Signed', [a.signed?.date, a.signed?.place].filter(Boolean).join(', ')],
    ['Entry into force', a.entry_into_force],
    ['Expires', a.expires ?? (expiry && `${windowText(expiry.due)} (computed: entry into force + ${a.validity?.duration ?? ''})`)],
    ['Validity', a.validity && [a.validity.duration && `runs ${a.validity.duration}`, a.validity.renewal && `renewal: ${a.validity.renewal}`, a.validity.notice && `notice: ${a.validity.notice}`].filter(Boolean).join(', ')],
    ['Status', words(a.status)],
    ['Health areas', a.areas?.map(areaLabel).join(', ')],
    ['Programmes under it', site.programmes.length ? join(site.programmes.map((id) => html`<a href="${link.record(id)}">${id}</a>`), ', ') : undefined],
  ];
}

function programmeFields(site: SiteRecord, p: Programme, link: Linker, byId: ReadonlyMap<string, SiteRecord>): Field[] {
  const agreement = p.agreement ? byId.get(p.agreement) : undefined;
  return [
    ['Modalities', p.modalities.map(words).join(', ')],
    ['Countries', html`<ul class="plain">${site.countries.map((c) => html`<li><a href="${link.country(c.code)}">${c.name}</a> (${c.code}), ${c.role}</li>`)}</ul>`],
    ['Under agreement', p.agreement && (agreement ? html`<a href="${link.record(p.agreement)}">${agreement.record.title}</a> (<code>${p.agreement}</code>)` : html`<code>${p.agreement}</code> (not in this site)`)],
    ['Start', p.start],
    ['End', p.end],
    ['Status', words(p.status)],
    ['Health areas', p.areas?.map(areaLabel).join(', ')],
  ];
}

function countryCodes(site: SiteRecord, link: Linker): Html {
  return join(
    site.countries.map((c) => html`<a href="${link.country(c.code)}">${c.name}</a> (${c.code})`),
    ', ',
  );
}

function person(p: Person, link: Linker): Html {
  return html`${[p.name, p.role].filter(Boolean).join(', ')} (<a href="${link.country(p.country)}">${countryName(p.country)}</a>)`;
}

function commitmentsSection(site: SiteRecord): Html {
  if (site.commitments.length === 0) return html`<section aria-labelledby="commitments-heading"><h2 id="commitments-heading">Commitments</h2><p>None recorded.</p></section>`;
  return html`<section aria-labelledby="commitments-heading">
<h2 id="commitments-heading">Commitments</h2>
${table({
  id: 'commitments',
  caption: 'Commitments, with due dates computed from the record',
  hideCaption: true,
  columns: [{ label: 'Commitment' }, { label: 'Source wording', wide: true }, { label: 'Deadline as stated', wide: true }, { label: 'Due', nowrap: true }, { label: 'When' }, { label: 'Status' }],
  rows: site.commitments.map((row) => [
    html`${row.commitment.text} <small>(<code>${row.commitment.id}</code>)</small>`,
    row.commitment.basis ?? '',
    dueRule(row.commitment),
    dueText(row.due),
    row.due ? timing(row.timed) : html`no deadline given`,
    html`${statusBadge(row.commitment.status)}${row.commitment.met_on ? ` on ${row.commitment.met_on}` : ''}`,
  ]),
})}
</section>`;
}

function expirySection(site: SiteRecord): Html {
  return html`<section aria-labelledby="expiry-heading">
<h2 id="expiry-heading">Expiry and renewal</h2>
${table({
  id: 'expiry',
  caption: 'Expiry and renewal notice dates',
  hideCaption: true,
  columns: [{ label: 'Item' }, { label: 'Due', nowrap: true }, { label: 'When' }],
  rows: site.agreementDates.map((d) => [html`${DEADLINE_TYPE_WORDS[d.type] ?? d.type}: ${d.what}`, windowText(d.due), timing(d)]),
})}
</section>`;
}

function historySection(site: SiteRecord): Html {
  return html`<section aria-labelledby="history-heading">
<h2 id="history-heading">History</h2>
${site.history.length === 0 ? html`<p>The sources give no dates for this record.</p>` : table({
  id: 'history',
  caption: 'Dated events in the record, oldest first',
  hideCaption: true,
  columns: [{ label: 'Date', nowrap: true }, { label: 'What happened' }],
  rows: site.history.map((h) => [h.date ?? 'undated', h.what]),
})}
</section>`;
}

function eventsSection(events: readonly ProgrammeEvent[], link: Linker): Html {
  return html`<section aria-labelledby="events-heading">
<h2 id="events-heading">Events</h2>
<ol class="events">
${events.map(
  (e) => html`<li><p><strong>${words(e.type)}</strong>${e.date ? `, ${e.date}` : ''}${e.duration ? `, for ${e.duration}` : ''}</p>
<p>${e.description}</p>
<dl class="fields">
${e.from ? html`<dt>From</dt><dd><a href="${link.country(e.from)}">${countryName(e.from)}</a></dd>` : ''}
${e.to ? html`<dt>To</dt><dd><a href="${link.country(e.to)}">${countryName(e.to)}</a></dd>` : ''}
${e.size !== undefined ? html`<dt>People taking part</dt><dd>${e.size}</dd>` : ''}
${e.sites?.length ? html`<dt>Sites</dt><dd>${e.sites.map((s) => (s.type ? `${s.name} (${s.type})` : s.name)).join('; ')}</dd>` : ''}
${e.people?.length ? html`<dt>People</dt><dd>${join(e.people.map((p) => person(p, link)), '; ')}</dd>` : ''}
</dl></li>
`,
)}</ol>
</section>`;
}

/** A source; only an http(s) URL becomes a link, anything else stays text. */
function source(s: Source): Html {
  const url = webUrl(s.url);
  const facts = [s.publisher, s.via && `via ${s.via}`, s.published && `published ${s.published}`, s.accessed && `accessed ${s.accessed}`].filter(Boolean).join(', ');
  const title = url ? html`<a href="${url}" rel="noopener noreferrer">${s.title}</a>` : html`<cite>${s.title}</cite>`;
  return html`${title}${facts ? `, ${facts}` : ''}${s.url && !url ? html` <span class="url">(address: <code>${s.url}</code>)</span>` : ''}`;
}

/** A field coop does not know yet, shown whole rather than dropped. */
function anyValue(value: unknown): Html {
  if (value === null || value === undefined) return html`<em>empty</em>`;
  if (Array.isArray(value)) return html`<ol>${value.map((v) => html`<li>${anyValue(v)}</li>`)}</ol>`;
  if (typeof value === 'object') return html`<dl>${Object.entries(value as Record<string, unknown>).map(([k, v]) => html`<dt>${k}</dt><dd>${anyValue(v)}</dd>`)}</dl>`;
  return html`${String(value)}`;
}
