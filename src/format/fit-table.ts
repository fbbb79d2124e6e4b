import type { ChalkInstance } from 'chalk';
import { displayWidth, NARROW, wrapCell } from './cell-wrap.js';
import { terminalSafe } from './terminal-safe.js';

export interface Column {
  head: string;
  /** Where a long value may break: between words (default), or also after hyphens (ids). */
  breakAt?: 'words' | 'hyphens';
  /** How strongly it keeps its width when space is short. */
  weight?: number;
  /** Given up when even unbroken words do not fit: 1 goes first, then 2, ... */
  drop?: number;
  align?: 'left' | 'right';
}

export interface FitOptions {
  paint: ChalkInstance;
  width: number;
  /** Colours one line of a cell, after wrapping. */
  paintCell?: (line: string, column: string, row: number) => string;
}

const PADDING = 2;
// No column gets narrower than this, even if the table then overflows a very narrow terminal.
const FLOOR = 4;
const BREAKABLE = 12;
const LINES_PER_BLOCK = 2048;
const HYPHEN = 45;
const SPACES = ' '.repeat(256);

/** n spaces (none when n is not positive). */
const spaces = (n: number): string => (n <= 0 ? '' : n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n));

/** The widest piece of text[start, end) cut after each hyphen, as piece.split(/(?<=-)/) gives them. */
function longestAfterHyphens(text: string, start: number, end: number): number {
  let longest = 0;
  let from = start;
  for (let k = start; k < end; k++) {
    if (text.charCodeAt(k) !== HYPHEN) continue;
    longest = Math.max(longest, k + 1 - from);
    from = k + 1;
  }
  return Math.max(longest, end - from);
}

/**
 * A terminal table that fits `width`, in time linear in its size. Columns first shrink to their
 * longest unbreakable word, widest (by weight) first; then droppable columns go in their order;
 * only then are words broken. Nothing is cut: every character of every cell is printed. No rows
 * give no table at all: the command says on stderr that nothing matched.
 */
export function fitTable(columns: readonly Column[], rows: readonly (readonly string[])[], { paint, width, paintCell: painter }: FitOptions): string {
  if (rows.length === 0) return '';
  // Without colours there is nothing to paint: no call per line.
  const paintCell = paint.level > 0 ? painter : undefined;
  const safeRows = rows.map((row) => row.map((cell) => terminalSafe(cell)));
  // Whether each cell is NARROW, tested once: measuring, wrapping and padding all depend on it.
  const narrow = safeRows.map((row) => row.map((cell) => NARROW.test(cell)));
  const measured = columns.map((column, i) => measure(column, safeRows, narrow, i));
  const kept = keptColumns(columns, measured, width);
  const widths = shrink(kept.map((i) => measured[i]!), kept.map((i) => columns[i]!), width - (kept.length + 1));
  const draw = drawing(widths, kept.map((i) => columns[i]!.align ?? 'left'));
  const headLines = kept.map((i, k) => wrapCell(columns[i]!.head, widths[k]! - PADDING, 'words').map((line) => paint.bold(line)));
  // Lines are joined a block at a time: a long table's lines would otherwise all be kept
  // as small strings until the end, which the garbage collector copies again and again.
  const blocks: string[] = [];
  const out = [draw.border('┌', '┬', '┐')];
  draw.rowInto(headLines, headLines.map((lines) => lines.map(displayWidth)), out);
  const between = draw.border('├', '┼', '┤');
  const shown = kept.map((i) => columns[i]!);
  // One row's lines per column, and their widths where they differ from their lengths: reused from row to row.
  const lines: (readonly string[])[] = [];
  const lineWidths: (readonly number[] | undefined)[] = [];
  for (let r = 0; r < safeRows.length; r++) {
    const row = safeRows[r]!;
    out.push(between);
    for (let k = 0; k < kept.length; k++) {
      const column = shown[k]!;
      const isNarrow = narrow[r]![kept[k]!]!;
      const wrapped = wrapCell(row[kept[k]!]!, widths[k]! - PADDING, column.breakAt ?? 'words', isNarrow);
      // A narrow cell's lines are as wide as they are long; colour codes, added after, take no room.
      lineWidths[k] = isNarrow ? (paintCell ? wrapped.map((line) => line.length) : undefined) : wrapped.map(displayWidth);
      lines[k] = paintCell ? wrapped.map((line) => paintCell(line, column.head, r)) : wrapped;
    }
    draw.rowInto(lines, lineWidths, out);
    if (out.length >= LINES_PER_BLOCK) {
      blocks.push(out.join('\n'));
      out.length = 0;
    }
  }
  out.push(draw.border('└', '┴', '┘'));
  blocks.push(out.join('\n'));
  return `${blocks.join('\n')}\n`;
}

