import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';

const SCRIPT = join(ROOT, 'scripts', 'report.mjs');
const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

/** A commit of everything in `dir`, authored and committed at `date` (ISO 8601, with its zone). */
function commitAt(dir: string, date: string, message: string): void {
  const env = { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env });
}

/** `npm run report`'s script, run in `dir`; returns the report it wrote. */
function report(dir: string): string {
  // Its parse cache goes to a folder of the test, not to ~/.cache/coop.
  execFileSync(process.execPath, [SCRIPT], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COOP_CACHE_DIR: tempDir() }, stdio: ['ignore', 'pipe', 'pipe'] });
  return readFileSync(join(dir, 'reports', 'registry.md'), 'utf8');
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('npm run report is a function of the registry', () => {
  it('is dated by the last commit touching registry/: the same bytes until the registry changes', () => {
    const dir = tempDir();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
    write(dir, 'registry/agreements/a-pk-ps.yaml', agreementYaml('a-pk-ps'));
    // 01:30 in UTC+5 is still 28 February in UTC: the day is the committer's.
    commitAt(dir, '2025-03-01T01:30:00+05:00', 'first record');

    const first = report(dir);
    expect(first).toMatch(/^As of 2025-03-01: 1 agreement and 0 programmes between 2 countries\.$/m);
    commitAt(dir, '2025-03-20T10:00:00Z', 'the report');
    expect(report(dir)).toBe(first);

    // A commit elsewhere, on a later day, changes nothing.
    write(dir, 'README.md', 'notes\n');
    commitAt(dir, '2025-04-02T10:00:00Z', 'readme');
    expect(report(dir)).toBe(first);

    // A registry commit on a later day moves the report on.
    write(dir, 'registry/agreements/a-kz-af.yaml', agreementYaml('a-kz-af', { parties: ['KZ', 'AF'] }));
    commitAt(dir, '2025-04-10T09:00:00Z', 'second record');
    const second = report(dir);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^As of 2025-04-10: 2 agreements and 0 programmes between 4 countries\.$/m);
    expect(report(dir)).toBe(second);
  });

  it('outside git, and with uncommitted registry changes, it is as of today', () => {
    const plain = tempDir();
    write(plain, 'registry/agreements/a-pk-ps.yaml', agreementYaml('a-pk-ps'));
    const today = (): RegExp => new RegExp(`^As of (${[-1, 0, 1].map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10)).join('|')}):`, 'm');
    expect(report(plain)).toMatch(today());

    const repo = tempDir();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    write(repo, 'registry/agreements/a-pk-ps.yaml', agreementYaml('a-pk-ps'));
    commitAt(repo, '2025-03-01T12:00:00Z', 'first record');
    write(repo, 'registry/agreements/a-kz-af.yaml', agreementYaml('a-kz-af', { parties: ['KZ', 'AF'] }));
    expect(report(repo)).toMatch(today());
  });
});
