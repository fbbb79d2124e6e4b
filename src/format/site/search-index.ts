import MiniSearch from 'minisearch';
import { searchableText } from '../../core/query/filter.js';
import type { SiteRecord } from '../../core/site/site-data.js';

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
      text: [...searchableText(r.record), ...r.record.sources.flatMap((s) => [s.title, s.publisher ?? '', s.via ?? ''])].join(' \n '),
    })),
  );
  return `window.COOP_SEARCH = ${JSON.stringify({ fields: FIELDS, storeFields: [], index: engine.toJSON() })};\n`;
}
