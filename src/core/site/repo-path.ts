import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * How record files are named from the root of the repository holding the registry, for links to
 * them on a code host: the enclosing git work tree's root, else the registry's parent folder.
 */
export function repoPathFor(registryDir: string): (file: string) => string {
  const dir = resolve(registryDir);
  const root = enclosingGitRoot(dir) ?? dirname(dir);
  return (file) => relative(root, file).split(sep).join('/');
}

function enclosingGitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
