import { dirname, relative, resolve, sep } from 'node:path';
import { enclosingGitRoot } from '../git/git-root.js';

/**
 * How record files are named from the root of the repository holding the registry, for links to
 * them on a code host: the enclosing git work tree's root, else the registry's parent folder.
 */
export function repoPathFor(registryDir: string): (file: string) => string {
  const dir = resolve(registryDir);
  const root = enclosingGitRoot(dir) ?? dirname(dir);
  return (file) => relative(root, file).split(sep).join('/');
}
