import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { enclosingGitRoot } from '../../src/core/git/git-root.js';
import { findRegistry } from '../../src/core/registry/find-registry.js';
import { repoPathFor } from '../../src/core/site/repo-path.js';

// One file-system lookup of the git root serves registry discovery and the site's file links.

describe('enclosingGitRoot', () => {
  it('finds the nearest folder with a .git folder, or a .git file as linked work trees have', () => {
    const top = tempDir();
    mkdirSync(join(top, '.git'));
    mkdirSync(join(top, 'a', 'b'), { recursive: true });
    mkdirSync(join(top, 'a', 'worktree', 'deep'), { recursive: true });
    writeFileSync(join(top, 'a', 'worktree', '.git'), 'gitdir: /elsewhere\n');
    expect(enclosingGitRoot(join(top, 'a', 'b'))).toBe(top);
    expect(enclosingGitRoot(top)).toBe(top);
    expect(enclosingGitRoot(join(top, 'a', 'worktree', 'deep'))).toBe(join(top, 'a', 'worktree'));
    expect(enclosingGitRoot(join(top, 'a', 'b', '..', 'worktree', 'deep', '.'))).toBe(join(top, 'a', 'worktree'));
  });

  it('is undefined outside any repository', () => {
    expect(enclosingGitRoot(tempDir())).toBeUndefined();
  });

  it('gives the registry lookup and the site links the same root, in a linked work tree too', () => {
    const tree = tempDir();
    writeFileSync(join(tree, '.git'), 'gitdir: /elsewhere\n');
    mkdirSync(join(tree, 'registry', 'agreements'), { recursive: true });
    mkdirSync(join(tree, 'docs', 'notes'), { recursive: true });
    const found = findRegistry({ cwd: join(tree, 'docs', 'notes') });
    expect(found).toEqual({ dir: join(tree, 'registry'), origin: 'repository root' });
    expect(repoPathFor(found.dir)(join(found.dir, 'agreements', 'a.yaml'))).toBe('registry/agreements/a.yaml');
  });
});
