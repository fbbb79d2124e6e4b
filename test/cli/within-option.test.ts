import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, fixture, tempDir } from '../helpers/cli.js';

// deadlines, report and site read --within with one parser: the same forms, the same error.

const cwd = fixture('deadlines');
const AS_OF = ['--as-of', '2025-10-17'];

describe('--within', () => {
  it.each([
    ['deadlines', []],
    ['report', []],
    ['site', ['-o', 'SITE']],
  ])('coop %s refuses a duration it cannot read with the same message, exit 2', async (command, extra) => {
    const args = [command, ...extra.map((a) => (a === 'SITE' ? join(tempDir(), 'site') : a)), '--within', 'soon'];
    expect(await coop(args, { cwd })).toEqual({ code: 2, stdout: '', stderr: 'coop: --within must be a duration like 90d, 12w, 3m, 1y or P90D; got "soon"\n' });
  });

  it('takes a duration in words as deadlines and report read it', async () => {
    for (const command of ['deadlines', 'report']) {
      const iso = await coop([command, ...AS_OF, '--within', 'P1M', '--format', command === 'deadlines' ? 'json' : 'markdown'], { cwd });
      const words = await coop([command, ...AS_OF, '--within', '1 month', '--format', command === 'deadlines' ? 'json' : 'markdown'], { cwd });
      expect(iso.code).toBe(0);
      expect(words).toEqual(iso);
    }
  });

  /** A registry of one agreement between PK and AF, signed 2020-01-01, with pending commitments due on the days given; the registry folder. */
  function oneAgreement(due: Record<string, string>): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'agreements'));
    const commitments = Object.entries(due).map(([id, day]) => `  - id: ${id}\n    text: ${id}\n    due: {date: "${day}"}\n    status: pending\n`);
    const head = 'id: one\nkind: agreement\ntitle: One\ninstrument: memorandum-of-understanding\nparties:\n  - country: PK\n  - country: AF\nsigned:\n  date: "2020-01-01"\nstatus: signed\n';
    writeFileSync(join(dir, 'agreements', 'one.yaml'), `${head}commitments:\n${commitments.join('')}sources:\n  - title: Test source\n    publisher: Test publisher\n`);
    return dir;
  }

  /** deadlines (as JSON) and report with the cache off, then twice with it: filling it, then passing over records by the notes it keeps. */
  async function coldThenWarm(args: readonly string[]): Promise<{ deadlines: string[]; report: string }> {
    const deadlines = await coop(['deadlines', ...args, '--format', 'json', '--no-cache']);
    const report = await coop(['report', ...args, '--no-cache']);
    for (let run = 0; run < 2; run++) {
      expect(await coop(['deadlines', ...args, '--format', 'json'])).toEqual(deadlines);
      expect(await coop(['report', ...args])).toEqual(report);
    }
    return { deadlines: JSON.parse(deadlines.stdout).map((d: { item: string; timing: string; days_left: number }) => `${d.item} ${d.timing} ${d.days_left}`), report: report.stdout };
  }

  it('a look-ahead past year 9999 reaches the days before it, the same with the parse cache cold or warm', async () => {
    // 9500-01-01 plus P999Y is +010499-01-01, which as text would sort before every YYYY-MM-DD.
    const dir = oneAgreement({ soon: '2021-01-01', late: '9600-01-01' });
    const { deadlines, report } = await coldThenWarm(['--registry', dir, '--as-of', '9500-01-01', '--within', 'P999Y']);
    expect(deadlines).toEqual(['soon overdue -2731648', 'late due 36524']);
    expect(report).toContain('| Overdue deadlines | 1 |');
    expect(report).toContain('9600-01-01 (36524 days left): late.');
  });

  it('a due day and an expiry past year 9999 lie ahead, not overdue', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'agreements'));
    writeFileSync(
      join(dir, 'agreements', 'far.yaml'),
      'id: far\nkind: agreement\ntitle: Far\ninstrument: memorandum-of-understanding\nparties:\n  - country: PK\n  - country: AF\nsigned:\n  date: "9500-01-01"\n' +
        'entry_into_force: "9500-01-01"\nvalidity:\n  duration: P999Y\nstatus: in-force\n' +
        'commitments:\n  - id: millennium\n    text: millennium\n    due: {within: P999Y, from: signed}\n    status: pending\nsources:\n  - title: Test source\n    publisher: Test publisher\n',
    );
    const far = ['--registry', dir, '--as-of', '9500-06-01'];
    expect(await coop(['validate', ...far])).toMatchObject({ code: 0, stdout: '✓ 1 file checked, no problems\n' });
    const all = await coop(['deadlines', ...far, '--all', '--format', 'json']);
    expect(JSON.parse(all.stdout).map((d: { item: string; due: string; timing: string; days_left: number }) => `${d.item} ${d.due} ${d.timing} ${d.days_left}`)).toEqual([
      'expiry +010499-01-01 later 364727',
      'millennium +010499-01-01 later 364727',
    ]);
    expect(await coop(['deadlines', ...far, '--overdue'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('a commitment due on the last day of the look-ahead shows in report and deadlines, the cache warm as cold', async () => {
    const dir = oneAgreement({ 'last-day': '2025-12-30' });
    const { deadlines, report } = await coldThenWarm(['--registry', dir, '--as-of', '2025-10-01', '--within', 'P90D']);
    expect(deadlines).toEqual(['last-day due 90']);
    expect(report).toContain('2025-12-30 (90 days left): last-day.');
  });

  it('--window takes words too, and still at least a day', async () => {
    // The shipped registry: a commitment due 2025-10-17, three days before.
    const { code, stderr } = await coop(['deadlines', '--as-of', '2025-10-20', '--check', '--window', '1 week']);
    expect(stderr).toMatch(/^coop deadlines: 1 newly overdue as of 2025-10-20 \(within P1W\): pk-ps-health-mou-2025 health-working-group /);
    expect(code).toBe(1);
    expect(await coop(['deadlines', ...AS_OF, '--check', '--window', '0 days'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'coop: --window must be a duration of at least a day like 1d, 7d or P1W; got "0 days"\n',
    });
  });
});
