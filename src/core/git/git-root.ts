import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The root of the git work tree that holds `start`: the nearest folder at or above it with a
 * .git folder, or a .git file as linked work trees and submodules have. Looked up in the file
 * system, without running git, because finding the registry does it on every start.
 * (git.ts's repositoryRoot asks git itself, for the commands that go on to run git.)
 */
export function enclosingGitRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
