import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coop, fixture, tempDir } from '../helpers/cli.js';

// One rule for every command with filters and every format: when nothing matches, the message
// goes to stderr, stdout gets valid empty data for the format, and coop exits 0.

const cwd = fixture('query');
const NOTHING = ['--search', 'zzzz-matches-nothing', '--as-of', '2025-10-17'];

const LIST_HEADER = 'id,kind,title,countries,country_names,date,status,instrument,modalities,areas,agreement\r\n';
const COUNTRIES_HEADER = 'code,name,agreements,programmes,pending_commitments,partners\r\n';

/** What each format's empty output must be, and that it parses as empty data. */
const EMPTY: Record<string, { stdout: string; parsed?: (text: string) => unknown; data?: unknown }> = {
  table: { stdout: '' },
  json: { stdout: '[]\n', parsed: (t) => JSON.parse(t), data: [] },
  yaml: { stdout: '[]\n', parsed: (t) => parseYaml(t), data: [] },
  markdown: { stdout: '' },
};

const cases: [command: string, format: string, message: string, csvHeader?: string][] = [
  ...['table', 'json', 'csv', 'yaml', 'markdown'].map((f): [string, string, string, string] => ['list', f, 'No records match.\n', LIST_HEADER]),
  ...['table', 'json', 'csv', 'yaml', 'markdown'].map((f): [string, string, string, string] => ['countries', f, 'No countries match.\n', COUNTRIES_HEADER]),
  ...['table', 'json', 'markdown', 'ics'].map((f): [string, string, string] => ['deadlines', f, 'No deadlines due within P90D as of 2025-10-17.\n']),
];

describe('no match', () => {
  it.each(cases)('coop %s --format %s: the message on stderr, empty data on stdout, exit 0', async (command, format, message, csvHeader) => {
    const result = await coop([command, ...NOTHING, '--format', format], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(message);
    if (format === 'csv') {
      expect(result.stdout).toBe(csvHeader);
      expect(parseCsv(result.stdout, { columns: true })).toEqual([]);
    } else if (format === 'ics') {
      const calendar = new ICAL.Component(ICAL.parse(result.stdout));
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
      expect(result.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    } else {
      const empty = EMPTY[format]!;
      expect(result.stdout).toBe(empty.stdout);
      if (empty.parsed) expect(empty.parsed(result.stdout)).toEqual(empty.data);
    }
  });

  it('the same with -o FILE: the file holds the empty data, the message is on stderr', async () => {
    const dir = tempDir();
    for (const [name, text] of [['out.json', '[]\n'], ['out.csv', LIST_HEADER], ['out.yaml', '[]\n'], ['out.md', ''], ['out.txt', '']] as const) {
      const result = await coop(['list', ...NOTHING, '-o', join(dir, name)], { cwd });
      expect(result, name).toEqual({ code: 0, stdout: '', stderr: 'No records match.\n' });
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(text);
    }
  });

  it('deadlines says what it looked for: overdue, due within, or any dated item', async () => {
    expect((await coop(['deadlines', ...NOTHING, '--overdue', '--format', 'json'], { cwd })).stderr).toBe('No deadlines overdue as of 2025-10-17.\n');
    expect((await coop(['deadlines', ...NOTHING, '--all', '--format', 'json'], { cwd })).stderr).toBe('No dated deadlines as of 2025-10-17.\n');
  });

  it('a report of nothing is still a report (every figure 0), with the message on stderr', async () => {
    const { code, stdout, stderr } = await coop(['report', ...NOTHING], { cwd });
    expect(code).toBe(0);
    expect(stderr).toBe('No records match.\n');
    expect(stdout).toContain('As of 2025-10-17: 0 agreements and 0 programmes between 0 countries.\n');
  });
});
