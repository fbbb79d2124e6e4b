import { describe, expect, it } from 'vitest';
import { coop, tempDir } from '../helpers/cli.js';
import { agreementYaml, GitRepo, programmeYaml } from '../helpers/git-repo.js';

const AS_OF = ['--as-of', '2026-01-15'];
const problems = async (dir: string, ...args: string[]) => {
  const { code, stdout, stderr } = await coop(['validate', ...args, '--format', 'json', ...AS_OF], { cwd: dir });
  expect(stderr).toBe('');
  return { code, found: JSON.parse(stdout).problems.map((p: { file: string; line: number; code: string }) => `${p.file}:${p.line} ${p.code}`) };
};

describe('coop validate --changed-since', () => {
  it('reports a bad new record and stays silent about an old one', async () => {
    const repo = new GitRepo({
      'registry/agreements/old-bad.yaml': agreementYaml('old-bad', { status: 'in_force' }),
      'registry/agreements/good.yaml': agreementYaml('good'),
    }).commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'registry/agreements/new-bad.yaml': agreementYaml('new-bad', { parties: ['PK', 'PKK'] }) }).commit('add a record');

    expect(await problems(repo.dir, '--changed-since', 'main')).toEqual({ code: 1, found: ['registry/agreements/new-bad.yaml:7 unknown-country'] });
    expect((await problems(repo.dir)).found).toEqual(['registry/agreements/new-bad.yaml:7 unknown-country', 'registry/agreements/old-bad.yaml:10 invalid-enum']);
  });

  it('counts uncommitted and untracked files as changed', async () => {
    const repo = new GitRepo({ 'registry/agreements/good.yaml': agreementYaml('good') }).commit('base');
    repo.write({ 'registry/agreements/good.yaml': agreementYaml('good', { status: 'signd' }), 'registry/agreements/fresh.yaml': agreementYaml('fresh-one') });
    expect((await problems(repo.dir, '--changed-since', 'HEAD')).found).toEqual(['registry/agreements/fresh.yaml:1 id-mismatch', 'registry/agreements/good.yaml:10 invalid-enum']);
  });

  it('reports the unchanged programme whose agreement the change deletes', async () => {
    const repo = new GitRepo({
      'registry/agreements/kz-af.yaml': agreementYaml('kz-af', { parties: ['KZ', 'AF'] }),
      'registry/programmes/kz-af-training.yaml': programmeYaml('kz-af-training', 'kz-af'),
    }).commit('base');
    repo.remove('registry/agreements/kz-af.yaml').commit('delete the agreement');
    expect(await problems(repo.dir, '--changed-since', 'HEAD~1')).toEqual({ code: 1, found: ['registry/programmes/kz-af-training.yaml:8 dangling-reference'] });
  });

  it('reports a duplicate id that a new record brings, in both files', async () => {
    const repo = new GitRepo({ 'registry/agreements/one.yaml': agreementYaml('one') }).commit('base');
    repo.write({ 'registry/programmes/one.yaml': programmeYaml('one') }).commit('same id');
    expect((await problems(repo.dir, '--changed-since', 'main~1')).found).toEqual(['registry/agreements/one.yaml:1 duplicate-id', 'registry/programmes/one.yaml:1 duplicate-id']);
  });

  it('a clean change passes', async () => {
    const repo = new GitRepo({ 'registry/agreements/one.yaml': agreementYaml('one') }).commit('base');
    repo.write({ 'registry/agreements/two.yaml': agreementYaml('two') }).commit('another');
    const { code, stdout } = await coop(['validate', '--changed-since', 'HEAD~1', ...AS_OF], { cwd: repo.dir });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '✓ 1 file checked, no problems\n' });
  });

  it('an unknown revision or a folder outside git exits 2', async () => {
    const repo = new GitRepo({ 'registry/agreements/one.yaml': agreementYaml('one') }).commit('base');
    expect(await coop(['validate', '--changed-since', 'no-such-branch'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'coop: unknown git revision "no-such-branch"; give a branch, tag or commit (in CI, fetch it first, e.g. fetch-depth: 0)\n',
    });
    const plain = tempDir();
    const outside = await coop(['validate', '--changed-since', 'main', '--registry', `${repo.dir}/registry`], { cwd: plain });
    expect(outside.code).toBe(0);
    const bare = tempDir();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${bare}/registry`);
    const noGit = await coop(['validate', '--changed-since', 'main'], { cwd: bare });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toMatch(/^coop: .*registry is not inside a git repository; --changed-since and diff need one\n$/);
  });
});
