import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

export const DIST_DIR = join(PACKAGE_ROOT, 'dist');
/** Written by `npm run build` (src/build/compile-schemas.ts): a hash of the compiled code and the schemas. */
export const BUILD_ID_FILE = join(DIST_DIR, 'build-id.txt');

/** The build's id, or undefined when the build did not write one (then nothing is cached). */
export function buildId(): string | undefined {
  try {
    return readFileSync(BUILD_ID_FILE, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
