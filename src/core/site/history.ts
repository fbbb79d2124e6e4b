import { countryName } from '../countries/resolve.js';
import { earliestDay, realDate } from '../dates.js';
import type { DayWindow } from '../deadlines/calendar.js';
import type { CoopRecord } from '../model.js';

/** One dated fact in a record's life: signing, entry into force, an event, a commitment met, expiry. */
export interface HistoryEntry {
  /** As the record gives it (YYYY, YYYY-MM or YYYY-MM-DD); undefined for an undated event. */
  date?: string;
  /** What happened, in plain words (record text; escaped when rendered). */
  what: string;
}

/** The record's dated facts in order of their first possible day; undated events come last. */
export function history(record: CoopRecord, expiry: DayWindow | undefined): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  if (record.kind === 'agreement') {
    if (record.signed?.date) entries.push({ date: record.signed.date, what: `Signed${record.signed.place ? ` in ${record.signed.place}` : ''}` });
    if (record.entry_into_force) entries.push({ date: record.entry_into_force, what: 'Entered into force' });
    if (record.expires) entries.push({ date: record.expires, what: 'Expires' });
    else if (expiry) entries.push({ date: expiry.earliest === expiry.latest ? expiry.earliest : `${expiry.earliest} – ${expiry.latest}`, what: `Expires (entry into force + ${record.validity?.duration ?? ''})` });
  } else {
    if (record.start) entries.push({ date: record.start, what: 'Programme starts' });
    for (const event of record.events ?? []) {
      const route = event.from && event.to ? ` (${countryName(event.from)} to ${countryName(event.to)})` : '';
      entries.push({ date: event.date, what: `${event.type.replace(/-/g, ' ')}: ${event.description}${route}` });
    }
    if (record.end) entries.push({ date: record.end, what: 'Programme ends' });
  }
  for (const c of record.commitments ?? []) if (c.met_on) entries.push({ date: c.met_on, what: `Commitment met: ${c.text}` });
  const key = (e: HistoryEntry): string => {
    const parsed = e.date === undefined ? undefined : realDate(e.date.slice(0, 10));
    return parsed ? earliestDay(parsed) : '9999-99-99';
  };
  // A stable sort keeps the record's own order for facts on the same day.
  return entries.map((e, i) => ({ e, i })).sort((a, b) => key(a.e).localeCompare(key(b.e)) || a.i - b.i).map(({ e }) => e);
}
