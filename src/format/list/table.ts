import type { ChalkInstance } from 'chalk';
import type { StoredRecord } from '../../core/model.js';
import { fitTable, type Column } from '../fit-table.js';
import { listRow } from './rows.js';

export interface TableOptions {
  paint: ChalkInstance;
  /** Total width to fit in. */
  width: number;
}

// Ids are what people copy, so they never wrap; the title keeps twice the room of the others.
const COLUMNS: Column[] = [
  { head: 'ID', min: Infinity },
  { head: 'KIND', min: 11, optional: true },
  { head: 'COUNTRIES', min: 12 },
  { head: 'DATE', min: 12 },
  { head: 'STATUS', min: 13 },
  { head: 'TITLE', min: 16, weight: 2 },
];

/** Records as a terminal table that fits the width. */
export function formatTable(records: readonly StoredRecord[], { paint, width }: TableOptions): string {
  const rows = records.map(({ record }) => {
    const row = listRow(record);
    return [row.id, row.kind, row.countryNames.join(', '), row.date, row.status, row.title];
  });
  return fitTable(COLUMNS, rows, { paint, width });
}
