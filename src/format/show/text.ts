import type { ChalkInstance } from 'chalk';
import { countryName } from '../../core/countries/resolve.js';
import type { DayWindow } from '../../core/deadlines/calendar.js';
import type { Expiry } from '../../core/deadlines/expiry.js';
import { entryIntoForceDate, signedDate, type Commitment, type CoopRecord, type HistoryEvent, type Organisation, type Person, type ProgrammeEvent, type Source } from '../../core/model.js';
import type { CurrentStatus } from '../../core/status/current-status.js';
import { AREAS } from '../../core/vocabulary.js';
import { terminalSafe, terminalSafeDeep } from '../terminal-safe.js';
import { windowText } from '../deadlines/describe.js';
import { displayWidth } from '../cell-wrap.js';
import { wrap } from '../wrap.js';

export interface RecordTextOptions {
  paint: ChalkInstance;
  /** The terminal's width; text wraps to it when it is narrower than a comfortable 88 columns. */
  width?: number;
  /** The record's file as the user sees it. */
  file: string;
  /** Computed due dates of the record's commitments, by commitment id. */
  due?: ReadonlyMap<string, DayWindow | undefined>;
  /** The agreement's current expiry (stated, from its term or latest renewal), or why it is unknown. */
  expiry?: Expiry;
  /** The current status, when it is derived from the history. */
  status?: CurrentStatus;
}

const LABEL_WIDTH = 14;
/** Text is wrapped to this many columns, a comfortable reading width, or to a narrower terminal. */
const TEXT_WIDTH = 88;
const ANCHOR_WORDS = { signed: 'signing', entry_into_force: 'entry into force', start: 'the start' } as const;
const country = (code: string): string => `${countryName(code)} (${code})`;

/** A readable view of one record: every field, countries by name. */
export function formatRecordText(stored: CoopRecord, { paint, file, due, expiry, status, width = TEXT_WIDTH }: RecordTextOptions): string {
  const record = terminalSafeDeep(stored);
  const w = Math.min(TEXT_WIDTH, width);
  const fields: [string, string | undefined][] =
    record.kind === 'agreement'
      ? [
          ['Instrument', `${record.instrument.replace(/-/g, ' ')}${record.legal_nature ? ` (legal nature: ${record.legal_nature})` : ''}`],
          ['Parties', record.parties.some((p) => p.role) ? record.parties.map((p) => `${country(p.country)}${p.role ? `, ${p.role}` : ''}`).join('\n') : record.parties.map((p) => country(p.country)).join(', ')],
          ['Signed', [signedDate(record), record.signed?.place].filter(Boolean).join(', ') || undefined],
          ['Signatories', record.signatories?.map(person).join('\n')],
          ['In force', entryIntoForceDate(record)],
          ['Expires', expiryText(record.expires, expiry)],
          ['Validity', validityText(record)],
          ['Status', statusText(record, status)],
        ]
      : [
          ['Modalities', record.modalities.join(', ')],
          ['Countries', record.countries.map((c) => `${country(c.country)}, ${c.role}`).join('\n')],
          ['Agreement', record.agreement],
          ['Start', record.start],
          ['End', record.end],
          ['Status', statusText(record, status)],
        ];
  fields.push(['Organisations', record.organisations?.map(organisation).join('\n')]);
  fields.push(['Areas', record.areas?.map((a) => AREAS[a]?.label ?? a).join(', ')]);
  const out = [`${paint.bold(record.title)}\n`, `${paint.dim(`${record.id} · ${record.kind} · ${terminalSafe(file)}`)}\n`];
  if (record.title_descriptive) out.push(`${paint.dim('(a descriptive title, not quoted from a source)')}\n`);
  out.push('\n');
  for (const [label, value] of fields) if (value) out.push(labelled(label, value, w));
  if (record.kind === 'agreement' && record.history?.length) out.push(section(paint, 'History', record.history.map((e) => historyEvent(e, w))));
  if (record.kind === 'programme' && record.events?.length) out.push(section(paint, 'Events', record.events.map((e) => event(e, w))));
  if (record.commitments?.length) out.push(section(paint, 'Commitments', record.commitments.map((c) => commitment(c, due?.get(c.id), w))));
  out.push(section(paint, 'Sources', record.sources.map((s, i) => source(s, i, w))));
  if (record.notes) out.push(section(paint, 'Notes', [wrap(record.notes.trim(), w - 2).join('\n')]));
  // Headings, ids and titles are not wrapped above; a narrow terminal still gets them whole.
  return fitToWidth(out.join(''), width);
}

function labelled(label: string, value: string, width: number): string {
  const [first, ...rest] = value.split('\n').flatMap((line) => wrap(line, width - LABEL_WIDTH - 2));
  const pad = ' '.repeat(LABEL_WIDTH + 2);
  return `  ${label.padEnd(LABEL_WIDTH)}${first}\n${rest.map((line) => `${pad}${line}\n`).join('')}`;
}

function section(paint: ChalkInstance, title: string, items: string[]): string {
  return `\n${paint.bold(title)}\n${items.map((item) => `${item.replace(/^/gm, '  ')}\n`).join('')}`;
}

/** Wrapped lines under an item heading, two spaces in. */
function indented(text: string, width: number): string[] {
  return wrap(text, width - 4).map((line) => `  ${line}`);
}

/** Lines wider than `width`, wrapped at spaces with their indentation kept; a single word wider than that stays whole. */
function fitToWidth(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (displayWidth(line) <= width) return [line];
      const indent = /^ */.exec(line)![0];
      return wrap(line.slice(indent.length), Math.max(width - indent.length, 1)).map((part) => `${indent}${part}`);
    })
    .join('\n');
}

