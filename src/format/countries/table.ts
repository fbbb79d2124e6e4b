import type { CountrySummary } from '../../core/query/country-summary.js';
import { fitTable, type Column } from '../fit-table.js';
import type { OutputContext } from '../output-context.js';
import { cells } from './formats.js';

// When even whole words do not fit: PARTNERS goes first, then the counts from the right.
const COLUMNS: Column[] = [
  { head: 'CODE' },
  { head: 'COUNTRY' },
  { head: 'AGREEMENTS', align: 'right', drop: 4 },
  { head: 'PROGRAMMES', align: 'right', drop: 3 },
  { head: 'PENDING COMMITMENTS', align: 'right', drop: 2 },
  { head: 'PARTNERS', weight: 2, drop: 1 },
];

export function countriesTable(rows: readonly CountrySummary[], { paint, width }: Pick<OutputContext, 'paint' | 'width'>): string {
  return fitTable(COLUMNS, rows.map(cells), { paint, width });
}
