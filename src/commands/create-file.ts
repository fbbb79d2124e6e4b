import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nodeCrypto } from '../core/node-crypto.js';

/**
 * Creates `file` with `text`, all at once and never over an existing file: the text goes to a
 * temporary file beside it, which is then hard-linked to the new name. link() fails when the
 * name exists, even one created a moment ago by someone else, so nothing is ever overwritten,
 * and a reader never sees a half-written record. Returns false when `file` already exists.
 */
export function createFile(file: string, text: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  const temp = writeTempBeside(file, text);
  try {
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    return true;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Writes `text` to a new temporary file beside `file` (a short name of its own: the target's name
 * plus a suffix could pass the file name limit), flushed to disk, and returns its path. The
 * caller renames or links it into place and removes it; on a failed write it is removed here.
 */
export function writeTempBeside(file: string, text: string): string {
  const temp = join(dirname(file), `.coop-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    const bytes = Buffer.from(text);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}
