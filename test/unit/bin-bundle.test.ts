import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** A package folder holding the real bin/coop.js and a stand-in dist/ whose two builds say which one ran. */
function fakePackage({ buildId, bundleId }: { buildId: string; bundleId?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'coop-bin-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'coop.js'), join(dir, 'bin', 'coop.js'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module","version":"9.9.9"}');
  const build = (folder: string, runFile: string, ioFile: string, name: string): void => {
    mkdirSync(join(dir, folder, runFile, '..'), { recursive: true });
    mkdirSync(join(dir, folder, ioFile, '..'), { recursive: true });
    writeFileSync(join(dir, folder, runFile), `export async function run(args, io) { io.out('${name} ' + args.join(' ')); return 3; }`);
    writeFileSync(join(dir, folder, ioFile), `export function processIo() { return { out: (t) => process.stdout.write(t) }; }`);
  };
  build('dist', 'cli/run.js', 'commands/io.js', 'dist');
  writeFileSync(join(dir, 'dist', 'build-id.txt'), buildId);
  if (bundleId !== undefined) {
    build('dist/bundle', 'run.js', 'io.js', 'bundle');
    writeFileSync(join(dir, 'dist', 'bundle', 'build-id.txt'), bundleId);
  }
  return dir;
}

function runBin(dir: string, args: string[]): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync(process.execPath, [join(dir, 'bin', 'coop.js'), ...args], { encoding: 'utf8' }), status: 0 };
  } catch (error) {
    const failed = error as { stdout: string; status: number };
    return { stdout: failed.stdout, status: failed.status };
  }
}

describe('bin/coop.js', () => {
  it('runs the bundle when it was made from the build in dist/, passing the arguments and the exit code through', () => {
    expect(runBin(fakePackage({ buildId: 'abc', bundleId: 'abc' }), ['list', '--kind', 'agreement'])).toEqual({ stdout: 'bundle list --kind agreement', status: 3 });
  });
  it('runs dist/ as tsc wrote it when the bundle is stale or missing', () => {
    expect(runBin(fakePackage({ buildId: 'new', bundleId: 'old' }), ['list'])).toEqual({ stdout: 'dist list', status: 3 });
    expect(runBin(fakePackage({ buildId: 'abc' }), ['list'])).toEqual({ stdout: 'dist list', status: 3 });
  });
  it('answers --version from package.json without loading either', () => {
    expect(runBin(fakePackage({ buildId: 'abc', bundleId: 'abc' }), ['--version'])).toEqual({ stdout: '9.9.9\n', status: 0 });
  });
});
