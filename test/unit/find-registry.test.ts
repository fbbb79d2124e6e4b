import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRegistry } from '../../src/core/registry/find-registry.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('which registry', () => {
  it('takes --registry, then COOP_REGISTRY, then ./registry, then the git root, then the shipped one', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'registry'));
    mkdirSync(join(repo, 'docs', 'deep'), { recursive: true });
    mkdirSync(join(repo, 'other'));
    const deep = join(repo, 'docs', 'deep');
    expect(findRegistry({ option: '../../other', environment: join(repo, 'registry'), cwd: deep })).toEqual({ dir: join(repo, 'other'), origin: 'option' });
    expect(findRegistry({ environment: join(repo, 'other'), cwd: deep })).toEqual({ dir: join(repo, 'other'), origin: 'environment' });
    expect(findRegistry({ cwd: repo })).toEqual({ dir: join(repo, 'registry'), origin: 'current folder' });
    expect(findRegistry({ cwd: deep })).toEqual({ dir: join(repo, 'registry'), origin: 'repository root' });
    expect(findRegistry({ cwd: tempDir() })).toEqual({ dir: join(ROOT, 'registry'), origin: 'shipped' });
  });

  it('refuses a named folder that does not exist', () => {
    expect(() => findRegistry({ option: 'missing', cwd: tempDir() })).toThrow(/registry folder not found: .*missing \(from --registry missing\)/);
  });
});
