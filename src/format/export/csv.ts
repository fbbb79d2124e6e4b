import { toCsv } from '../csv.js';
import type { TableDef } from './tables.js';

/** One RFC 4180 file per table, header first; NULL is an empty cell. */
export function csvFiles(tables: readonly TableDef[]): Map<string, string> {
  return new Map(tables.map((t) => [`${t.name}.csv`, toCsv([t.columns.map((c) => c.name), ...t.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))])]));
}
