import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { countryName } from '../../core/countries/resolve.js';
import type { CountrySummary } from '../../core/query/country-summary.js';
import { toCsv } from '../csv.js';
import { jsonText } from '../json.js';
import { markdownTable } from '../markdown.js';
import { terminalSafe } from '../terminal-safe.js';
import { yamlText } from '../yaml.js';

const HEAD = ['Code', 'Country', 'Agreements', 'Programmes', 'Pending commitments', 'Partners'];

function cells(row: CountrySummary): string[] {
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

export function countriesMarkdown(rows: readonly CountrySummary[]): string {
  return rows.length ? markdownTable(HEAD, rows.map(cells)) : '_No countries match._\n';
}

export function countriesTable(rows: readonly CountrySummary[], paint: ChalkInstance): string {
  const table = new Table({
    head: HEAD.map((h) => paint.bold(h.toUpperCase())),
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left'],
    style: { head: [], border: [] },
  });
  table.push(...rows.map((row) => cells(row).map((cell) => terminalSafe(cell))));
  return `${table.toString()}\n`;
}
