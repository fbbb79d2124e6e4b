import type { Io } from './io.js';
import { findRegistry, type RegistryLocation } from '../core/registry/find-registry.js';

/** The registry folder as every command finds it: --registry, COOP_REGISTRY, ./registry, the repository root's, or the shipped one. */
export function locateRegistry(options: { registry?: string }, io: Io): RegistryLocation {
  return findRegistry({ option: options.registry, environment: io.env.COOP_REGISTRY, cwd: io.cwd });
}
