import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fixture } from '../helpers/cli.js';

describe('run(argv, io)', () => {
  it('returns the exit code and writes only through io', async () => {
    const io = fakeIo(fixture('invalid-enum'));
    expect(await run(['validate', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.stdout).problems[0].code).toBe('invalid-enum');
    expect(io.stderr).toBe('');
  });

  it('uses io.today when --as-of is absent', async () => {
    const io = fakeIo(fixture('status-date'));
    expect(await run(['validate', '--strict'], io)).toBe(1);
    const earlier = { ...fakeIo(fixture('status-date')), today: '2025-10-01' };
    expect(await run(['validate', '--strict'], earlier)).toBe(0);
  });

  it('takes -v for the version, as --version and -V', async () => {
    const io = fakeIo(fixture('clean'));
    expect(await run(['-v'], io)).toBe(0);
    expect(io.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('maps usage errors to 2 without a stack trace', async () => {
    const io = fakeIo(fixture('clean'));
    expect(await run(['validate', '--registry', 'nowhere'], io)).toBe(2);
    expect(io.stderr).toMatch(/^coop: registry folder not found: /);
    expect(io.stderr).not.toContain('    at ');
  });
});
