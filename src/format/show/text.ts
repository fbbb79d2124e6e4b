import type { ChalkInstance } from 'chalk';
import { countryName } from '../../core/countries/resolve.js';
import type { DayWindow } from '../../core/deadlines/calendar.js';
import type { Commitment, CoopRecord, Person, ProgrammeEvent, Source } from '../../core/model.js';
import { AREAS } from '../../core/vocabulary.js';
import { terminalSafe, terminalSafeDeep } from '../terminal-safe.js';
import { windowText } from '../deadlines/describe.js';
import { wrap } from '../wrap.js';

export interface RecordTextOptions {
  paint: ChalkInstance;
  /** The record's file as the user sees it. */
  file: string;
  /** Computed due dates of the record's commitments, by commitment id. */
  due?: ReadonlyMap<string, DayWindow | undefined>;
  /** The agreement's expiry, stated or computed from entry into force and duration. */
  expiry?: DayWindow;
}

const LABEL_WIDTH = 14;
/** Text is wrapped to this many columns, a comfortable reading width in any terminal. */
const TEXT_WIDTH = 88;
const ANCHOR_WORDS = { signed: 'signing', entry_into_force: 'entry into force', start: 'the start' } as const;
const country = (code: string): string => `${countryName(code)} (${code})`;

/** A readable view of one record: every field, countries by name. */
export function formatRecordText(stored: CoopRecord, { paint, file, due, expiry }: RecordTextOptions): string {
  const record = terminalSafeDeep(stored);
  const fields: [string, string | undefined][] =
    record.kind === 'agreement'
      ? [
          ['Instrument', `${record.instrument.replace(/-/g, ' ')}${record.legal_nature ? ` (legal nature: ${record.legal_nature})` : ''}`],
          ['Parties', record.parties.map((p) => country(p.country)).join(', ')],
          ['Signed', [record.signed?.date, record.signed?.place].filter(Boolean).join(', ') || undefined],
          ['Signatories', record.signatories?.map(person).join('\n')],
          ['In force', record.entry_into_force],
          ['Expires', record.expires ?? (expiry && `${windowText(expiry)} (entry into force + ${record.validity?.duration})`)],
          ['Validity', validityText(record)],
          ['Status', record.status],
        ]
      : [
          ['Modalities', record.modalities.join(', ')],
          ['Countries', record.countries.map((c) => `${country(c.country)}, ${c.role}`).join('\n')],
          ['Agreement', record.agreement],
          ['Start', record.start],
          ['End', record.end],
          ['Status', record.status],
        ];
  fields.push(['Areas', record.areas?.map((a) => AREAS[a]?.label ?? a).join(', ')]);
  const out = [`${paint.bold(record.title)}\n`, `${paint.dim(`${record.id} · ${record.kind} · ${terminalSafe(file)}`)}\n\n`];
  for (const [label, value] of fields) if (value) out.push(labelled(label, value));
  if (record.kind === 'programme' && record.events?.length) out.push(section(paint, 'Events', record.events.map(event)));
  if (record.commitments?.length) out.push(section(paint, 'Commitments', record.commitments.map((c) => commitment(c, due?.get(c.id)))));
  out.push(section(paint, 'Sources', record.sources.map(source)));
  if (record.notes) out.push(section(paint, 'Notes', [wrap(record.notes.trim(), TEXT_WIDTH - 2).join('\n')]));
  return out.join('');
}

function labelled(label: string, value: string): string {
  const [first, ...rest] = value.split('\n').flatMap((line) => wrap(line, TEXT_WIDTH - LABEL_WIDTH - 2));
  const pad = ' '.repeat(LABEL_WIDTH + 2);
  return `  ${label.padEnd(LABEL_WIDTH)}${first}\n${rest.map((line) => `${pad}${line}\n`).join('')}`;
}

function section(paint: ChalkInstance, title: string, items: string[]): string {
  return `\n${paint.bold(title)}\n${items.map((item) => `${item.replace(/^/gm, '  ')}\n`).join('')}`;
}

/** Wrapped lines under an item heading, two spaces in. */
function indented(text: string): string[] {
  return wrap(text, TEXT_WIDTH - 4).map((line) => `  ${line}`);
}

function person(p: Person): string {
  return `${[p.name, p.role].filter(Boolean).join(', ')} (${countryName(p.country)})`;
}

function validityText(record: CoopRecord): string | undefined {
  if (record.kind !== 'agreement' || !record.validity) return undefined;
  const { duration, renewal, notice } = record.validity;
  return [duration && `runs ${duration}`, renewal && `renewal: ${renewal}`, notice && `notice: ${notice}`].filter(Boolean).join(', ') || undefined;
}

function commitment(c: Commitment, computed: DayWindow | undefined): string {
  const rule = c.due?.date ? `due ${c.due.date}` : c.due?.within ? `due within ${c.due.within} of ${ANCHOR_WORDS[c.due.from ?? 'signed']}` : 'no deadline given';
  const due = computed && !c.due?.date ? `${rule} → ${windowText(computed)}` : rule;
  const lines = [`${c.id} · ${c.status}${c.met_on ? ` on ${c.met_on}` : ''} · ${due}`, ...indented(c.text)];
  if (c.basis) lines.push(...indented(`Source wording: "${c.basis}"`));
  return lines.join('\n');
}

function event(e: ProgrammeEvent): string {
  const facts = [e.date, e.duration && `for ${e.duration}`, e.from && e.to && `${countryName(e.from)} → ${countryName(e.to)}`, e.size && `${e.size} people`].filter(Boolean);
  const lines = [`${e.type}${facts.length ? ` · ${facts.join(' · ')}` : ''}`, ...indented(e.description.trim())];
  if (e.sites?.length) lines.push(...indented(`Sites: ${e.sites.map((s) => (s.type ? `${s.name} (${s.type})` : s.name)).join(', ')}`));
  if (e.people?.length) lines.push(...indented(`People: ${e.people.map(person).join('; ')}`));
  return lines.join('\n');
}

function source(s: Source, i: number): string {
  const facts = [s.publisher, s.via && `via ${s.via}`, s.published && `published ${s.published}`, s.accessed && `accessed ${s.accessed}`].filter(Boolean);
  const details = [...(facts.length ? wrap(facts.join(', '), TEXT_WIDTH - 5) : []), ...(s.url ? [s.url] : [])];
  return [`${i + 1}. ${s.title}`, ...details.map((line) => `   ${line}`)].join('\n');
}
