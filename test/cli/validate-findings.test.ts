import { describe, expect, it } from 'vitest';
import { coop, fixture } from '../helpers/cli.js';

interface Case {
  fixture: string;
  code: string;
  file: string;
  line: number;
  column: number;
  /** Part of the message: what is wrong and how to fix it. */
  says: string;
  severity?: 'error' | 'warning';
  exit?: number;
}

const A = 'registry/agreements/pk-ps-test.yaml';
const P = 'registry/programmes/kz-af-test.yaml';

/** One fixture registry per finding code, each with exactly one problem. */
const CASES: Case[] = [
  { fixture: 'yaml-syntax', code: 'yaml-syntax', file: A, line: 4, column: 1, says: 'flow sequence' },
  { fixture: 'duplicate-key', code: 'duplicate-key', file: A, line: 12, column: 1, says: 'keep one of them' },
  { fixture: 'type-mismatch', code: 'type-mismatch', file: A, line: 9, column: 9, says: 'signed.date must be text, but is the number 2025; put it in quotes: "2025"' },
  { fixture: 'unknown-property', code: 'unknown-property', file: A, line: 3, column: 1, says: 'unknown field "titel"; did you mean "title"?' },
  { fixture: 'missing-property', code: 'missing-property', file: A, line: 1, column: 1, says: 'missing required field "instrument"' },
  { fixture: 'invalid-enum', code: 'invalid-enum', file: A, line: 11, column: 9, says: 'did you mean "in-force"?' },
  { fixture: 'invalid-format', code: 'invalid-format', file: A, line: 9, column: 9, says: 'signed.date is "17/09/2025"; expected a date' },
  { fixture: 'schema', code: 'schema', file: A, line: 6, column: 3, says: 'parties needs at least 2 items' },
  { fixture: 'duplicate-id', code: 'duplicate-id', file: A, line: 1, column: 5, says: 'also used by programmes/pk-ps-test.yaml:1' },
  { fixture: 'id-mismatch', code: 'id-mismatch', file: A, line: 1, column: 5, says: 'rename the file to pk-ps-mou.yaml or change the id' },
  { fixture: 'kind-mismatch', code: 'kind-mismatch', file: A, line: 2, column: 7, says: 'move it to programmes/ or fix the kind' },
  { fixture: 'file-name', code: 'file-name', file: 'registry/agreements/pk-ps-test.yml', line: 1, column: 1, says: 'rename it to pk-ps-test.yaml' },
  { fixture: 'unknown-country', code: 'unknown-country', file: A, line: 7, column: 14, says: '"PSE" is not an ISO 3166-1 alpha-2 country code; write PS (Palestine)' },
  { fixture: 'duplicate-country', code: 'duplicate-country', file: A, line: 7, column: 14, says: 'PK is listed twice in parties' },
  { fixture: 'invalid-date', code: 'invalid-date', file: A, line: 9, column: 9, says: 'not a real date: February 2025 has 28 days' },
  { fixture: 'date-order', code: 'date-order', file: A, line: 11, column: 19, says: 'entry_into_force (2025-09-01) is before signed.date (2025-09-17)' },
  { fixture: 'dangling-reference', code: 'dangling-reference', file: P, line: 11, column: 12, says: 'agreement "pk-ps-tset" does not exist in the registry; did you mean "pk-ps-test"?' },
  { fixture: 'duplicate-commitment', code: 'duplicate-commitment', file: A, line: 16, column: 9, says: 'commitment id "working-group" is used twice' },
  { fixture: 'bad-duration', code: 'invalid-format', file: A, line: 14, column: 19, says: 'commitments[0].due.within is "30 days"; expected an ISO 8601 duration' },
  { fixture: 'missing-anchor', code: 'missing-anchor', file: A, line: 12, column: 31, says: 'counts from entry_into_force, which this record does not have' },
  { fixture: 'met-without-date', code: 'met-without-date', file: A, line: 12, column: 13, says: 'status is met but met_on is missing' },
  { fixture: 'future-date', code: 'future-date', file: A, line: 13, column: 13, says: 'met_on (2026-03-01) is after 2026-01-15' },
  { fixture: 'status-date', code: 'status-date', file: A, line: 12, column: 9, says: 'expired on 2025-12-31; set status: expired', severity: 'warning', exit: 0 },
  { fixture: 'status-history', code: 'status-history', file: A, line: 11, column: 9, says: 'the history records entry into force on 2025-10-01 (history[1]), which makes it in-force; set status: in-force', severity: 'warning', exit: 0 },
  { fixture: 'duplicate-source', code: 'duplicate-source', file: A, line: 14, column: 9, says: 'source id "app" is used twice' },
];

