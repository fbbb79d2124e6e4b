import { terminalSafe } from './terminal-safe.js';

// A cell that starts with one of these is run as a formula by spreadsheet programs (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell: controls shown as `\u{1b}` (line feeds kept, inside quotes), formula starts
 * neutralised with a leading quote mark, then quoted if needed.
 */
export function csvCell(value: string): string {
  const shown = terminalSafe(value, { keepNewlines: true });
  const safe = FORMULA_START.test(shown) ? `'${shown}` : shown;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: CRLF after every row, the header included. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
