import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

/**
 * node:crypto, loaded when first asked for: hashing a changed file, or naming a temporary one.
 * A warm run whose files all kept their stamps, writing to stdout, needs neither, and loading it
 * takes some 3 ms of a small registry's 60.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
