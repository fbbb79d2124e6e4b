import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop, ROOT, tempDir } from '../helpers/cli.js';
import { GitRepo } from '../helpers/git-repo.js';

// pre-commit installs coop the way a registry repository's hooks get it: npm install in a clone,
// npm pack, npm install -g of the tarball (see README, "pre-commit"). This needs the npm registry
// and pre-commit. CI installs pre-commit (.ci/run), so there the test never skips; on a machine
// without pre-commit it does, saying so.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!hasPreCommit && !inCi) console.warn('skipped: pre-commit is not installed (apt-get install pre-commit); CI runs these tests');

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/**
 * This repository as pre-commit would clone it, from the work tree as it is: tracked and new
 * files, committed in a fresh repository. (try-repo on the work tree itself would leave out
 * untracked files, and a clean CI clone has nothing uncommitted anyway.)
 */
function snapshotOfThisRepository(): { dir: string; rev: string } {
  const dir = tempDir('coop-repo-');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  for (const path of listed) {
    if (!path || /^(node_modules|dist)(\/|$)/.test(path)) continue;
    const source = join(ROOT, path);
    try {
      if (!lstatSync(source).isFile()) continue;
    } catch {
      continue; // deleted in the work tree
    }
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(source, join(dir, path));
  }
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'snapshot');
  return { dir, rev: git('rev-parse', 'HEAD').trim() };
}

function preCommit(args: string[], cwd: string, home: string): { code: number; output: string } {
  // The hook runs coop: its parse cache goes to a folder of the test, not to ~/.cache/coop.
  const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', COOP_CACHE_DIR: tempDir() };
  const result = spawnSync('pre-commit', args, { cwd, encoding: 'utf8', env, timeout: 540_000 });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

const GOOD = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
id: pk-ps-test
kind: agreement
title: Test agreement
instrument: memorandum-of-understanding
parties:
  - country: PK
  - country: PS
status: signed
sources:
  - title: Test source
    publisher: Test publisher
`;

// A wrong status, and flow-style parties that coop fmt would rewrite.
const BROKEN = `id: pk-ps-broken
kind: agreement
title: Broken agreement
instrument: memorandum-of-understanding
parties: [{country: PK}, {country: PS}]
status: in_force
sources:
  - title: Test source
    publisher: Test publisher
`;

// Each pre-commit install downloads coop's dependencies with npm: minutes on a cold cache.
const INSTALLS = { timeout: 900_000 };

describe.skipIf(!hasPreCommit && !inCi)('pre-commit hooks', () => {
  let coopRepo: { dir: string; rev: string };
  beforeAll(() => {
    coopRepo = snapshotOfThisRepository();
  });

  it('pre-commit try-repo installs both hooks from this repository, passes a good registry and fails on a broken record', INSTALLS, () => {
    const registry = new GitRepo({ 'registry/agreements/pk-ps-test.yaml': GOOD }).commit('a good record');
    const home = tempDir('coop-pre-commit-');
    const good = preCommit(['try-repo', coopRepo.dir, '--all-files'], registry.dir, home);
    expect(good.output).toMatch(/coop validate\.+Passed/);
    expect(good.output).toMatch(/coop fmt --check\.+Passed/);
    expect(good.code).toBe(0);

    registry.write({ 'registry/agreements/pk-ps-broken.yaml': BROKEN });
    registry.git('add', '-A');
    const broken = preCommit(['try-repo', coopRepo.dir, '--all-files'], registry.dir, home);
    expect(broken.output).toMatch(/coop validate\.+Failed/);
    expect(broken.output).toContain('registry/agreements/pk-ps-broken.yaml:6:9: error [invalid-enum]');
    expect(broken.output).toMatch(/coop fmt --check\.+Failed/);
    expect(broken.output).toContain("coop fmt: 1 file of 2 not in coop's layout");
    expect(broken.code).toBe(1);
  });

  it('the .pre-commit-config.yaml that coop init writes installs and runs them', INSTALLS, async () => {
    const dir = join(tempDir('coop-init-'), 'registry-repo');
    expect((await coop(['init', dir, '--coop-repo', coopRepo.dir, '--coop-rev', coopRepo.rev])).code).toBe(0);
    const created = await coop(['new', 'agreement', '--id', 'pk-ps-test', '--title', 'Test agreement', '--instrument', 'treaty', '--country', 'PK', '--country', 'PS', '--status', 'signed', '--source-title', 'Test source', '--source-publisher', 'Test publisher'], { cwd: dir });
    expect(created.code).toBe(0);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    const run = preCommit(['run', '--all-files'], dir, tempDir('coop-pre-commit-'));
    expect(run.output).toMatch(/coop validate\.+Passed/);
    expect(run.output).toMatch(/coop fmt --check\.+Passed/);
    expect(run.code).toBe(0);
  });
});
