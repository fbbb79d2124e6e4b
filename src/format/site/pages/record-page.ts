import { countryName } from '../../../core/countries/resolve.js';
import { entryIntoForceDate, signedDate, type Agreement, type Organisation, type Person, type Programme, type ProgrammeEvent, type Source } from '../../../core/model.js';
import type { CurrentStatus } from '../../../core/status/current-status.js';
import type { SiteData, SiteRecord } from '../../../core/site/site-data.js';
import { windowText } from '../../deadlines/describe.js';
import { areaLabel, countryLinks, DEADLINE_TYPE_WORDS, dueRule, dueText, linker, paragraphs, statusBadge, table, timing, words, type Linker } from '../fragments.js';
import { html, join, webUrl, type Html, type HtmlValue } from '../html.js';
import { page } from '../layout.js';
import { SITE_PATHS, slug } from '../paths.js';
import type { PageContext } from './index-page.js';

export interface RecordPageContext extends PageContext {
  /** Where record files can be read on the web: the repository URL that file paths are appended to. */
  repoUrl?: string;
}

const COMMON = ['id', 'kind', 'title', 'title_descriptive', 'status', 'status_as_of', 'status_source', 'organisations', 'areas', 'commitments', 'sources', 'notes'] as const;
/** The fields this page lays out; any other field is shown under "Other fields", never dropped. */
const KNOWN = {
  agreement: [...COMMON, 'instrument', 'legal_nature', 'parties', 'signatories', 'signed', 'entry_into_force', 'expires', 'validity', 'history'],
  programme: [...COMMON, 'modalities', 'countries', 'agreement', 'start', 'end', 'events'],
} as const;

/** The anchor of a cited source on the record page. */
const sourceAnchor = (id: string): string => `source-${slug(id)}`;

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
<p class="lead"><code>${record.id}</code> · ${record.kind} · ${statusBadge(site.status.status)} · ${countryLinks(site.countries, link)}</p>
${record.title_descriptive ? html`<p class="note">The title describes the record; it is not quoted from a source.</p>` : ''}
<section aria-labelledby="details-heading">
<h2 id="details-heading">Details</h2>
<dl class="fields">
${fields.filter(([, value]) => value !== undefined && value !== '').map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>
`)}<dt>Record file</dt><dd>${fileUrl ? html`<a href="${fileUrl}">${site.repoPath}</a>` : html`<code>${site.repoPath}</code>`}</dd>
</dl>
</section>
${commitmentsSection(site)}
${site.agreementDates.length ? expirySection(site) : ''}
${historySection(site, link, byId)}
${record.kind === 'programme' && record.events?.length ? eventsSection(record.events, link, site) : ''}
<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources</h2>
<ol class="sources">
${record.sources.map((s) => html`<li${s.id ? html` id="${sourceAnchor(s.id)}"` : ''}>${source(s)}</li>
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
  const expiry = site.expiry;
  return [
    ['Instrument', words(a.instrument)],
    ['Legal nature', a.legal_nature],
    ['Parties', countryCodes(site, link)],
    ['Signatories', a.signatories?.length ? html`<ul class="plain">${a.signatories.map((p) => html`<li>${person(p, link)}</li>`)}</ul>` : undefined],
    ['Signed', [signedDate(a), a.signed?.place].filter(Boolean).join(', ')],
    ['Entry into force', entryIntoForceDate(a)],
    ['Expires', expiry?.window ? (expiry.stated && a.expires ? a.expires : `${windowText(expiry.window)} (${expiry.basis})`) : expiry?.unknown ? `unknown: ${expiry.unknown}` : a.expires],
    ['Validity', a.validity && [a.validity.duration && `runs ${a.validity.duration}`, a.validity.renewal && `renewal: ${a.validity.renewal}`, a.validity.notice && `notice: ${a.validity.notice}`].filter(Boolean).join(', ')],
    ['Status', statusField(site.status, a)],
    ['Organisations', organisations(a.organisations, link)],
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
    ['Status', statusField(site.status, p)],
    ['Organisations', organisations(p.organisations, link)],
    ['Health areas', p.areas?.map(areaLabel).join(', ')],
  ];
}

function countryCodes(site: SiteRecord, link: Linker): Html {
  return join(
    site.countries.map((c) => html`<a href="${link.country(c.code)}">${c.name}</a> (${c.code})${c.role !== 'party' ? `, ${c.role}` : ''}`),
    ', ',
  );
}

/** A link to the cited source on this page, or the id as text when no source has it. */
function cite(id: string | undefined, site: SiteRecord): HtmlValue {
  if (!id) return '';
  return site.record.sources.some((s) => s.id === id) ? html` <small>(source: <a href="#${sourceAnchor(id)}">${id}</a>)</small>` : html` <small>(source: ${id})</small>`;
}

/** The current status, when it was known and from which source, and what the history says beside it. */
function statusField(current: CurrentStatus, record: Agreement | Programme): Html {
  const known = [record.status_as_of && `as of ${record.status_as_of}`, record.status_source && `source: ${record.status_source}`].filter(Boolean).join(', ');
  const implied = current.implied;
  const event = implied ? [words(implied.event.type), implied.event.party && `by ${countryName(implied.event.party)}`, implied.event.date && `${implied.event.date.length === 10 ? 'on' : 'in'} ${implied.event.date}`].filter(Boolean).join(' ') : '';
  const note =
    implied && current.relation === 'history-ahead'
      ? `from the history (${event}); the record says ${words(current.stated)}`
      : implied && current.relation === 'stated-unknown'
        ? `last known from the history: ${words(implied.status)} (${event})`
        : implied && current.relation === 'history-behind'
          ? `the history ends at ${words(implied.status)} (${event})`
          : implied && current.relation === 'conflict'
            ? `the history says ${words(implied.status)} (${event})`
            : '';
  return html`${words(current.status)}${known ? ` (${known})` : ''}${note ? html`<br><small>${note}</small>` : ''}`;
}

