import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coop, fixture, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';
import { describe, expect, it } from 'vitest';

const cwd = fixture('query');
const TABLES = [['list'], ['countries'], ['deadlines', '--all', '--as-of', '2025-10-01'], ['show', 'a-multi-2020', '--as-of', '2025-10-01'], ['show', 'p-kz-af-training', '--as-of', '2025-10-01']];

/** Display columns of a line: every character here is one column wide except the wide ones named. */
const columns = (line: string): number => [...line].length;

describe('tables fit the terminal', () => {
  for (const width of [60, 80, 120]) {
    it.each(TABLES.map((args) => ({ args, width })))('$args.0 at $width columns: no line is wider', async ({ args }) => {
      const { code, stdout } = await coop(args, { cwd, env: { COLUMNS: String(width) } });
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(width);
    });
  }

  it('breaks at word boundaries: no country name is split while whole words fit', async () => {
    const { stdout } = await coop(['list'], { cwd, env: { COLUMNS: '120' } });
    expect(stdout).toContain('Afghanistan');
    expect(stdout).not.toMatch(/Afghanista\s*│/);
  });

  it('at 60 columns list gives up KIND, then STATUS, and wraps ids only after a hyphen', async () => {
    const { stdout } = await coop(['list'], { cwd, env: { COLUMNS: '60' } });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('│ ID           │ COUNTRIES   │ DATE       │ TITLE          │');
    // Each record's block of lines, between separators; its ID column's pieces end in hyphens.
    const blocks = stdout.split(/\n[├└].*\n/).slice(1, -1);
    const idPieces = blocks.map((block) => block.split('\n').map((l) => l.split('│')[1]!.trim()).filter(Boolean));
    const json = await coop(['list', '--format', 'json'], { cwd });
    expect(idPieces.map((pieces) => pieces.join(''))).toEqual((JSON.parse(json.stdout) as { id: string }[]).map((r) => r.id));
    for (const pieces of idPieces) for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/-$/);
  });

  it('a 50 KB title without spaces is printed whole, wrapped to the column', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    const title = Array.from({ length: 50_000 }, (_, i) => 'abcdefghij'[i % 10]).join('');
    writeFileSync(join(dir, 'registry', 'agreements', 'long.yaml'), agreementYaml('long').replace('title: Agreement long', `title: ${title}`));
    const { stdout } = await coop(['list'], { cwd: dir, env: { COLUMNS: '60' } });
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(60);
    const titleColumn = lines.filter((l) => l.startsWith('│')).slice(1).map((l) => l.split('│').at(-2)!.trim());
    expect(titleColumn.join('')).toBe(title);
  });
});
