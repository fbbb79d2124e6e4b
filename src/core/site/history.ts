import { countryName } from '../countries/resolve.js';
import { earliestDay, realDate } from '../dates.js';
import type { Expiry } from '../deadlines/expiry.js';
import { entryIntoForceDate, signedDate, type CoopRecord } from '../model.js';
import { compareText } from '../text/compare-text.js';

/** One dated fact in a record's life: signing, an event of its history, a commitment met, expiry. */
export interface HistoryEntry {
  /** As the record gives it (YYYY, YYYY-MM or YYYY-MM-DD), or a computed span; undefined when undated. */
  date?: string;
  /** What happened, in plain words (record text; escaped when rendered). */
  what: string;
  /** The id of the source the record cites for it. */
  source?: string;
  /** Another record it names (the agreement that supersedes or amends this one). */
  record?: string;
}

const words = (text: string): string => text.replace(/-/g, ' ');
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The record's dated facts in order of their first possible day (the record's own order for facts
 * on the same day); undated ones last. An agreement's history events are listed as they are;
 * its signing and entry into force are added from their fields only when the history lacks them.
 */
export function history(record: CoopRecord, expiry: Expiry | undefined): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  if (record.kind === 'agreement') {
    const events = record.history ?? [];
    const has = (type: string): boolean => events.some((e) => e.type === type);
    const signed = signedDate(record);
    if (signed && !has('signature')) entries.push({ date: signed, what: `Signed${record.signed?.place ? ` in ${record.signed.place}` : ''}` });
    const inForce = entryIntoForceDate(record);
    if (inForce && !has('entry-into-force')) entries.push({ date: inForce, what: 'Entered into force' });
    for (const e of events) {
      const facts = [e.party && `by ${countryName(e.party)}`, e.place && `in ${e.place}`, e.duration && `for ${e.duration}`, e.expires && `to ${e.expires}`].filter(Boolean).join(', ');
      entries.push({ date: e.date, what: `${capital(words(e.type))}${facts ? ` ${facts}` : ''}${e.description ? `: ${e.description}` : ''}`, source: e.source, record: e.record });
    }
    if (expiry?.window && !has('expiry')) {
      const { earliest, latest } = expiry.window;
      entries.push({ date: earliest === latest ? earliest : `${earliest} – ${latest}`, what: expiry.stated ? 'Expires' : `Expires (${expiry.basis})` });
    }
  } else {
    if (record.start) entries.push({ date: record.start, what: 'Programme starts' });
    for (const e of record.events ?? []) {
      const route = e.from && e.to ? ` (${countryName(e.from)} to ${countryName(e.to)})` : e.country ? ` (${countryName(e.country)})` : '';
      entries.push({ date: e.date, what: `${capital(words(e.type))}: ${e.description}${route}`, source: e.source });
    }
    if (record.end) entries.push({ date: record.end, what: 'Programme ends' });
  }
  for (const c of record.commitments ?? []) if (c.met_on) entries.push({ date: c.met_on, what: `Commitment met: ${c.text}`, source: c.status_source });
  const key = (e: HistoryEntry): string => {
    const parsed = e.date === undefined ? undefined : realDate(e.date.slice(0, 10));
    return parsed ? earliestDay(parsed) : '9999-99-99';
  };
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareText(key(a.e), key(b.e)) || a.i - b.i)
    .map(({ e }) => e);
}
