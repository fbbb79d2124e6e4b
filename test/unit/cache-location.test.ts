import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheLocation } from '../../src/core/cache/cache-location.js';
import { tempDir } from '../helpers/cli.js';

describe('where the parse cache lives', () => {
  it('is COOP_CACHE_DIR, else node_modules/.cache/coop above the folder, else $XDG_CACHE_HOME/coop, else ~/.cache/coop', () => {
    const root = tempDir();
    const deep = join(root, 'project', 'registry', 'agreements');
    mkdirSync(deep, { recursive: true });
    expect(cacheLocation({ explicit: 'cache', xdgCacheHome: '/x', home: '/h', cwd: deep })).toBe(join(deep, 'cache'));
    expect(cacheLocation({ xdgCacheHome: '/x', home: '/h', cwd: deep })).toBe(join('/x', 'coop'));
    expect(cacheLocation({ home: '/h', cwd: deep })).toBe(join('/h', '.cache', 'coop'));
    expect(cacheLocation({ cwd: deep })).toBeUndefined();
    mkdirSync(join(root, 'project', 'node_modules'));
    expect(cacheLocation({ xdgCacheHome: '/x', home: '/h', cwd: deep })).toBe(join(root, 'project', 'node_modules', '.cache', 'coop'));
  });
});
