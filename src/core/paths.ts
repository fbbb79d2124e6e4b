import { fileURLToPath } from 'node:url';

/** The installed package's root: the folder holding schemas/ and the shipped registry/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
