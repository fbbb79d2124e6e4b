import type { Io } from './io.js';
import { UsageError } from '../core/errors.js';
import type { RegistryLocation } from '../core/registry/find-registry.js';
import { locateRegistry } from './locate-registry.js';

/**
 * The registry a command may write into: found as every command finds it, but never the example
 * registry shipped inside coop's own package, which an upgrade would silently replace.
 */
export function writableRegistry(options: { registry?: string }, io: Io): RegistryLocation {
  const registry = locateRegistry(options, io);
  if (registry.origin === 'shipped') {
    throw new UsageError('no registry here (no ./registry folder, none at the repository root, no --registry or COOP_REGISTRY); run coop init to start one, or give --registry DIR');
  }
  return registry;
}
