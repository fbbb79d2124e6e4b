// Durations as coop takes them: an ISO 8601 duration in whole years, months, weeks and days, as
// records store them (schemas/defs.schema.json#/$defs/duration, a test keeps the two equal), or
// the short and English forms people type. Pure, so that parsing a flag loads no calendar code.

/** The ISO 8601 form records store, with the schema's bounds per part. */
export const ISO_DURATION = /^P(?=[0-9])([0-9]{1,3}Y)?([0-9]{1,4}M)?([0-9]{1,5}W)?([0-9]{1,6}D)?$/;

// Nobody writes a duration this long; past it nothing is parsed, so hostile input costs nothing.
const MAX_INPUT_LENGTH = 100;

const UNITS: Record<string, 'Y' | 'M' | 'W' | 'D'> = {
  y: 'Y', yr: 'Y', yrs: 'Y', year: 'Y', years: 'Y',
  m: 'M', mo: 'M', mos: 'M', month: 'M', months: 'M',
  w: 'W', wk: 'W', wks: 'W', week: 'W', weeks: 'W',
  d: 'D', day: 'D', days: 'D',
};
const ORDER = ['Y', 'M', 'W', 'D'] as const;
const PART = /^([0-9]+)\s*([a-z]+)$/;

/**
 * An ISO 8601 duration from "P90D", "90d", "12w", "3m", "1y", "90 days", "6 months",
 * "1 year and 6 months" or "2 years, 3 months"; undefined for anything else, or for more than
 * the schema allows.
 */
export function parseDuration(text: string): string | undefined {
  if (text.length > MAX_INPUT_LENGTH) return undefined;
  const trimmed = text.trim();
  if (ISO_DURATION.test(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const parts = trimmed
    .toLowerCase()
    .split(/\s*(?:,|\band\b|\s(?=[0-9]))\s*/)
    .filter(Boolean);
  const amounts = new Map<string, string>();
  for (const part of parts) {
    const match = PART.exec(part);
    const unit = match && UNITS[match[2]!];
    if (!unit || amounts.has(unit)) return undefined;
    amounts.set(unit, String(Number(match[1])));
  }
  if (amounts.size === 0) return undefined;
  const iso = `P${ORDER.map((unit) => (amounts.has(unit) ? `${amounts.get(unit)}${unit}` : '')).join('')}`;
  return ISO_DURATION.test(iso) ? iso : undefined;
}
