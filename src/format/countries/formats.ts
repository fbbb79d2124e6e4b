import { countryName } from '../../core/countries/resolve.js';
import type { CountrySummary } from '../../core/query/country-summary.js';
import { toCsv } from '../csv.js';
import { jsonText } from '../json.js';
import { markdownTable } from '../markdown.js';
import { yamlText } from '../yaml.js';

export const HEAD = ['Code', 'Country', 'Agreements', 'Programmes', 'Pending commitments', 'Partners'];

export function cells(row: CountrySummary): string[] {
  return [row.code, row.name, String(row.agreements), String(row.programmes), String(row.pending_commitments), row.partners.map(countryName).join(', ')];
}

export function countriesJson(rows: readonly CountrySummary[]): string {
  return jsonText(rows);
}

export async function countriesYaml(rows: readonly CountrySummary[]): Promise<string> {
  return rows.length ? yamlText(rows) : '[]\n';
}

export function countriesCsv(rows: readonly CountrySummary[]): string {
  return toCsv([['code', 'name', 'agreements', 'programmes', 'pending_commitments', 'partners'], ...rows.map((r) => [...cells(r).slice(0, 5), r.partners.join(';')])]);
}

/** A Markdown table; nothing at all when there are no countries. */
export function countriesMarkdown(rows: readonly CountrySummary[]): string {
  return rows.length ? markdownTable(HEAD, rows.map(cells)) : '';
}
