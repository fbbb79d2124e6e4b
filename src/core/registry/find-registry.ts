import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { enclosingGitRoot } from '../git/git-root.js';
import { PACKAGE_ROOT } from '../paths.js';
import { RegistryError } from './registry-error.js';

export type RegistryOrigin = 'option' | 'environment' | 'current folder' | 'repository root' | 'shipped';

export interface RegistryLocation {
  dir: string;
  origin: RegistryOrigin;
}

export interface FindRegistryInput {
  /** The --registry option. */
  option?: string;
  /** The COOP_REGISTRY environment variable. */
  environment?: string;
  cwd: string;
}

/** --registry, else COOP_REGISTRY, else ./registry, else <git root>/registry, else the shipped one. */
export function findRegistry({ option, environment, cwd }: FindRegistryInput): RegistryLocation {
  if (option) return explicit(resolve(cwd, option), 'option', `--registry ${option}`);
  if (environment) return explicit(resolve(cwd, environment), 'environment', `COOP_REGISTRY=${environment}`);
  const here = join(cwd, 'registry');
  if (isDirectory(here)) return { dir: here, origin: 'current folder' };
  const root = enclosingGitRoot(cwd);
  if (root && isDirectory(join(root, 'registry'))) return { dir: join(root, 'registry'), origin: 'repository root' };
  return { dir: join(PACKAGE_ROOT, 'registry'), origin: 'shipped' };
}

function explicit(dir: string, origin: RegistryOrigin, said: string): RegistryLocation {
  if (!isDirectory(dir)) throw new RegistryError(`registry folder not found: ${dir} (from ${said})`);
  return { dir, origin };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