function organisations(list: readonly Organisation[] | undefined, link: Linker): Html | undefined {
  if (!list?.length) return undefined;
  return html`<ul class="plain">${list.map(
    (o) => html`<li>${o.name}${o.type ? ` (${words(o.type)})` : ''}, ${o.role}${o.country ? html`, <a href="${link.country(o.country)}">${countryName(o.country)}</a>` : ''}${o.source ? html` <small>(source: ${o.source})</small>` : ''}</li>`,
  )}</ul>`;
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
    html`${statusBadge(row.commitment.status)}${row.commitment.met_on ? ` on ${row.commitment.met_on}` : row.commitment.met_on_unknown ? ', date unknown' : ''}${row.commitment.status_as_of ? html` <small>as of ${row.commitment.status_as_of}</small>` : ''}${cite(row.commitment.status_source, site)}`,
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

function historySection(site: SiteRecord, link: Linker, byId: ReadonlyMap<string, SiteRecord>): Html {
  return html`<section aria-labelledby="history-heading">
<h2 id="history-heading">History</h2>
${site.history.length === 0 ? html`<p>The sources give no dates for this record.</p>` : table({
  id: 'history',
  caption: 'Events in the record, oldest first',
  hideCaption: true,
  columns: [{ label: 'Date', nowrap: true }, { label: 'What happened' }],
  rows: site.history.map((h) => [
    h.date ?? 'undated',
    html`${h.what}${h.record ? (byId.has(h.record) ? html` (<a href="${link.record(h.record)}">${h.record}</a>)` : html` (<code>${h.record}</code>)`) : ''}${cite(h.source, site)}`,
  ]),
})}
</section>`;
}

function eventsSection(events: readonly ProgrammeEvent[], link: Linker, site: SiteRecord): Html {
  return html`<section aria-labelledby="events-heading">
<h2 id="events-heading">Events</h2>
<ol class="events">
${events.map(
  (e) => html`<li><p><strong>${words(e.type)}</strong>${e.date ? `, ${e.date}` : ''}${e.duration ? `, for ${e.duration}` : ''}${cite(e.source, site)}</p>
<p>${e.description}</p>
<dl class="fields">
${e.from ? html`<dt>From</dt><dd><a href="${link.country(e.from)}">${countryName(e.from)}</a></dd>` : ''}
${e.to ? html`<dt>To</dt><dd><a href="${link.country(e.to)}">${countryName(e.to)}</a></dd>` : ''}
${e.country ? html`<dt>Country concerned</dt><dd><a href="${link.country(e.country)}">${countryName(e.country)}</a></dd>` : ''}
${e.size !== undefined ? html`<dt>People taking part</dt><dd>${e.size}</dd>` : ''}
${e.sites?.length ? html`<dt>Sites</dt><dd>${e.sites.map((s) => (s.type ? `${s.name} (${s.type})` : s.name)).join('; ')}</dd>` : ''}
${e.people?.length ? html`<dt>People</dt><dd>${join(e.people.map((p) => person(p, link)), '; ')}</dd>` : ''}
</dl></li>
`,
)}</ol>
</section>`;
}

/** A source; only http(s) URLs become links, anything else stays text. */
function source(s: Source): Html {
  const url = webUrl(s.url);
  const archive = webUrl(s.archive_url);
  const facts = [s.publisher, s.via && `via ${s.via}`, s.published && `published ${s.published}`, s.accessed && `accessed ${s.accessed}`, s.language && `in ${languageName(s.language)}`].filter(Boolean).join(', ');
  // A language tag marks the title only when it is well formed and names a known language, so a
  // screen reader can trust it.
  const lang = s.language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(s.language) && languageName(s.language) !== s.language ? s.language : undefined;
  const title = url ? html`<a href="${url}" rel="noopener noreferrer"${lang ? html` hreflang="${lang}"` : ''}>${s.title}</a>` : html`<cite${lang ? html` lang="${lang}"` : ''}>${s.title}</cite>`;
  return html`${title}${s.title_translation ? ` ("${s.title_translation}")` : ''}${facts ? `, ${facts}` : ''}${s.url && !url ? html` <span class="url">(address: <code>${s.url}</code>)</span>` : ''}${archive ? html` (<a href="${archive}" rel="noopener noreferrer">archived copy</a>)` : s.archive_url ? html` <span class="url">(archived: <code>${s.archive_url}</code>)</span>` : ''}${s.id ? html` <small>[${s.id}]</small>` : ''}`;
}

/** "Russian" for ru; the tag itself when the runtime does not know it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A field coop does not know yet, shown whole rather than dropped. */
function anyValue(value: unknown): Html {
  if (value === null || value === undefined) return html`<em>empty</em>`;
  if (Array.isArray(value)) return html`<ol>${value.map((v) => html`<li>${anyValue(v)}</li>`)}</ol>`;
  if (typeof value === 'object') return html`<dl>${Object.entries(value as Record<string, unknown>).map(([k, v]) => html`<dt>${k}</dt><dd>${anyValue(v)}</dd>`)}</dl>`;
  return html`${String(value)}`;
}
