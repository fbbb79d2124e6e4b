import { closeSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** How every coop cache file begins, whatever its format: the header's first field. */
const COOP_CACHE_START = '{"format":"coop-parse-cache/';
/** A cache file's name: a hash of its registry folder's path, in hex. */
const CACHE_NAME = /^[0-9a-f]{16}\.cache$/;

/**
 * Removes from a cache folder the coop cache files of formats other than `format`: no run of
 * this coop can read them (a 10,000-record registry's is some 20 MB), and an upgrade that
 * changed how they are named would otherwise leave them there for good. Files that are not
 * recognisably coop's are left alone, and so is every file when the folder cannot be read.
 */
export function removeOtherFormats(dir: string, format: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const current = `{"format":${JSON.stringify(format)},`;
  for (const name of names) {
    if (!CACHE_NAME.test(name)) continue;
    const file = join(dir, name);
    const start = firstBytes(file, current.length);
    if (start.startsWith(COOP_CACHE_START) && !start.startsWith(current)) rmSync(file, { force: true });
  }
}

/** The first `count` bytes of a file as latin1 text; '' when it cannot be read. */
function firstBytes(file: string, count: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const bytes = Buffer.alloc(count);
    return bytes.toString('latin1', 0, readSync(fd, bytes, 0, count, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
