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