interface Measure {
  /** Widest cell, padding included. */
  natural: number;
  /** Longest run without a space, padding included: below it, words break. */
  word: number;
  /** For ids: longest run without a space or hyphen, padding included. */
  part: number;
}

function measure(column: Column, rows: readonly (readonly string[])[], narrow: readonly (readonly boolean[])[], i: number): Measure {
  let natural = displayWidth(column.head);
  let word = 0;
  let part = 0;
  for (const piece of column.head.split(/\s+/)) word = part = Math.max(word, displayWidth(piece));
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]![i]!;
    if (narrow[r]![i]) {
      // The usual cell, measured in place: one column a unit, words between spaces (NARROW has no other space).
      natural = Math.max(natural, cell.length);
      for (let start = 0; start <= cell.length; ) {
        let end = cell.indexOf(' ', start);
        if (end < 0) end = cell.length;
        if (end - start > word) {
          word = end - start;
          part = column.breakAt === 'hyphens' ? Math.max(part, longestAfterHyphens(cell, start, end)) : word;
        }
        start = end + 1;
      }
      continue;
    }
    for (const line of cell.split('\n')) natural = Math.max(natural, displayWidth(line));
    for (const piece of cell.split(/\s+/)) {
      const width = displayWidth(piece);
      if (width <= word) continue;
      word = width;
      if (column.breakAt === 'hyphens') for (const bit of piece.split(/(?<=-)/)) part = Math.max(part, displayWidth(bit));
      else part = width;
    }
  }
  return { natural: natural + PADDING, word: Math.min(word, natural) + PADDING, part: Math.min(part, natural) + PADDING };
}

/** The columns that fit without breaking words, dropping droppable ones in order; at least the undroppable ones. */
function keptColumns(columns: readonly Column[], measured: readonly Measure[], width: number): number[] {
  let kept = columns.map((_, i) => i);
  const droppable = kept.filter((i) => columns[i]!.drop !== undefined).sort((a, b) => columns[a]!.drop! - columns[b]!.drop!);
  const fits = (): boolean => kept.reduce((sum, i) => sum + measured[i]!.word, 0) <= width - (kept.length + 1);
  for (const i of droppable) {
    if (fits()) break;
    kept = kept.filter((k) => k !== i);
  }
  return kept;
}

/**
 * Widths that add up to `available` where possible, widest first: down to whole words; then
 * breaking ids after hyphens and only words longer than BREAKABLE (URLs, formulas), so dates
 * and names stay whole; then down to FLOOR.
 */
function shrink(measured: readonly Measure[], columns: readonly Column[], available: number): number[] {
  const widths = measured.map((m) => m.natural);
  const weight = (i: number): number => columns[i]!.weight ?? 1;
  for (const floorOf of [(i: number) => measured[i]!.word, (i: number) => Math.min(measured[i]!.part, BREAKABLE + PADDING), () => FLOOR + PADDING]) {
    let excess = widths.reduce((a, b) => a + b, 0) - available;
    // Each step takes the widest column (by weight) down to the next one's width, or by the
    // excess: a handful of steps per column, however long the cells are.
    while (excess > 0) {
      const open = widths.map((_, i) => i).filter((i) => widths[i]! > floorOf(i));
      if (open.length === 0) break;
      const ranked = open.sort((a, b) => widths[b]! / weight(b) - widths[a]! / weight(a));
      const top = ranked[0]!;
      const next = ranked[1] === undefined ? 0 : (widths[ranked[1]]! / weight(ranked[1])) * weight(top);
      const step = Math.max(1, Math.min(excess, widths[top]! - Math.max(floorOf(top), Math.floor(next))));
      widths[top] = widths[top]! - step;
      excess -= step;
    }
  }
  return widths;
}

function drawing(widths: readonly number[], aligns: readonly ('left' | 'right')[]) {
  return {
    border: (left: string, middle: string, right: string): string => `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}`,
    /** Appends the lines of one row to `out`: each column's lines, and their widths unless they are their lengths. */
    rowInto(cells: readonly (readonly string[])[], cellWidths: readonly (readonly number[] | undefined)[], out: string[]): void {
      let height = 1;
      for (const cell of cells) height = Math.max(height, cell.length);
      for (let l = 0; l < height; l++) {
        let line = '│';
        for (let k = 0; k < cells.length; k++) {
          const text = cells[k]![l] ?? '';
          const lineWidths = cellWidths[k];
          const pad = spaces(widths[k]! - PADDING - (lineWidths ? (lineWidths[l] ?? 0) : text.length));
          line += aligns[k] === 'right' ? ` ${pad}${text} │` : ` ${text}${pad} │`;
        }
        // With every column dropped a row is still drawn as its two borders.
        out.push(cells.length === 0 ? `${line}│` : line);
      }
    },
  };
}
