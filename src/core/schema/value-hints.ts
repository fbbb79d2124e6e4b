import { parsePartialDate } from '../dates.js';
import { parseDuration } from '../duration.js';

// How to write a value that the schema rejects, when the value shows what was meant: a duration
// in words, or a date where the schema wants a mapping that holds the date. '' when it does not.

/** `; write "P5Y"` for a duration written in words ("5 years"), or nothing. */
export function durationHint(value: unknown): string {
  const iso = typeof value === 'string' ? parseDuration(value) : undefined;
  return iso && iso !== value ? `; write "${iso}"` : '';
}

/**
 * For a mapping written as a bare date or duration (`signed: 2000-10-30`, `due: P30D`): the
 * mapping form, one line, when the mapping's schema has a field for it (`date`, `within`).
 */
export function mappingHint(key: string | number | undefined, fields: Readonly<Record<string, unknown>>, value: unknown): string {
  if (typeof key !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) return '';
  const text = String(value).trim();
  if ('date' in fields && parsePartialDate(text)) return `; write ${key}: { date: "${text}" }`;
  const within = 'within' in fields ? parseDuration(text) : undefined;
  const anchors = (fields.from as { enum?: unknown[] } | undefined)?.enum;
  if (within && anchors) return `; write ${key}: { within: ${within}, from: ... } where from is one of: ${anchors.join(', ')}`;
  return '';
}
