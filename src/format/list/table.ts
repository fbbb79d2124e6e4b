import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { StoredRecord } from '../../core/model.js';
import { terminalSafe } from '../terminal-safe.js';
import { listRow } from './rows.js';

export interface TableOptions {
  paint: ChalkInstance;
  /** Total width to fit in. */
  width: number;
}

const HEAD = ['ID', 'KIND', 'COUNTRIES', 'DATE', 'STATUS', 'TITLE'];
/** Narrowest each column may get, padding included; ids (which people copy), kind and date never shrink. */
const MIN_WIDTHS = [Infinity, 11, 12, 12, 13, 16];
/** How strongly a column keeps its width when space is short: the title keeps twice as much. */
const WEIGHTS = [1, 1, 1, 1, 1, 2];
/** The column given up when even the narrowest widths do not fit. */
const KIND_COLUMN = 1;
const PADDING = 2;

/** A terminal table that fits the width: the widest of the shrinkable columns gives way first, and text wraps. */
export function formatTable(records: readonly StoredRecord[], { paint, width }: TableOptions): string {
  let rows = records.map(({ record }) => {
    const row = listRow(record);
    return [row.id, row.kind, row.countryNames.join(', '), row.date, row.status, row.title].map((cell) => terminalSafe(cell));
  });
  let head = HEAD;
  let mins = MIN_WIDTHS;
  let weights = WEIGHTS;
  const natural = (): number[] => head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)) + PADDING);
  const room = (): number => width - (head.length + 1);
  if (sum(natural().map((w, i) => Math.min(w, mins[i]!))) > room()) {
    const keep = (_: unknown, i: number): boolean => i !== KIND_COLUMN;
    head = head.filter(keep);
    mins = mins.filter(keep);
    weights = weights.filter(keep);
    rows = rows.map((row) => row.filter(keep));
  }
  const widths = fitWidths(natural(), mins, weights, room());
  const table = new Table({
    head: head.map((h) => paint.bold(h)),
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  table.push(...rows.map((row) => row.map((cell, i) => breakLongWords(cell, widths[i]! - PADDING))));
  return `${table.toString()}\n`;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

function fitWidths(natural: number[], mins: number[], weights: number[], available: number): number[] {
  const widths = [...natural];
  let total = sum(widths);
  while (total > available) {
    const shrinkable = widths.map((w, i) => (w > mins[i]! ? i : -1)).filter((i) => i >= 0);
    if (shrinkable.length === 0) break;
    const widest = shrinkable.reduce((a, b) => (widths[b]! / weights[b]! > widths[a]! / weights[a]! ? b : a));
    widths[widest]!--;
    total--;
  }
  return widths;
}

/** cli-table3 cuts a word longer than its column; split such words so nothing is lost. */
function breakLongWords(text: string, width: number): string {
  return text.replace(new RegExp(`\\S{${width + 1},}`, 'gu'), (word) => (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word]).join(' '));
}
