import { existsSync } from 'node:fs';
import { checkoutFolder, repositoryRoot, resolveRevision } from '../git/git.js';
import { loadSnapshots } from './load-snapshots.js';
import { diffRegistries, type RegistryDiff, type Snapshot } from './registry-diff.js';

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

/** Compares the registry at `base` with `head`, or with the work tree when no head is given. */
export async function diffRevisions(registryDir: string, base: string, head?: string): Promise<RevisionDiff> {
  const root = await repositoryRoot(registryDir);
  const baseCommit = await resolveRevision(root, base);
  const headCommit = head === undefined ? undefined : await resolveRevision(root, head);
  const before = await snapshotsAt(root, registryDir, baseCommit);
  const after = headCommit === undefined ? loadSnapshots(registryDir, root, registryDir) : await snapshotsAt(root, registryDir, headCommit);
  return { base: { revision: base, commit: baseCommit }, head: { revision: head, commit: headCommit }, diff: diffRegistries(before, after) };
}

async function snapshotsAt(root: string, registryDir: string, commit: string): Promise<Snapshot[]> {
  const checkout = await checkoutFolder(root, commit, registryDir);
  try {
    return existsSync(checkout.dir) ? loadSnapshots(checkout.dir, root, registryDir) : [];
  } finally {
    checkout.remove();
  }
}
