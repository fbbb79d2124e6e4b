import { execFile } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, coop, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';
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
    ['list --format json', 'head -1', '[\n', ''],
    ['list --format json', 'head -c 5', '[\n  {', ''],
    ['list --format json', 'true', '', ''],
    ['list --format json', 'grep -q big-0000', '', ''],
    ['list', 'head -1', expect.stringMatching(/^┌─+┬/), ''],
    // The big registry has no dated items: the no-match line is all coop says.
    ['deadlines --all --format json', 'true', '', expect.stringMatching(/^No dated deadlines as of \d{4}-\d{2}-\d{2}\.\n$/)],
  ])('coop %s | %s ends quietly with coop\'s own exit code', async (args, reader, stdout, stderr) => {
    const result = await pipeline(args, reader);
    expect(result).toEqual({ status: 0, stdout, stderr });
  });

  it('a failed validation still exits 1, so set -o pipefail sees it', async () => {
    expect(await pipeline('validate --registry broken', 'true')).toEqual({ status: 1, stdout: '', stderr: '' });
  });
});

describe('-o FILE', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'pk-ps.yaml'), agreementYaml('pk-ps'));
  });
  /** Temporary files of writes that were left behind. */
  const leftovers = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

  it('a write cut short (here by a file size limit) leaves the old file whole and no temporary file', async () => {
    const out = join(cwd, 'out.json');
    writeFileSync(out, 'old\n');
    const result = await shell('ulimit -f 1; node "$COOP" list -o out.json', cwd);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'coop: cannot write out.json: EFBIG\n' });
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(leftovers(cwd)).toEqual([]);
  });

  it('kill -9 at any moment leaves the old file or the whole new one, never a truncated file', async () => {
    // Its own folder: a killed run may leave its temporary file behind.
    mkdirSync(join(cwd, 'killed'));
    const out = join(cwd, 'killed', 'out.json');
    for (const delay of [150, 300, 450, 600, 900]) {
      writeFileSync(out, '"old"\n');
      await shell(`node "$COOP" list -o killed/out.json & sleep ${delay / 1000}; kill -9 $! 2>/dev/null; wait`, cwd);
      const text = readFileSync(out, 'utf8');
      expect(text === '"old"\n' || (JSON.parse(text) as unknown[]).length === 150, `after ${delay} ms`).toBe(true);
    }
  });

  it('replaces the file in one step, keeping its permissions, and leaves nothing behind', async () => {
    const out = join(dir, 'list.json');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o640);
    expect(await coop(['list', '-o', 'list.json'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))[0].id).toBe('pk-ps');
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('writes through a symlink into its target, and keeps the link', async () => {
    mkdirSync(join(dir, 'real'), { recursive: true });
    writeFileSync(join(dir, 'real', 'target.md'), 'old\n');
    symlinkSync(join(dir, 'real', 'target.md'), join(dir, 'link.md'));
    expect((await coop(['list', '-o', 'link.md'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'target.md'), 'utf8')).toContain('| pk-ps |');
    expect(leftovers(join(dir, 'real'))).toEqual([]);
  });

  it('a failed write says why, exits 2 and removes its temporary file', async () => {
    mkdirSync(join(dir, 'a-folder.json'), { recursive: true });
    const result = await coop(['list', '-o', 'a-folder.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^coop: cannot write a-folder\.json: E[A-Z]+\n$/);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ['a record file', 'registry/agreements/pk-ps.yaml'],
    ['a new file in a record folder', 'registry/agreements/new.json'],
    ['any file in the registry folder', 'registry/report.md'],
    ['a file in a new folder of the registry', 'registry/new/report.md'],
    ['a symlink to a record file', 'record-link.yaml'],
  ])('onto %s is refused without --force (exit 2), and the registry is untouched', async (_, target) => {
    if (target === 'record-link.yaml' && !existsSync(join(dir, target))) symlinkSync(join(dir, 'registry', 'agreements', 'pk-ps.yaml'), join(dir, target));
    const before = readFileSync(join(dir, 'registry', 'agreements', 'pk-ps.yaml'), 'utf8');
    const result = await coop(['list', '--format', 'yaml', '-o', target], { cwd: dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `coop: refusing to write ${target} inside the registry folder (registry), where it could overwrite a record; give --force to write it anyway\n`,
    });
    expect(readFileSync(join(dir, 'registry', 'agreements', 'pk-ps.yaml'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'registry', 'agreements', 'new.json'))).toBe(false);
    expect(existsSync(join(dir, 'registry', 'report.md'))).toBe(false);
    expect(existsSync(join(dir, 'registry', 'new'))).toBe(false);
  });

  it('--force writes inside the registry all the same', async () => {
    const result = await coop(['report', '--as-of', '2025-10-01', '--force', '-o', 'registry/report.md'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'registry', 'report.md'), 'utf8')).toMatch(/^# Health cooperation registry\n/);
    rmSync(join(dir, 'registry', 'report.md'));
  });
});

/** Runs a bash script with $COOP set to the built CLI. */
function shell(script: string, folder: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['--norc', '--noprofile', '-c', script], { cwd: folder, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', COOP: BIN } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}
