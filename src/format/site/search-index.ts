import MiniSearch from 'minisearch';
import { searchableText } from '../../core/query/filter.js';
import type { SiteRecord } from '../../core/site/site-data.js';

// The same text as `coop list --search` looks through, plus the countries' names and codes.
// The search index is built here, at generation time, and shipped as a script that sets
// window.COOP_SEARCH (a JSON file could not be fetched from a file:// page). The browser only
// loads it; site-client.ts folds terms the same way.

const FIELDS = ['id', 'title', 'countries', 'text'];

/** No accents, lower case: "Côte" finds "cote". */
export function processTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function searchIndexScript(records: readonly SiteRecord[]): string {
  const engine = new MiniSearch({ idField: 'id', fields: FIELDS, storeFields: [], processTerm });
  engine.addAll(
    records.map((r) => ({
      id: r.record.id,
      title: r.record.title,
      countries: r.countries.map((c) => `${c.name} ${c.code}`).join(' '),
      text: searchableText(r.record).join(' \n '),
    })),
  );
  // As in src/format/json.ts: characters JSON.stringify leaves raw inside strings are written as \uXXXX.
  const json = JSON.stringify({ fields: FIELDS, storeFields: [], index: engine.toJSON() }).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `window.COOP_SEARCH = ${json};\n`;
}
