import { countryName } from '../../core/countries/resolve.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { agreementExpiry } from '../../core/deadlines/expiry.js';
import { entryIntoForceDate, signedDate, type Agreement, type CoopRecord, type Person, type Programme, type Source, type StoredRecord } from '../../core/model.js';
import { currentStatus } from '../../core/status/current-status.js';
import { summariseCountries } from '../../core/query/country-summary.js';
import { AREAS } from '../../core/vocabulary.js';
import { windowText, whenText } from '../deadlines/describe.js';
import { escapeMarkdown, isWebUrl, linkDestination } from '../markdown.js';
import { MarkdownDoc } from './markdown-doc.js';
import { ganttLines, timelineBars } from './mermaid.js';
import { count, fileOf } from './registry-report.js';

export interface CountryProfileInput {
  code: string;
  /** The records this country takes part in. */
  records: readonly StoredRecord[];
  /** Every dated item of those records, timed as of the report's day. */
  deadlines: readonly TimedDeadline[];
  asOf: string;
  link: (file: string) => string;
}

const e = escapeMarkdown;
const names = (codes: readonly string[]): string => codes.map((c) => e(countryName(c))).join(', ');

/** One country's health cooperation: partners, agreements, programmes, commitments, timeline. */
export function countryProfile({ code, records, deadlines, asOf, link }: CountryProfileInput): string {
  const doc = new MarkdownDoc();
  const name = countryName(code);
  const plain = records.map((r) => r.record);
  const agreements = plain.filter((r): r is Agreement => r.kind === 'agreement').sort(byId);
  const programmes = plain.filter((r): r is Programme => r.kind === 'programme').sort(byId);
  const ref = (r: CoopRecord): string => doc.link(r.id, link(fileOf(records, r.id)));

  doc.heading(1, `${name}: health cooperation profile`);
  // Over this country's records, every other country's counts are the records they share.
  const partners = summariseCountries(plain).filter((row) => row.code !== code);
  doc.paragraph(`As of ${asOf}: ${count(agreements.length, 'agreement')} and ${count(programmes.length, 'programme')} with ${count(partners.length, 'partner country', 'partner countries')}.`, { raw: true });

  doc.heading(2, 'Partners');
  if (partners.length) doc.table(['Partner', 'Code', 'Agreements', 'Programmes'], partners.map((p) => [e(countryName(p.code)), p.code, String(p.agreements), String(p.programmes)]), ['left', 'left', 'right', 'right']);
  else doc.paragraph('No partners in the registry.', { raw: true });

  const bars = timelineBars(plain, asOf);
  if (bars.length) {
    doc.heading(2, 'Timeline');
    doc.code('mermaid', ganttLines(`${code} agreements and programmes`, bars));
    doc.table(['Record', 'From', 'To'], bars.map((b) => [doc.link(b.id, link(fileOf(records, b.id))), b.from, b.to]));
  }

  doc.heading(2, 'Agreements');
  if (agreements.length === 0) doc.paragraph('None.', { raw: true });
  for (const a of agreements) {
    doc.heading(3, a.id);
    doc.paragraph(a.title);
    doc.list([
      `Record: ${ref(a)}`,
      `Instrument: ${a.instrument.replace(/-/g, ' ')}; legal nature ${a.legal_nature ?? 'unknown'}`,
      `Parties: ${a.parties.some((p) => p.role) ? a.parties.map((p) => `${e(countryName(p.country))}${p.role ? ` (${p.role})` : ''}`).join(', ') : names(a.parties.map((p) => p.country))}`,
      statusItem(a, asOf),
      ...(signedDate(a) || a.signed?.place ? [`Signed: ${[signedDate(a), a.signed?.place && e(a.signed.place)].filter(Boolean).join(', ')}`] : []),
      ...(entryIntoForceDate(a) ? [`In force: ${entryIntoForceDate(a)}`] : []),
      ...expiryItem(a, asOf),
      ...organisationsItem(a),
      ...areasItem(a),
      ...(a.signatories?.length ? [`Signatories: ${a.signatories.map(person).join('; ')}`] : []),
      ...sourceItems(a.sources),
    ]);
  }

  doc.heading(2, 'Programmes');
  if (programmes.length === 0) doc.paragraph('None.', { raw: true });
  for (const p of programmes) {
    doc.heading(3, p.id);
    doc.paragraph(p.title);
    doc.list([
      `Record: ${ref(p)}`,
      `Modalities: ${p.modalities.join(', ')}`,
      `Countries: ${p.countries.map((c) => `${e(countryName(c.country))} (${c.role})`).join(', ')}`,
      statusItem(p, asOf),
      ...(p.start || p.end ? [`Runs: ${p.start ?? '?'} to ${p.end ?? (p.status === 'active' ? 'now' : '?')}`] : []),
      ...(p.agreement ? [`Under agreement: ${e(p.agreement)}`] : []),
      ...organisationsItem(p),
      ...areasItem(p),
      ...sourceItems(p.sources),
    ]);
  }

  doc.heading(2, 'Commitments');
  const commitments = plain.flatMap((r) => (r.commitments ?? []).map((c) => ({ record: r, commitment: c })));
  if (commitments.length === 0) doc.paragraph('None recorded.', { raw: true });
  const commitmentDeadlines = new Map<string, TimedDeadline>();
  for (const d of deadlines) if (d.type === 'commitment' && !commitmentDeadlines.has(`${d.record.id}\0${d.item}`)) commitmentDeadlines.set(`${d.record.id}\0${d.item}`, d);
  doc.list(
    commitments.map(({ record, commitment }) => {
      const timed = commitmentDeadlines.get(`${record.id}\0${commitment.id}`);
      const due = timed ? `due ${windowText(timed.due)} (${whenText(timed)})` : 'no deadline given';
      return `${e(commitment.text)}. ${ref(record)}, ${commitment.status}, ${due}.`;
    }),
  );
  return doc.toString();
}

function byId(a: CoopRecord, b: CoopRecord): number {
  return a.id.localeCompare(b.id);
}

/** The current status, and the day it was known to hold. */
function statusItem(record: CoopRecord, asOf: string): string {
  const known = record.status_as_of ? ` (as of ${record.status_as_of})` : '';
  return `Status: ${currentStatus(record, asOf).status}${known}`;
}

function expiryItem(agreement: Agreement, asOf: string): string[] {
  const expiry = agreementExpiry(agreement, asOf);
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
