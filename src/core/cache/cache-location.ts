import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CacheLocationInput {
  /** COOP_CACHE_DIR. */
  explicit?: string;
  /** XDG_CACHE_HOME. */
  xdgCacheHome?: string;
  home?: string;
  cwd: string;
}

/** COOP_CACHE_DIR, else node_modules/.cache/coop of the nearest node_modules above cwd, else $XDG_CACHE_HOME/coop or ~/.cache/coop. */
export function cacheLocation({ explicit, xdgCacheHome, home, cwd }: CacheLocationInput): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'coop');
    if (dirname(dir) === dir) break;
  }
  if (xdgCacheHome) return join(xdgCacheHome, 'coop');
  return home ? join(home, '.cache', 'coop') : undefined;
}
