import type { ChalkInstance } from 'chalk';
import { countryName } from '../../core/countries/resolve.js';
import type { CountrySummary } from '../../core/query/country-summary.js';
import { toCsv } from '../csv.js';
import { jsonText } from '../json.js';
import { markdownTable } from '../markdown.js';
import { fitTable, type Column } from '../fit-table.js';
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

// When even whole words do not fit: PARTNERS goes first, then the counts from the right.
const COLUMNS: Column[] = [
  { head: 'CODE' },
  { head: 'COUNTRY' },
  { head: 'AGREEMENTS', align: 'right', drop: 4 },
  { head: 'PROGRAMMES', align: 'right', drop: 3 },
  { head: 'PENDING COMMITMENTS', align: 'right', drop: 2 },
  { head: 'PARTNERS', weight: 2, drop: 1 },
];

export function countriesTable(rows: readonly CountrySummary[], paint: ChalkInstance, width: number): string {
  return fitTable(COLUMNS, rows.map(cells), { paint, width });
}
