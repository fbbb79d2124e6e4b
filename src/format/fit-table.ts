import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { terminalSafe } from './terminal-safe.js';

export interface Column {
  head: string;
  /** Narrowest it may get, padding included; Infinity for a column that never shrinks. */
  min: number;
  /** How strongly it keeps its width when space is short. */
  weight?: number;
  /** Given up, in this order, when even the narrowest widths do not fit. */
  optional?: boolean;
}

const PADDING = 2;

/**
 * A terminal table that fits `width`: the widest shrinkable column (by weight) gives way first,
 * optional columns go when even that is not enough, and text wraps without losing characters.
 * Cells are made terminal-safe; `paintCell` may colour them afterwards.
 */
export function fitTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  { paint, width, paintCell }: { paint: ChalkInstance; width: number; paintCell?: (cell: string, column: string, row: number) => string },
): string {
  let kept = columns.map((_, i) => i);
  let safeRows = rows.map((row) => row.map((cell) => terminalSafe(cell)));
  const natural = (i: number): number => Math.max(columns[i]!.head.length, ...safeRows.map((r) => r[i]!.length)) + PADDING;
  const room = (): number => width - (kept.length + 1);
  const narrowest = (): number => kept.reduce((sum, i) => sum + Math.min(natural(i), columns[i]!.min), 0);
  for (const i of columns.map((c, i) => (c.optional ? i : -1)).filter((i) => i >= 0)) {
    if (narrowest() <= room()) break;
    kept = kept.filter((k) => k !== i);
  }
  const widths = shrink(kept.map(natural), kept.map((i) => columns[i]!), room());
  const table = new Table({
    head: kept.map((i) => paint.bold(columns[i]!.head)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  safeRows = safeRows.map((row) => kept.map((i) => row[i]!));
  table.push(
    ...safeRows.map((row, r) =>
      row.map((cell, k) => {
        const text = breakLongWords(cell, widths[k]! - PADDING);
        return paintCell ? paintCell(text, columns[kept[k]!]!.head, r) : text;
      }),
    ),
  );
  return `${table.toString()}\n`;
}

function shrink(natural: number[], columns: Column[], available: number): number[] {
  const widths = [...natural];
  const weight = (i: number): number => columns[i]!.weight ?? 1;
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > available) {
    const shrinkable = widths.map((w, i) => (w > columns[i]!.min ? i : -1)).filter((i) => i >= 0);
    if (shrinkable.length === 0) break;
    const widest = shrinkable.reduce((a, b) => (widths[b]! / weight(b) > widths[a]! / weight(a) ? b : a));
    widths[widest]!--;
    total--;
  }
  return widths;
}

/** cli-table3 cuts a word longer than its column; split such words so nothing is lost. */
function breakLongWords(text: string, width: number): string {
  return text.replace(new RegExp(`\\S{${width + 1},}`, 'gu'), (word) => (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word]).join(' '));
}