function person(p: Person): string {
  return `${[p.name, p.role].filter(Boolean).join(', ')} (${countryName(p.country)})`;
}

/** The stated expiry, a computed one with how it was reached, or why it is unknown. */
function expiryText(stated: string | undefined, expiry: Expiry | undefined): string | undefined {
  if (expiry?.window) return expiry.stated && stated ? stated : `${windowText(expiry.window)} (${expiry.basis})`;
  if (expiry?.unknown) return `unknown: ${expiry.unknown}`;
  return stated;
}

/** The current status, when it was known, and what the history says beside it. */
function statusText(record: CoopRecord, current: CurrentStatus | undefined): string {
  const asOf = [record.status_as_of && `as of ${record.status_as_of}`, record.status_source && `source: ${record.status_source}`].filter(Boolean).join(', ');
  const lines = [`${current?.status ?? record.status}${asOf ? ` (${asOf})` : ''}`];
  const implied = current?.implied;
  if (current && implied) {
    const after = `${historyWords(implied.event)}`;
    if (current.relation === 'history-ahead') lines.push(`from the history (${after}); the record says ${current.stated}`);
    else if (current.relation === 'stated-unknown') lines.push(`last known from the history: ${implied.status} (${after})`);
    else if (current.relation === 'history-behind') lines.push(`the history ends at ${implied.status} (${after})`);
    else if (current.relation === 'conflict') lines.push(`the history says ${implied.status} (${after})`);
  }
  return lines.join('\n');
}

function historyWords(e: HistoryEvent): string {
  return [e.type.replace(/-/g, ' '), e.party && `by ${countryName(e.party)}`, e.date && `${e.date.length === 10 ? 'on' : 'in'} ${e.date}`].filter(Boolean).join(' ');
}

function historyEvent(e: HistoryEvent, width: number): string {
  const facts = [e.party && `by ${countryName(e.party)}`, e.place, e.duration && `for ${e.duration}`, e.expires && `to ${e.expires}`, e.record && `record ${e.record}`, e.source && `source: ${e.source}`].filter(Boolean);
  const lines = [`${e.date ?? 'undated'} · ${e.type.replace(/-/g, ' ')}${facts.length ? ` · ${facts.join(' · ')}` : ''}`];
  if (e.description) lines.push(...indented(e.description.trim(), width));
  return lines.join('\n');
}

function organisation(o: Organisation): string {
  const kind = o.type ? ` (${o.type.replace(/-/g, ' ')})` : '';
  return `${o.name}${kind}, ${o.role}${o.country ? `, ${countryName(o.country)}` : ''}`;
}

function validityText(record: CoopRecord): string | undefined {
  if (record.kind !== 'agreement' || !record.validity) return undefined;
  const { duration, renewal, notice } = record.validity;
  return [duration && `runs ${duration}`, renewal && `renewal: ${renewal}`, notice && `notice: ${notice}`].filter(Boolean).join(', ') || undefined;
}

function commitment(c: Commitment, computed: DayWindow | undefined, width: number): string {
  const rule = c.due?.date ? `due ${c.due.date}` : c.due?.within ? `due within ${c.due.within} of ${ANCHOR_WORDS[c.due.from ?? 'signed']}` : 'no deadline given';
  const due = computed && !c.due?.date ? `${rule} → ${windowText(computed)}` : rule;
  const met = c.met_on ? ` on ${c.met_on}` : c.met_on_unknown ? ', date unknown' : '';
  const known = [c.status_as_of && `as of ${c.status_as_of}`, c.status_source && `source: ${c.status_source}`].filter(Boolean).join(', ');
  const lines = [`${c.id} · ${c.status}${met} · ${due}`, ...indented(c.text, width)];
  if (known) lines.push(...indented(`Status ${c.status} ${known}`, width));
  if (c.basis) lines.push(...indented(`Source wording: "${c.basis}"`, width));
  return lines.join('\n');
}

function event(e: ProgrammeEvent, width: number): string {
  const facts = [e.date, e.duration && `for ${e.duration}`, e.from && e.to && `${countryName(e.from)} → ${countryName(e.to)}`, e.country && countryName(e.country), e.size && `${e.size} people`, e.source && `source: ${e.source}`].filter(Boolean);
  const lines = [`${e.type}${facts.length ? ` · ${facts.join(' · ')}` : ''}`, ...indented(e.description.trim(), width)];
  if (e.sites?.length) lines.push(...indented(`Sites: ${e.sites.map((s) => (s.type ? `${s.name} (${s.type})` : s.name)).join(', ')}`, width));
  if (e.people?.length) lines.push(...indented(`People: ${e.people.map(person).join('; ')}`, width));
  return lines.join('\n');
}

function source(s: Source, i: number, width: number): string {
  const facts = [s.publisher, s.via && `via ${s.via}`, s.published && `published ${s.published}`, s.accessed && `accessed ${s.accessed}`, s.language && `in ${languageName(s.language)}`].filter(Boolean);
  const details = [
    ...(s.title_translation ? wrap(`"${s.title_translation}"`, width - 5) : []),
    ...(facts.length ? wrap(facts.join(', '), width - 5) : []),
    ...(s.url ? [s.url] : []),
    ...(s.archive_url ? [`archived: ${s.archive_url}`] : []),
  ];
  return [`${i + 1}. ${s.title}${s.id ? ` [${s.id}]` : ''}`, ...details.map((line) => `   ${line}`)].join('\n');
}

/** "Russian" for ru, the tag itself when the runtime does not know it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
