import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from '../core/errors.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';

/**
 * The rule of write-output.ts for commands that write several files or bytes (site, export): -o
 * may not point inside the registry folder, where it could overwrite a record, unless --force.
 * Symbolic links are followed, also for folders that do not exist yet.
 */
export function checkOutsideRegistry(output: string, registryDir: string, force: boolean | undefined, io: Io): string {
  const target = realTarget(resolve(io.cwd, output));
  if (force) return target;
  const registry = realTarget(resolve(registryDir));
  const rel = relative(registry, target);
  if (rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))) {
    throw new UsageError(`refusing to write ${terminalSafe(output)} inside the registry folder (${terminalSafe(displayPath(registryDir, io.cwd))}), where it could overwrite a record; give --force to write it anyway`);
  }
  return target;
}

/** Where writing `path` really lands: through symlinks, also for files and folders that do not exist yet. */
export function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realTarget(parent), basename(path));
  }
}
