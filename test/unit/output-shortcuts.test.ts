import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { fitTable, type Column } from '../../src/format/fit-table.js';
import { escapeEveryMarkdown, escapeMarkdown } from '../../src/format/markdown.js';

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

  it('fitTable lays out plain ASCII cells, measured in place, as it lays out the same cells measured the long way', () => {
    // "à" is one column wide like "a" but is not ASCII, so the same table with every "a" as "à" takes the long way.
    const words = ['a', 'bb', 'ccc-dd', 'eeee-ffff-gggg', 'x', '', 'long-hyphenated-identifier-2025', 'https://example.org/a-b', '-', 'a-', '-b', 'Kazakhstan'];
    const paint = new Chalk({ level: 0 });
    const next = random(11);
    for (let n = 0; n < 1_500; n++) {
      const width = 20 + next(100);
      const columns: Column[] = Array.from({ length: 1 + next(5) }, () => ({ head: ['ID', 'TITLE', 'WHEN'][next(3)]!, breakAt: next(2) ? 'hyphens' : 'words', weight: 1 + next(3) }));
      const rows = Array.from({ length: 1 + next(6) }, () => columns.map(() => Array.from({ length: next(5) }, () => words[next(words.length)]).join(next(4) ? ' ' : '  ')));
      const accented = rows.map((row) => row.map((cell) => cell.replaceAll('a', 'à')));
      expect(fitTable(columns, accented, { paint, width }).replaceAll('à', 'a'), JSON.stringify({ columns, rows, width })).toBe(fitTable(columns, rows, { paint, width }));
    }
  });
});
