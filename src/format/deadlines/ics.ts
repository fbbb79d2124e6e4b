import { countryName } from '../../core/countries/resolve.js';
import { nextDay } from '../../core/deadlines/calendar.js';
import type { TimedDeadline } from '../../core/deadlines/timing.js';
import { terminalSafe } from '../terminal-safe.js';

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma, and newlines as \n. TEXT may not hold
 * control characters but tab, so those are shown as `\u{1b}` first.
 */
export function escapeIcsText(text: string): string {
  return terminalSafe(text, { keepNewlines: true, keepCarriageReturns: true }).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets with CRLF and a space, never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string): string => day.replace(/-/g, '');

/**
 * An iCalendar feed of all-day events. UIDs come from record and item ids and DTSTAMP from the
 * as-of day, so the same registry and --as-of give the same bytes and calendars update in place.
 */
export function deadlinesIcs(deadlines: readonly TimedDeadline[], asOf: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//coop//health cooperation deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:coop deadlines'];
  for (const d of deadlines) {
    const countries = d.record.countries.map(countryName).join(', ');
    const description = [`${d.record.title} (${d.record.id})`, `Countries: ${countries}`, `Status: ${d.status}`, ...(d.basis ? [`Source wording: ${d.basis}`] : []), ...(d.due.earliest !== d.due.latest ? [`Due some day from ${d.due.earliest} to ${d.due.latest}; the source gives only part of the date.`] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(`${d.record.id}.${d.type}.${d.item}`)}@coop`,
      `DTSTAMP:${compact(asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(d.due.earliest)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(d.due.latest))}`,
      `SUMMARY:${escapeIcsText(`${d.status === 'pending' ? '' : `[${d.status}] `}${d.what} (${countries})`)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      `CATEGORIES:${escapeIcsText(d.type)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
