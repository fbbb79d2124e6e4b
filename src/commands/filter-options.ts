import { UsageError } from '../core/errors.js';
import { resolveCountry, countryName } from '../core/countries/resolve.js';
import { realDate, type PartialDate } from '../core/dates.js';
import type { RecordFilter } from '../core/query/filter.js';
import { SORT_FIELDS, type SortField, type SortOrder } from '../core/query/sort.js';
import { RECORD_KINDS } from '../core/registry/record.js';
import { didYouMean } from '../core/text/suggest.js';
import { normalise, wordHint } from '../core/word-hint.js';
import { AGREEMENT_STATUSES, AREAS, areaKey, INSTRUMENTS, MODALITIES, PROGRAMME_STATUSES } from '../core/vocabulary.js';

/** The filter flags as commander collects them: repeatable flags arrive as arrays, absent ones as undefined. */
export interface FilterOptions {
  country?: string[];
  kind?: string[];
  status?: string[];
  area?: string[];
  instrument?: string[];
  modality?: string[];
  since?: string;
  until?: string;
  search?: string[];
}

const STATUSES = [...new Set([...AGREEMENT_STATUSES, ...PROGRAMME_STATUSES])];

/** Checks every value given on the command line and builds the filter; a bad value exits 2. */
export function toFilter(options: FilterOptions): RecordFilter {
  return {
    countries: (options.country ?? []).map(countryCode),
    kinds: (options.kind ?? []).map((v) => word('--kind', v, RECORD_KINDS)),
    statuses: (options.status ?? []).map((v) => word('--status', v, STATUSES)),
    areas: (options.area ?? []).map((v) => word('--area', areaKey(v) ?? v, Object.keys(AREAS))),
    instruments: (options.instrument ?? []).map((v) => word('--instrument', v, INSTRUMENTS)),
    modalities: (options.modality ?? []).map((v) => word('--modality', v, MODALITIES)),
    since: day('--since', options.since),
    until: day('--until', options.until),
    search: options.search ?? [],
  };
}

/** A country as people type it (code, name, alias) to its alpha-2 code. */
export function countryCode(input: string): string {
  const resolved = resolveCountry(input);
  if (resolved.ok) return resolved.code;
  if (resolved.ambiguous) {
    const options = resolved.ambiguous.map((c) => `${c} (${countryName(c)})`).join(' or ');
    throw new UsageError(`"${input}" may mean ${options}; give the code`);
  }
  const hint = resolved.suggestion ? `; did you mean ${countryName(resolved.suggestion)}?` : '; give an ISO 3166-1 code such as PK or an English name';
  throw new UsageError(`unknown country "${input}"${hint}`);
}

/** A word of a closed vocabulary in any case or spacing; anything else exits 2, with a suggestion when there is one. */
function word(flag: string, input: string, allowed: readonly string[]): string {
  const value = normalise(input);
  if (allowed.includes(value)) return value;
  const hint = wordHint(input, allowed);
  throw new UsageError(`unknown ${flag} "${input}"${hint || ` (one of: ${allowed.join(', ')})`}`);
}

function day(flag: string, input: string | undefined): PartialDate | undefined {
  if (input === undefined) return undefined;
  const date = realDate(input);
  if (!date) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, YYYY-MM or YYYY; got "${input}"`);
  return date;
}

/** --sort FIELD or -FIELD for descending. */
export function toSortOrder(input: string | undefined, fallback: SortOrder): SortOrder {
  if (input === undefined) return fallback;
  const descending = input.startsWith('-');
  const field = input.replace(/^-/, '');
  if (!SORT_FIELDS.includes(field as SortField)) {
    throw new UsageError(`cannot sort by "${input}"${didYouMean(field, SORT_FIELDS)} (one of ${SORT_FIELDS.join(', ')}; -field sorts descending)`);
  }
  return { field: field as SortField, descending };
}

export function toLimit(input: string | undefined): number | undefined {
  if (input === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(input)) throw new UsageError(`--limit must be a whole number above 0; got "${input}"`);
  return Number(input);
}
