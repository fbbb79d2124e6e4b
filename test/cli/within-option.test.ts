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

  it('looks ahead no further than 9999-12-31, the same with the parse cache cold or warm', async () => {
    // Days compare as text, and 9500-01-01 plus P999Y is +010499-01-01, which sorts before them all.
    const dir = tempDir();
    mkdirSync(join(dir, 'agreements'));
    writeFileSync(
      join(dir, 'agreements', 'pk-af-far.yaml'),
      'id: pk-af-far\nkind: agreement\ntitle: Far\ninstrument: memorandum-of-understanding\nparties:\n  - country: PK\n  - country: AF\nsigned:\n  date: "2020-01-01"\nstatus: signed\n' +
        'commitments:\n  - id: soon\n    text: Soon\n    due: {date: "2021-01-01"}\n    status: pending\n  - id: late\n    text: Late\n    due: {date: "9600-01-01"}\n    status: pending\n' +
        'sources:\n  - title: Test source\n    publisher: Test publisher\n',
    );
    const far = ['--registry', dir, '--as-of', '9500-01-01', '--within', 'P999Y'];
    const cold = await coop(['deadlines', ...far, '--format', 'json', '--no-cache']);
    expect(JSON.parse(cold.stdout).map((d: { item: string; timing: string }) => `${d.item} ${d.timing}`)).toEqual(['soon overdue', 'late due']);
    const report = await coop(['report', ...far, '--no-cache']);
    expect(report.stdout).toContain('| Overdue deadlines | 1 |');
    expect(report.stdout).toContain('9600-01-01 (36524 days left): Late.');
    // The first run with the cache fills it; the second passes over records by the notes it keeps.
    for (let run = 0; run < 2; run++) {
      expect(await coop(['deadlines', ...far, '--format', 'json'])).toEqual(cold);
      expect(await coop(['report', ...far])).toEqual(report);
    }
  });

  it('a commitment due on the last day of the look-ahead shows in report and deadlines, the cache warm as cold', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'agreements'));
    writeFileSync(
      join(dir, 'agreements', 'edge.yaml'),
      'id: edge\nkind: agreement\ntitle: Edge\ninstrument: memorandum-of-understanding\nparties:\n  - country: PK\n  - country: PS\nsigned:\n  date: "2025-09-17"\nstatus: signed\n' +
        'commitments:\n  - id: last-day\n    text: Due on the last day of the look-ahead\n    due: {date: "2025-12-30"}\n    status: pending\nsources:\n  - title: Test source\n    publisher: Test publisher\n',
    );
    const edge = ['--registry', dir, '--as-of', '2025-10-01', '--within', 'P90D'];
    const report = await coop(['report', ...edge, '--no-cache']);
    expect(report.stdout).toContain('2025-12-30 (90 days left)');
    const deadlines = await coop(['deadlines', ...edge, '--format', 'json', '--no-cache']);
    expect(JSON.parse(deadlines.stdout).map((d: { item: string; days_left: number }) => `${d.item} ${d.days_left}`)).toEqual(['last-day 90']);
    for (let run = 0; run < 2; run++) {
      expect(await coop(['report', ...edge])).toEqual(report);
      expect(await coop(['deadlines', ...edge, '--format', 'json'])).toEqual(deadlines);
    }
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