const AS_OF = ['--as-of', '2026-01-15'];

describe.each(CASES)('validate on fixture $fixture', (c) => {
  const severity = c.severity ?? 'error';
  const exit = c.exit ?? 1;

  it.concurrent('text: FILE:LINE:COL, severity, code, message, excerpt with caret', async () => {
    const { code, stdout, stderr } = await coop(['validate', ...AS_OF], { cwd: fixture(c.fixture) });
    expect(stderr).toBe('');
    expect(code).toBe(exit);
    const lines = stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith(`${c.file}:${c.line}:${c.column}: ${severity} [${c.code}] `));
    expect(head, stdout).toBeGreaterThanOrEqual(0);
    expect(lines[head]).toContain(c.says);
    const caret = lines[head + 2]!;
    expect(lines[head + 1]).toMatch(new RegExp(`^${c.line} \\| `));
    expect(caret.indexOf('^') - caret.indexOf('| ') - 2).toBe(c.column - 1);
    expect(lines.at(-2)).toMatch(/ checked: \d+ errors?, \d+ warnings?$/);
  });

  it.concurrent('json: the documented shape with the exact location', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'json', ...AS_OF], { cwd: fixture(c.fixture) });
    expect(code).toBe(exit);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['ok', 'errors', 'warnings', 'problems']);
    expect(report.ok).toBe(exit === 0);
    const problem = report.problems.find((p: { code: string; file: string }) => p.code === c.code && p.file === c.file);
    expect(problem).toMatchObject({ file: c.file, line: c.line, column: c.column, severity, code: c.code });
    expect(Object.keys(problem)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
    expect(problem.message).toContain(c.says);
  });

  it.concurrent('github: a workflow command annotating the line', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'github', ...AS_OF], { cwd: fixture(c.fixture) });
    expect(code).toBe(exit);
    expect(stdout).toContain(`::${severity} file=${c.file},line=${c.line},col=${c.column},title=coop ${c.code}::`);
  });
});

describe('validate on a clean fixture', () => {
  it('prints the count line and exits 0', async () => {
    const result = await coop(['validate'], { cwd: fixture('clean') });
    expect(result).toEqual({ code: 0, stdout: '✓ 2 files checked, no problems\n', stderr: '' });
  });

  it('prints an empty problem list as json', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'json'], { cwd: fixture('clean') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, errors: 0, warnings: 0, problems: [] });
  });
});

describe('validate text output', () => {
  it('is exactly the hledger-style block and count line', async () => {
    const { stdout } = await coop(['validate'], { cwd: fixture('unknown-country') });
    expect(stdout).toBe(
      [
        'registry/agreements/pk-ps-test.yaml:7:14: error [unknown-country] "PSE" is not an ISO 3166-1 alpha-2 country code; write PS (Palestine)',
        '7 |   - country: PSE',
        '  |              ^',
        '',
        '✗ 1 file checked: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('reports both records that share an id', async () => {
    const { stdout } = await coop(['validate', '--format', 'json'], { cwd: fixture('duplicate-id') });
    const places = JSON.parse(stdout).problems.map((p: { file: string; line: number; code: string }) => `${p.file}:${p.line} ${p.code}`);
    expect(places).toEqual(['registry/agreements/pk-ps-test.yaml:1 duplicate-id', 'registry/programmes/pk-ps-test.yaml:1 duplicate-id']);
  });
});

describe('--strict and warnings', () => {
  it('warnings alone exit 0', async () => {
    const { code, stdout } = await coop(['validate', ...AS_OF], { cwd: fixture('status-date') });
    expect(code).toBe(0);
    expect(stdout).toContain('! 1 file checked: 0 errors, 1 warning');
  });

  it('--strict turns them into errors and exits 1', async () => {
    const { code, stdout } = await coop(['validate', '--strict', '--format', 'json', ...AS_OF], { cwd: fixture('status-date') });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, errors: 1, warnings: 0, problems: [{ code: 'status-date', severity: 'error' }] });
  });

  it('status checks follow --as-of', async () => {
    const { code, stdout } = await coop(['validate', '--strict', '--as-of', '2025-12-01'], { cwd: fixture('status-date') });
    expect(stdout).toBe('✓ 1 file checked, no problems\n');
    expect(code).toBe(0);
  });
});
