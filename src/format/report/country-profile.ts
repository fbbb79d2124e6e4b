import { countryName } from '../../core/countries/resolve.js';
import type { Expiry } from '../../core/deadlines/expiry.js';
import { entryIntoForceDate, signedDate, type Agreement, type CoopRecord, type Person, type Source } from '../../core/model.js';
import type { CountryProfileData } from '../../core/report/country-profile-data.js';
import { AREAS } from '../../core/vocabulary.js';
import { windowText, whenText } from '../deadlines/describe.js';
import { escapeMarkdown, isWebUrl, linkDestination } from '../markdown.js';
import type { OutputContext } from '../output-context.js';
import { MarkdownDoc } from './markdown-doc.js';
import { count } from '../count.js';
import { timelineChart } from './mermaid.js';

const e = escapeMarkdown;
const names = (codes: readonly string[]): string => codes.map((c) => e(countryName(c))).join(', ');

/** One country's health cooperation: partners, agreements, programmes, commitments, timeline. */
export function countryProfile(data: CountryProfileData, { link }: Pick<OutputContext, 'link'>): string {
  const doc = new MarkdownDoc();
  const { code, name, asOf, agreements, programmes, partners } = data;
  const ref = (r: { record: CoopRecord; file: string }): string => doc.link(r.record.id, link(r.file));

  doc.heading(1, `${name}: health cooperation profile`);
  doc.paragraph(`As of ${asOf}: ${count(agreements.length, 'agreement')} and ${count(programmes.length, 'programme')} with ${count(partners.length, 'partner country', 'partner countries')}.`, { raw: true });

  doc.heading(2, 'Partners');
  if (partners.length) doc.table(['Partner', 'Code', 'Agreements', 'Programmes'], partners.map((p) => [e(countryName(p.code)), p.code, String(p.agreements), String(p.programmes)]), ['left', 'left', 'right', 'right']);
  else doc.paragraph('No partners in the registry.', { raw: true });

  if (data.timeline.length) {
    doc.heading(2, 'Timeline');
    timelineChart(doc, `${code} agreements and programmes`, data.timeline);
    doc.table(['Record', 'From', 'To'], data.timeline.map((b) => [doc.link(b.id, link(b.file)), b.from, b.to]));
  }

  doc.heading(2, 'Agreements');
  if (agreements.length === 0) doc.paragraph('None.', { raw: true });
  for (const profiled of agreements) {
    const a = profiled.record;
    doc.heading(3, a.id);
    doc.paragraph(a.title);
    doc.list([
      `Record: ${ref(profiled)}`,
      `Instrument: ${a.instrument.replace(/-/g, ' ')}; legal nature ${a.legal_nature ?? 'unknown'}`,
      `Parties: ${a.parties.some((p) => p.role) ? a.parties.map((p) => `${e(countryName(p.country))}${p.role ? ` (${p.role})` : ''}`).join(', ') : names(a.parties.map((p) => p.country))}`,
      statusItem(a, profiled.status),
      ...(signedDate(a) || a.signed?.place ? [`Signed: ${[signedDate(a), a.signed?.place && e(a.signed.place)].filter(Boolean).join(', ')}`] : []),
      ...(entryIntoForceDate(a) ? [`In force: ${entryIntoForceDate(a)}`] : []),
      ...expiryItem(a, profiled.expiry),
      ...organisationsItem(a),
      ...areasItem(a),
      ...(a.signatories?.length ? [`Signatories: ${a.signatories.map(person).join('; ')}`] : []),
      ...sourceItems(a.sources),
    ]);
  }

  doc.heading(2, 'Programmes');
  if (programmes.length === 0) doc.paragraph('None.', { raw: true });
  for (const profiled of programmes) {
    const p = profiled.record;
    doc.heading(3, p.id);
    doc.paragraph(p.title);
    doc.list([
      `Record: ${ref(profiled)}`,
      `Modalities: ${p.modalities.join(', ')}`,
      `Countries: ${p.countries.map((c) => `${e(countryName(c.country))} (${c.role})`).join(', ')}`,
      statusItem(p, profiled.status),
      ...(p.start || p.end ? [`Runs: ${p.start ?? '?'} to ${p.end ?? (p.status === 'active' ? 'now' : '?')}`] : []),
      ...(p.agreement ? [`Under agreement: ${e(p.agreement)}`] : []),
      ...organisationsItem(p),
      ...areasItem(p),
      ...sourceItems(p.sources),
    ]);
  }

  doc.heading(2, 'Commitments');
  if (data.commitments.length === 0) doc.paragraph('None recorded.', { raw: true });
  doc.list(
    data.commitments.map((c) => {
      const due = c.deadline ? `due ${windowText(c.deadline.due)} (${whenText(c.deadline)})` : 'no deadline given';
      return `${e(c.commitment.text)}. ${ref(c)}, ${c.commitment.status}, ${due}.`;
    }),
  );
  return doc.toString();
}

/** The current status, and the day it was known to hold. */
function statusItem(record: CoopRecord, status: string): string {
  const known = record.status_as_of ? ` (as of ${record.status_as_of})` : '';
  return `Status: ${status}${known}`;
}

function expiryItem(agreement: Agreement, expiry: Expiry): string[] {
  if (expiry.window) return [`Expires: ${expiry.stated && agreement.expires ? agreement.expires : `${windowText(expiry.window)} (${expiry.basis})`}`];
  return expiry.unknown ? ['Expires: unknown'] : [];
}

function organisationsItem(record: CoopRecord): string[] {
  const list = record.organisations ?? [];
  return list.length ? [`Organisations: ${list.map((o) => `${e(o.name)} (${o.role}${o.country ? `, ${e(countryName(o.country))}` : ''})`).join('; ')}`] : [];
}

function areasItem(record: CoopRecord): string[] {
  return record.areas?.length ? [`Areas: ${record.areas.map((a) => e(AREAS[a]?.label ?? a)).join(', ')}`] : [];
}

function person(p: Person): string {
  return `${[p.name, p.role].filter(Boolean).map((t) => e(t!)).join(', ')} (${e(countryName(p.country))})`;
}

function sourceItems(sources: readonly Source[]): string[] {
  return sources.map((s) => {
    const facts = [s.publisher && e(s.publisher), s.via && `via ${e(s.via)}`, s.published && `published ${s.published}`].filter(Boolean);
    const title = s.url && isWebUrl(s.url) ? `[${e(s.title)}](<${linkDestination(s.url)}>)` : e(s.title);
    return `Source: ${title}${facts.length ? `, ${facts.join(', ')}` : ''}`;
  });
}
