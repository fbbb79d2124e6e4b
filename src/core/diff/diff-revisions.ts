import { relative } from 'node:path';
import type { ParseCache } from '../cache/parse-cache.js';
import { gitSource } from '../git/git-source.js';
import { repositoryRoot, resolveRevision } from '../git/git.js';
import { loadFromSource, loadRegistry, type LoadedRegistry } from '../registry/load-registry.js';
import { snapshotsOf } from './load-snapshots.js';
import { diffRegistries, type RegistryDiff } from './registry-diff.js';

export interface Side {
  /** As the user named it; undefined for the work tree. */
  revision?: string;
  commit?: string;
}

export interface RevisionDiff {
  base: Side;
  head: Side;
  diff: RegistryDiff;
}

export interface DiffInput {
  registryDir: string;
  base: string;
  /** Undefined for the work tree. */
  head?: string;
  cache?: ParseCache;
}

/** Compares the records of the registry at `base` with `head`, or with the work tree when no head is given. */
export async function diffRevisions({ registryDir, base, head, cache }: DiffInput): Promise<RevisionDiff> {
  const root = await repositoryRoot(registryDir);
  const baseCommit = await resolveRevision(root, base);
  const headCommit = head === undefined ? undefined : await resolveRevision(root, head);
  const atCommit = async (commit: string): Promise<LoadedRegistry> => {
    const inside = (file: string): boolean => !relative(registryDir, file).startsWith('..');
    return loadFromSource(await gitSource(root, commit, registryDir), registryDir, inside);
  };
  const before = snapshotsOf(await atCommit(baseCommit), root);
  const after = snapshotsOf(headCommit === undefined ? loadWorkingTree(registryDir, cache) : await atCommit(headCommit), root);
  return { base: { revision: base, commit: baseCommit }, head: { revision: head, commit: headCommit }, diff: diffRegistries(before, after) };
}

function loadWorkingTree(registryDir: string, cache: ParseCache | undefined): LoadedRegistry {
  const registry = loadRegistry(registryDir, { cache });
  registry.saveCache();
  return registry;
}
