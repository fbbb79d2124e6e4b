import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';
import { writeBigRegistry } from '../helpers/big-registry.js';

let cwd: string;

beforeAll(() => {
  cwd = tempDir();
  writeBigRegistry(cwd);
  mkdirSync(join(cwd, 'broken', 'agreements'), { recursive: true });
  writeFileSync(join(cwd, 'broken', 'agreements', 'x.yaml'), 'id: x\nkind: agreement\n');
});

/** Runs a bash pipeline with coop first; returns coop's stderr and exit status, and the pipeline's stdout. */
function pipeline(coopArgs: string, rest: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const script = `node "$COOP" ${coopArgs} | ${rest}; echo "coop exit \${PIPESTATUS[0]}" >&2`;
  return new Promise((resolve) => {
    execFile('bash', ['--norc', '--noprofile', '-c', script], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COOP: BIN } }, (_error, stdout, stderr) => {
      const status = Number(/coop exit (\d+)\n$/.exec(stderr)?.[1] ?? -1);
      resolve({ status, stdout, stderr: stderr.replace(/coop exit \d+\n$/, '') });
    });
  });
}

describe('a reader that closes the pipe early', () => {
  it.each([
    ['list --format json', 'head -1', '[\n'],
    ['list --format json', 'head -c 5', '[\n  {'],
    ['list --format json', 'true', ''],
    ['list --format json', 'grep -q big-0000', ''],
    ['list', 'head -1', expect.stringMatching(/^┌─+┬/)],
    ['deadlines --all --format json', 'true', ''],
  ])('coop %s | %s ends quietly with coop\'s own exit code', async (args, reader, stdout) => {
    const result = await pipeline(args, reader);
    expect(result).toEqual({ status: 0, stdout, stderr: '' });
  });

  it('a failed validation still exits 1, so set -o pipefail sees it', async () => {
    expect(await pipeline('validate --registry broken', 'true')).toEqual({ status: 1, stdout: '', stderr: '' });
  });
});
