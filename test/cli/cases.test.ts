import { describe, expect, it } from 'vitest';
import { coop, coopSpawned, fixture, type CliResult } from '../helpers/cli.js';

// One table of cases, as markdownlint-cli2 keeps it: each runs in process through run(argv, io)
// and spawned through bin/coop.js, and the two must agree to the byte with what the case expects.
interface Case {
  name: string;
  args: string[];
  /** A scenario under test/fixtures/; absent: the shipped registry. */
  fixture?: string;
  code: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
}

const CASES: Case[] = [
  { name: 'version', args: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/, stderr: '' },
  { name: 'a clean registry validates', args: ['validate', '--as-of', '2026-01-01'], fixture: 'clean', code: 0, stdout: /^✓ \d+ files? checked, no problems\n$/, stderr: '' },
  {
    name: 'a GitHub annotation points at the line and column',
    args: ['validate', '--format', 'github', '--as-of', '2026-01-01'],
    fixture: 'invalid-enum',
    code: 1,
    stdout: /^::error file=.*agreements\/pk-ps-test\.yaml,line=11,col=9,title=coop invalid-enum::status is "in_force".*did you mean "in-force"\?\n/,
  },
  { name: 'spreadsheet-safe CSV, CRLF as RFC 4180 says', args: ['list', '--kind', 'programme', '--format', 'csv', '--as-of', '2025-10-01'], fixture: 'query', code: 0, stdout: /^id,kind,title,countries,country_names,date,status,instrument,modalities,areas,agreement\r\np-hostile,programme,"'=HYPERLINK/, stderr: '' },
  { name: 'nothing matches: the message on stderr, an empty JSON list on stdout', args: ['list', '--country', 'FR', '--kind', 'agreement', '--since', '2030', '--format', 'json'], fixture: 'query', code: 0, stdout: '[]\n', stderr: 'No records match.\n' },
  { name: 'an unknown id', args: ['show', 'nosuch'], fixture: 'query', code: 2, stdout: '', stderr: 'coop: no record with id "nosuch"; coop list shows every id\n' },
  { name: 'an unknown command', args: ['lst'], code: 2, stdout: '', stderr: "coop: unknown command 'lst' (Did you mean list?)\n" },
  { name: 'an unknown option', args: ['list', '--contry', 'PK'], code: 2, stdout: '', stderr: "coop: unknown option '--contry' (Did you mean --country?)\n" },
  { name: 'a closed vocabulary', args: ['list', '--area', 'cardio'], code: 2, stdout: '', stderr: 'coop: unknown --area "cardio"; did you mean "cardiology"?\n' },
  { name: 'help for a command', args: ['help', 'deadlines'], code: 0, stdout: /^Usage: coop deadlines \[options\][\s\S]*Examples:/, stderr: '' },
  { name: 'a check that fails', args: ['deadlines', '--as-of', '2025-10-18', '--check'], fixture: 'deadlines', code: 1 },
];

const cwdOf = (c: Case): string | undefined => (c.fixture ? fixture(c.fixture) : undefined);

function expectCase(result: CliResult, c: Case): void {
  expect(result.code, c.name).toBe(c.code);
  for (const stream of ['stdout', 'stderr'] as const) {
    const wanted = c[stream];
    if (typeof wanted === 'string') expect(result[stream], `${c.name}: ${stream}`).toBe(wanted);
    else if (wanted) expect(result[stream], `${c.name}: ${stream}`).toMatch(wanted);
  }
}

describe('cases, in process and spawned', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const [inProcess, spawned] = await Promise.all([coop(c.args, { cwd: cwdOf(c) }), coopSpawned(c.args, { cwd: cwdOf(c) })]);
    expectCase(inProcess, c);
    expect(spawned, `${c.name}: spawned and in process agree`).toEqual(inProcess);
  });
});
