import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, fixture, ROOT, tempDir } from '../helpers/cli.js';
import { markdownlint, mermaidBlocks, parseMermaid } from '../helpers/markdown-checks.js';
import { alpha3Index } from '../../src/core/countries/codes.js';
import type { TimelineBar } from '../../src/core/report/timeline.js';
import { ganttLines, MERMAID_MAX_TEXT } from '../../src/format/report/mermaid.js';

const cwd = fixture('query');
const expected = (name: string) => readFileSync(join(cwd, 'expected', name), 'utf8');
const AS_OF = ['--as-of', '2025-11-01'];

describe('coop report on a fixture registry', () => {
  it('matches the reviewed registry report', async () => {
    const { code, stdout, stderr } = await coop(['report', ...AS_OF], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(expected('registry.md'));
  });

  it('matches the reviewed country profile', async () => {
    const { stdout } = await coop(['report', '--country', 'Afghanistan', ...AS_OF], { cwd });
    expect(stdout).toBe(expected('afghanistan.md'));
  });

  it('is byte-identical from run to run', async () => {
    const first = await coop(['report', ...AS_OF], { cwd });
    const second = await coop(['report', ...AS_OF], { cwd });
    expect(second.stdout).toBe(first.stdout);
  });

  it('makes hostile record text inert', async () => {
    const { stdout } = await coop(['report', '--country', 'AF', ...AS_OF], { cwd });
    const line = stdout.split('\n').findIndex((l) => l.includes('HYPERLINK'));
    const title = stdout.split('\n').slice(line, line + 2).join('\n');
    expect(title).toBe('\\=HYPERLINK("http\\://evil.example") \\| # &lt;script&gt;alert(1)&lt;/script&gt;\n\\[x\\](javascript:alert(1)) \\`code\\`');
    expect(stdout).not.toMatch(/<script|(?<!\\)\]\(javascript:|^#+ =HYPERLINK/m);
    expect(stdout).not.toContain('\u001b');
  });

  it('every block passes markdownlint and every Mermaid block parses', async () => {
    for (const args of [[], ['--country', 'AF'], ['--country', 'Palestine']]) {
      const { stdout } = await coop(['report', ...args, ...AS_OF], { cwd });
      const lint = await markdownlint(stdout);
      expect(lint.output, lint.output).toContain('Summary: 0 error(s)');
      expect(lint.code).toBe(0);
      const blocks = mermaidBlocks(stdout);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) await expect(parseMermaid(block), block).resolves.toMatchObject({ diagramType: expect.any(String) });
    }
  });

  it('a broken Mermaid block is caught, so the check above means something', async () => {
    await expect(parseMermaid('gantt\n    dateFormat YYYY-MM-DD\n    section\n')).rejects.toThrow();
    await expect(parseMermaid('xychart-beta\n    bar [1, 2\n')).rejects.toThrow();
  });

  it('links to record files relative to where the report is written', async () => {
    const dir = tempDir();
    for (const out of ['report.md', 'reports/report.md', 'deep/er/report.md']) {
      const file = join(dir, out);
      await coop(['report', '--registry', join(cwd, 'registry'), '-o', file, ...AS_OF]);
      const targets = [...readFileSync(file, 'utf8').matchAll(/^\[[^\]]+\]: <([^>]+)>$/gm)].map((m) => m[1]!);
      expect(targets).toHaveLength(13);
      for (const target of targets) expect(existsSync(resolve(dirname(file), target)), target).toBe(true);
    }
  });

  it('more than one --country exits 2', async () => {
    const { code, stderr } = await coop(['report', '--country', 'PK', '--country', 'PS'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('coop: give one --country for a country profile, or none for the whole registry\n');
  });
});

describe('reports of the shipped registry', () => {
  it('the registry report and the Pakistan profile pass markdownlint with default rules', async () => {
    for (const args of [[], ['--country', 'Pakistan']]) {
      const { stdout } = await coop(['report', ...args, ...AS_OF]);
      const lint = await markdownlint(stdout);
      expect(lint.output, lint.output).toContain('Summary: 0 error(s)');
      for (const block of mermaidBlocks(stdout)) await expect(parseMermaid(block)).resolves.toBeTruthy();
    }
  });

  it('reports/registry.md is up to date (regenerate with npm run report)', async () => {
    const committed = readFileSync(join(ROOT, 'reports', 'registry.md'), 'utf8');
    const asOf = /^As of (\d{4}-\d{2}-\d{2}):/m.exec(committed)?.[1];
    expect(asOf).toBeDefined();
    const { stdout } = await coop(['report', '--registry', '../registry', '--as-of', asOf!], { cwd: join(ROOT, 'reports') });
    expect(stdout).toBe(committed);
  });
});

describe('reports of any registry pass markdownlint', () => {
  /** 150 records over 1963–2025 between 100 countries, with ids and titles longer than any line. */
  function bigRegistry(): string {
    const dir = tempDir();
    const codes = [...new Set(alpha3Index().values())].sort().slice(0, 100);
    for (const folder of ['agreements', 'programmes']) mkdirSync(join(dir, 'registry', folder), { recursive: true });
    for (let i = 0; i < 150; i++) {
      const year = 1963 + Math.floor((i * 62) / 149);
      const [a, b, c] = [codes[i % 100]!, codes[(i * 7 + 1) % 100]!, codes[(i * 13 + 2) % 100]!];
      const id = `${i % 3 === 0 ? 'a-very-long-identifier-for-a-health-cooperation-agreement-between-several-countries' : 'r'}-${i}`;
      const title = `Agreement number ${i} on cooperation in every field of health between ${a}, ${b} and ${c}, with a title far longer than a line`;
      const kind = i % 2 === 0 ? 'agreement' : 'programme';
      const body =
        kind === 'agreement'
          ? `id: ${id}\nkind: agreement\ntitle: ${title}\ninstrument: agreement\nparties:\n  - country: ${a}\n  - country: ${b}\n${a !== c && b !== c ? `  - country: ${c}\n` : ''}signed:\n  date: "${year}-0${1 + (i % 9)}"\nstatus: ${['signed', 'in-force', 'terminated', 'withdrawn', 'unknown'][i % 5]}\n`
          : `id: ${id}\nkind: programme\ntitle: ${title}\nmodalities: [training]\ncountries:\n  - {country: ${a}, role: provider}\n  - {country: ${b}, role: recipient}\nstart: "${year}"\nend: "${Math.min(2025, year + 3)}"\nstatus: ${['completed', 'ended-early', 'withdrawn', 'handed-over'][i % 4]}\n`;
      const commitment = `commitments:\n  - id: c\n    text: Commitment ${i}\n    due: {date: "${year + 1}"}\n    status: ${['pending', 'unknown', 'met'][i % 3]}\n${i % 3 === 2 ? '    met_on_unknown: true\n' : ''}`;
      writeFileSync(join(dir, 'registry', `${kind}s`, `${id}.yaml`), `${body}areas: [immunisation, hiv-aids]\n${commitment}sources:\n  - title: Test source\n    publisher: Test publisher\n`);
    }
    return dir;
  }

  it('a registry of 60 years, 100 countries and long ids gives reports that pass markdownlint', async () => {
    const dir = bigRegistry();
    const validate = await coop(['validate', '--format', 'json', ...AS_OF], { cwd: dir });
    expect(JSON.parse(validate.stdout).errors, validate.stdout).toBe(0);
    for (const args of [[], ['--country', 'AF'], ['--country', 'AD']]) {
      const { code, stdout } = await coop(['report', ...args, ...AS_OF], { cwd: dir });
      expect(code).toBe(0);
      const lint = await markdownlint(stdout);
      expect(lint.output, lint.output).toContain('Summary: 0 error(s)');
      for (const block of mermaidBlocks(stdout)) await expect(parseMermaid(block), block).resolves.toMatchObject({ diagramType: expect.any(String) });
    }
  });
});

describe('a timeline too long for Mermaid', () => {
  it('is left out of the report and the country profile, with a note, when it would pass the 50,000 characters Mermaid draws', async () => {
    // 700 agreements between Pakistan and Afghanistan, with long ids: some 54,000 characters of chart.
    const dir = tempDir();
    mkdirSync(join(dir, 'agreements'));
    for (let i = 0; i < 700; i++) {
      const id = `pk-af-health-memorandum-of-understanding-${1000 + i}`;
      const day = `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`;
      writeFileSync(join(dir, 'agreements', `${id}.yaml`), `id: ${id}\nkind: agreement\ntitle: Memorandum ${i}\ninstrument: memorandum-of-understanding\nparties:\n  - country: PK\n  - country: AF\nsigned:\n  date: "${day}"\nstatus: signed\nsources:\n  - title: Test source\n    publisher: Test publisher\n`);
    }
    for (const args of [[], ['--country', 'PK']]) {
      const { code, stdout, stderr } = await coop(['report', '--registry', dir, ...args, ...AS_OF]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const start = stdout.indexOf('## Timeline');
      const timeline = stdout.slice(start, stdout.indexOf('\n## ', start + 1));
      expect(mermaidBlocks(timeline)).toEqual([]);
      expect(timeline).toContain('The chart is left out: with 700 records it would be longer than the 50,000\ncharacters Mermaid draws. The table below lists them all.');
      expect(timeline.split('\n').filter((line) => line.startsWith('| ['))).toHaveLength(700);
      const lint = await markdownlint(stdout);
      expect(lint.output, lint.output).toContain('Summary: 0 error(s)');
    }
  });

  it('is drawn at exactly the 50,000 characters Mermaid draws, and not one character longer', () => {
    const size = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + line.length + 1, 0);
    const bar = (id: string): TimelineBar => ({ id, kind: 'agreement', start: '2020-01-01', from: '2020-01-01', to: 'signed' });
    const bars = Array.from({ length: 1247 }, (_, i) => bar(`r-${String(i).padStart(5, '0')}`));
    // The last id is lengthened by what the chart lacks of the limit.
    const slack = MERMAID_MAX_TEXT - size(ganttLines('T', bars)!);
    expect(slack).toBeGreaterThan(0);
    expect(slack).toBeLessThan(30);
    const exact = [...bars.slice(0, -1), bar(`r-01246${'x'.repeat(slack)}`)];
    expect(size(ganttLines('T', exact)!)).toBe(MERMAID_MAX_TEXT);
    expect(ganttLines('T', [...bars.slice(0, -1), bar(`r-01246${'x'.repeat(slack + 1)}`)])).toBeUndefined();
  });
});
