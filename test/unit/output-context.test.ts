import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/commands/io.js';
import { outputContext } from '../../src/commands/output-context.js';
import { packageVersion } from '../../src/core/version.js';

const cwd = join('/', 'work', 'here');

function io(overrides: Partial<Io> = {}): Io {
  return { out: () => {}, err: () => {}, cwd, env: {}, stdoutIsTTY: false, today: '2025-10-17', ...overrides };
}

describe('outputContext', () => {
  it('carries the day and coop\'s version', async () => {
    const ctx = await outputContext({}, '2025-10-01', io());
    expect([ctx.asOf, ctx.version]).toEqual(['2025-10-01', packageVersion()]);
  });

  it('colours only a terminal, and never with --no-color, NO_COLOR or -o FILE', async () => {
    const coloured = async (options: { output?: string; color?: boolean }, overrides: Partial<Io>): Promise<boolean> => (await outputContext(options, '2025-10-01', io(overrides))).paint.level > 0;
    expect(await coloured({}, { stdoutIsTTY: true })).toBe(true);
    expect(await coloured({ output: '-' }, { stdoutIsTTY: true })).toBe(true);
    expect(await coloured({}, { stdoutIsTTY: false })).toBe(false);
    expect(await coloured({ color: false }, { stdoutIsTTY: true })).toBe(false);
    expect(await coloured({}, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await coloured({}, { stdoutIsTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await coloured({ output: 'out.txt' }, { stdoutIsTTY: true, env: { FORCE_COLOR: '1' } })).toBe(false);
  });

  it('width: $COLUMNS, else the terminal\'s, else 120 for files and pipes', async () => {
    const width = async (options: { output?: string }, overrides: Partial<Io>): Promise<number> => (await outputContext(options, '2025-10-01', io(overrides))).width;
    expect(await width({}, { stdoutIsTTY: true, columns: 80 })).toBe(80);
    expect(await width({}, { stdoutIsTTY: true, columns: 80, env: { COLUMNS: '60' } })).toBe(60);
    expect(await width({ output: 'out.txt' }, { stdoutIsTTY: true, columns: 80 })).toBe(120);
    expect(await width({}, { stdoutIsTTY: false, columns: 80 })).toBe(120);
    expect(await width({}, { env: { COLUMNS: 'wide' } })).toBe(120);
  });

  it('path shows files from the current folder; link makes them relative to where the output goes', async () => {
    const record = join(cwd, 'registry', 'agreements', 'a.yaml');
    const toStdout = await outputContext({}, '2025-10-01', io());
    expect([toStdout.path(record), toStdout.link(record)]).toEqual(['registry/agreements/a.yaml', 'registry/agreements/a.yaml']);
    const toReports = await outputContext({ output: 'reports/registry.md' }, '2025-10-01', io());
    expect([toReports.path(record), toReports.link(record)]).toEqual(['registry/agreements/a.yaml', '../registry/agreements/a.yaml']);
    expect(toStdout.path('/elsewhere/b.yaml')).toBe('/elsewhere/b.yaml');
  });
});
