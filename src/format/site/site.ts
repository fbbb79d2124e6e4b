import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { selectDeadlines } from '../../core/deadlines/timing.js';
import { PACKAGE_ROOT } from '../../core/paths.js';
import type { StoredRecord } from '../../core/model.js';
import { sortFields, sortRecords } from '../../core/query/sort.js';
import type { SiteData, SiteRecord } from '../../core/site/site-data.js';
import { deadlinesIcs } from '../deadlines/ics.js';
import { listJson } from '../list/formats.js';
import { countriesPage } from './pages/countries-page.js';
import { countryPage } from './pages/country-page.js';
import { deadlinesPage } from './pages/deadlines-page.js';
import { indexPage } from './pages/index-page.js';
import { recordPage } from './pages/record-page.js';
import { SITE_PATHS } from './paths.js';
import { searchIndexScript } from './search-index.js';
import { SITE_CSS, SITE_ICON } from './style.js';

const require = createRequire(import.meta.url);

export interface SiteOptions {
  version: string;
  repoUrl?: string;
}

/** Every file of the site, by its path from the site root, in a fixed order. */
export function renderSite(data: SiteData, { version, repoUrl }: SiteOptions): Map<string, string> {
  const files = new Map<string, string>();
  const byId = new Map<string, SiteRecord>(data.records.map((r) => [r.record.id, r]));
  const context = { version, repoUrl };

  files.set(SITE_PATHS.index, indexPage(data, context));
  files.set(SITE_PATHS.countries, countriesPage(data, context));
  for (const country of data.countryPages) files.set(SITE_PATHS.country(country.summary.code), countryPage(data, country, context));
  for (const record of data.records) files.set(SITE_PATHS.record(record.record.id), recordPage(data, record, byId, context));
  files.set(SITE_PATHS.deadlines, deadlinesPage(data, byId, context));

  // The downloads are exactly what `coop list --format json` and `coop deadlines --all --format ics` give.
  const stored: StoredRecord[] = data.records.map((r) => ({ file: r.file, record: r.record }));
  files.set(SITE_PATHS.recordsJson, listJson(sortRecords(stored, (r) => sortFields(r.record), { field: 'date', descending: false })));
  files.set(SITE_PATHS.ics, deadlinesIcs(selectDeadlines(data.deadlines, { asOf: data.asOf, within: data.within, all: true }), data.asOf));

  files.set(SITE_PATHS.css, SITE_CSS);
  files.set(SITE_PATHS.icon, SITE_ICON);
  files.set(SITE_PATHS.script, clientScript());
  files.set(SITE_PATHS.minisearch, miniSearchScript());
  files.set(SITE_PATHS.searchIndex, searchIndexScript(data.records));
  return files;
}

/** Source-map comments would make a browser's developer tools ask for files the site lacks. */
function withoutSourceMap(code: string): string {
  return code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/** The compiled site-client.ts, as a classic script: its module marker removed. */
function clientScript(): string {
  // From the package root, not import.meta.url: this module may run from dist/bundle/.
  const code = readFileSync(join(PACKAGE_ROOT, 'dist', 'format', 'site', 'client', 'site-client.js'), 'utf8');
  return withoutSourceMap(code.replace(/^export \{\};\s*$/m, ''));
}

/** MiniSearch's UMD build, which defines window.MiniSearch. */
function miniSearchScript(): string {
  // The package's exports map hides dist/umd, so find the package folder through its CommonJS entry.
  const entry = require.resolve('minisearch');
  const root = join(dirname(entry), '..', '..');
  const code = readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8');
  return `/* MiniSearch 7 (MIT licence, https://github.com/lucaong/minisearch) */\n${withoutSourceMap(code)}`;
}
