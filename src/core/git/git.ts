import { execFile } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import { CoopError } from '../errors.js';

/** git cannot answer: not a repository, an unknown revision, git missing. Commands exit 2 on it. */
export class GitError extends CoopError {
  override readonly name = 'GitError';
}

/** Every call to git goes through here: execFile, no shell, output as text. */
export function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new GitError(stderr.trim().split('\n')[0] || error.message));
      else resolve(stdout);
    });
  });
}

/** The top folder of the repository holding `dir`. */
export async function repositoryRoot(dir: string): Promise<string> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new GitError(`${dir} is not inside a git repository; --changed-since and diff need one`);
  }
}

/** The commit a revision names, or a GitError saying it is unknown. */
export async function resolveRevision(root: string, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new GitError(`"${revision}" is not a revision`);
  try {
    return (await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim();
  } catch {
    throw new GitError(`unknown git revision "${revision}"; give a branch, tag or commit (in CI, fetch it first, e.g. fetch-depth: 0)`);
  }
}

/** Repository-relative, /-separated path of a folder inside the repository. */
export function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Files under `folder` (absolute) that differ between the commit and the work tree, untracked ones included. */
export async function changedFiles(root: string, commit: string, folder: string): Promise<string[]> {
  const scope = repoPath(root, folder) || '.';
  const tracked = await git(root, ['diff', '--name-only', '--no-renames', '-z', commit, '--', scope]);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', scope]);
  return [...new Set([...tracked.split('\0'), ...untracked.split('\0')].filter(Boolean))].map((p) => join(root, p));
}
