import type { ListedRecord } from '../../core/query/list-records.js';
import { fitTable, type Column } from '../fit-table.js';
import type { OutputContext } from '../output-context.js';
import { listRow } from './rows.js';

// Ids wrap only after a hyphen, so what people copy stays whole words; the title keeps twice
// the room of the others. When even whole words do not fit, KIND goes first, then STATUS.
const COLUMNS: Column[] = [
  { head: 'ID', breakAt: 'hyphens' },
  { head: 'KIND', drop: 1 },
  { head: 'COUNTRIES' },
  { head: 'DATE' },
  { head: 'STATUS', drop: 2 },
  { head: 'TITLE', weight: 2 },
];

/** Records as a terminal table that fits the width. */
export function formatTable(records: readonly ListedRecord[], { paint, width }: Pick<OutputContext, 'paint' | 'width'>): string {
  const rows = records.map(({ summary }) => {
    const row = listRow(summary);
    return [row.id, row.kind, row.countryNames.join(', '), row.date, row.status, row.title];
  });
  return fitTable(COLUMNS, rows, { paint, width });
}
