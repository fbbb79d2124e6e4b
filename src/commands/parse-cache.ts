import type { Io } from './io.js';
import { buildId } from '../core/cache/build-id.js';
import { cacheLocation } from '../core/cache/cache-location.js';
import { ParseCache } from '../core/cache/parse-cache.js';

/** The parse cache for a registry, unless --no-cache is given or there is nowhere to keep it. */
export function parseCacheFor(registryDir: string, options: { cache?: boolean }, io: Io): ParseCache | undefined {
  if (options.cache === false) return undefined;
  const id = buildId();
  const dir = cacheLocation({ explicit: io.env.COOP_CACHE_DIR, xdgCacheHome: io.env.XDG_CACHE_HOME, home: io.env.HOME, cwd: io.cwd });
  return id && dir ? ParseCache.open(dir, registryDir, id) : undefined;
}
