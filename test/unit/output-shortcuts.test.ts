import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, NARROW, wrapCell, wrapEveryCell } from '../../src/format/cell-wrap.js';
import { fitTable, type Column } from '../../src/format/fit-table.js';
import { escapeEveryMarkdown, escapeLineStart, escapeMarkdown } from '../../src/format/markdown.js';
import { wrap, wrapEveryText } from '../../src/format/wrap.js';
import { mostRecent } from '../../src/core/report/stats.js';

/** A small seeded generator, so every run draws the same cases. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => Math.floor(((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
}

describe('output shortcuts give what the long way gives', () => {
  it('escapeMarkdown returns text unchanged only where escaping it would change nothing', () => {
    const pieces = ['a', 'Z', '1', '9', ' ', '.', ')', '#', '+', '=', '-', '&', '<', '>', '\\', '`', '*', '_', '[', ']', '|', '~', ':', '/', 'w', 'W', 'www.', 'http://', '\t', '\n', '\r', '\u0000', '\u001b', '\u007f', '\u0085', '\u202e', '\u2067', 'é', '保', '🩺', '\u2028'];
    const next = random(7);
    let unchanged = 0;
    for (let n = 0; n < 30_000; n++) {
      let text = '';
      for (let i = next(8); i > 0; i--) text += pieces[next(next(10) < 6 ? 8 : pieces.length)];
      const escaped = escapeMarkdown(text);
      expect(escaped, JSON.stringify(text)).toBe(escapeEveryMarkdown(text));
      if (escaped === text) unchanged++;
    }
    expect(unchanged).toBeGreaterThan(5_000);
  });

  it('fitTable lays out narrow cells, measured in place, as it lays out the same cells measured the long way', () => {
    // "a" with a combining accent is one column wide like "a", but the accent is outside NARROW, so the same table with every "a" accented takes the long way.
    const words = ['a', 'bb', 'ccc-dd', 'eeee-ffff-gggg', 'x', '', 'long-hyphenated-identifier-2025', 'https://example.org/a-b', '-', 'a-', '-b', 'Kazakhstan'];
    const paint = new Chalk({ level: 0 });
    const next = random(11);
    for (let n = 0; n < 1_500; n++) {
      const width = 20 + next(100);
      const columns: Column[] = Array.from({ length: 1 + next(5) }, () => ({ head: ['ID', 'TITLE', 'WHEN'][next(3)]!, breakAt: next(2) ? 'hyphens' : 'words', weight: 1 + next(3) }));
      const rows = Array.from({ length: 1 + next(6) }, () => columns.map(() => Array.from({ length: next(5) }, () => words[next(words.length)]).join(next(4) ? ' ' : '  ')));
      const accented = rows.map((row) => row.map((cell) => cell.replaceAll('a', 'a\u0301')));
      expect(fitTable(columns, accented, { paint, width }).replaceAll('a\u0301', 'a'), JSON.stringify({ columns, rows, width })).toBe(fitTable(columns, rows, { paint, width }));
    }
  });

  it('fitTable pads coloured cells as it pads the same cells uncoloured', () => {
    const words = ['a', 'bb', 'ccc-dd', '3 days left', 'Kazakhstan, Türkiye', '保健', ''];
    const colour = new Chalk({ level: 1 });
    const plain = new Chalk({ level: 0 });
    const next = random(23);
    for (let n = 0; n < 500; n++) {
      const width = 20 + next(80);
      const columns: Column[] = Array.from({ length: 1 + next(4) }, (_, i) => ({ head: `C${i}`, breakAt: next(2) ? 'hyphens' : 'words', align: next(3) ? 'left' : 'right' }));
      const rows = Array.from({ length: 1 + next(5) }, () => columns.map(() => Array.from({ length: next(4) }, () => words[next(words.length)]).join(' ')));
      const paintCell = (line: string, column: string): string => (column === 'C0' ? colour.red(line) : line);
      const coloured = fitTable(columns, rows, { paint: colour, width, paintCell });
      // eslint-disable-next-line no-control-regex
      expect(coloured.replace(/\u001b\[[0-9;]*m/g, ''), JSON.stringify({ rows, width })).toBe(fitTable(columns, rows, { paint: plain, width }));
      if (rows.some((row) => row[0])) expect(coloured).toContain('\u001b[31m');
    }
  });

  it('NARROW text is one column a unit, as string-width counts it', () => {
    const narrow: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (!NARROW.test(char)) continue;
      narrow.push(char);
      expect(stringWidth(char), code.toString(16)).toBe(1);
    }
    expect(narrow.length).toBeGreaterThan(7_000);
    expect(NARROW.test('Kazakhstan–United Kingdom: «Здравоохранение» Ελλάδα Côte d’Ivoire')).toBe(true);
    for (const wide of ['保', '🩺', 'a\u0301', '\u00a0', '\t', '\n', '\u2028', '\u3000', '\u1100']) expect(NARROW.test(wide), JSON.stringify(wide)).toBe(false);
    // Sequences too: string-width replaces emoji sequences as a whole, and none is made of NARROW characters alone.
    const next = random(5);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let i = next(12); i > 0; i--) text += narrow[next(next(4) === 0 ? narrow.length : 300)];
      expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
  });

  it('wrap cuts single-spaced text by index as the long way cuts any text', () => {
    const pieces = ['a', 'bb', 'ccc', 'x-y', 'longword'.repeat(3), ' ', ' ', '  ', '\n', '\t', '\u00a0', 'é', '保'];
    const next = random(13);
    let fast = 0;
    for (let n = 0; n < 30_000; n++) {
      let text = '';
      for (let i = next(20); i > 0; i--) text += pieces[next(pieces.length)];
      const width = next(30);
      expect(wrap(text, width), JSON.stringify({ text, width })).toEqual(wrapEveryText(text, width));
      if (/^(?:\S+(?: \S+)*)?$/.test(text)) fast++;
    }
    expect(fast).toBeGreaterThan(3_000);
  });

  it('escapeLineStart changes only the lines it must, as the two replacements alone would', () => {
    const pieces = ['#', '+', '=', '-', '1', '23', '.', ')', 'a', ' ', '\\'];
    const next = random(17);
    for (let n = 0; n < 20_000; n++) {
      let line = '';
      for (let i = next(6); i > 0; i--) line += pieces[next(pieces.length)];
      expect(escapeLineStart(line), JSON.stringify(line)).toBe(line.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2'));
    }
  });

  it('mostRecent keeps the newest records in one pass, as sorting them all and taking the first would', () => {
    const dates = ['2020', '2020-05', '2020-05-01', '2020-12-31', '2019-01-01', '2021', 'not-a-date', '2020-02-30', undefined];
    const ids = ['a', 'b', 'c', 'a-b', 'ab'];
    const next = random(19);
    for (let n = 0; n < 3_000; n++) {
      const records = Array.from({ length: next(25) }, () => ({ id: ids[next(ids.length)]!, date: dates[next(dates.length)] }));
      const count = next(7);
      const sorted = records
        .filter((r) => r.date !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.date) && r.date !== '2020-02-30')
        .sort((a, b) => (b.date! < a.date! ? -1 : b.date! > a.date! ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      expect(mostRecent(records, count), JSON.stringify({ records, count })).toEqual(sorted.slice(0, count));
    }
  });

  it('wrapCell wraps narrow text by index as the long way wraps it', () => {
    const words = ['a', 'bb', 'ccc-dd', 'eeee-ffff-gggg', 'x', 'long-hyphenated-identifier-2025', 'https://example.org/a-b', '-', 'a-', '-b', '--', 'Kazakhstan–Kyrgyzstan', 'Здравоохранение', 'abcdefghijklmnopqrstuvwxyz'];
    const next = random(13);
    let wrapped = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: next(8) }, () => words[next(words.length)]).join(' ');
      const width = next(4) === 0 ? next(4) : 1 + next(40);
      for (const breakAt of ['words', 'hyphens'] as const) {
        const lines = wrapCell(text, width, breakAt);
        expect(lines, JSON.stringify({ text, width, breakAt })).toEqual(wrapEveryCell(text, width, breakAt));
        if (lines.length > 1) wrapped++;
      }
    }
    expect(wrapped).toBeGreaterThan(10_000);
  });

  it('a word after "x- " starts a line without the space, and a table with every column dropped is still drawn', () => {
    expect(wrapEveryCell('a- bb', 3, 'hyphens')).toEqual(['a-', 'bb']);
    expect(wrapCell('a- bb', 3, 'hyphens')).toEqual(['a-', 'bb']);
    expect(wrapCell('aaa-bbb-c dd', 5, 'hyphens')).toEqual(['aaa-', 'bbb-c', 'dd']);
    const paint = new Chalk({ level: 0 });
    expect(fitTable([{ head: 'ID', drop: 1 }], [['x'], ['y']], { paint, width: 1 })).toBe('┌┐\n││\n├┤\n││\n├┤\n││\n└┘\n');
  });
});
