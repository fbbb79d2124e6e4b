import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { stampOf, type FileStamp } from '../cache/file-stamp.js';

export type FileReading =
  | { ok: true; bytes: Buffer; stamp?: FileStamp }
  | { ok: false; problem: 'not-regular'; what: string }
  | { ok: false; problem: 'too-large'; size: number }
  | { ok: false; problem: 'unreadable'; code: string };

// O_NOFOLLOW: a symlink is never followed, even one swapped in after the folder was listed.
// O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Reads a regular file of at most `maxBytes`. What the file is and how large it is are checked
 * on the opened descriptor, and the read stops after `maxBytes + 1` bytes, so a file that is
 * swapped or grows between the listing and the read cannot make coop read anything else.
 */
export function readFileSafely(path: string, maxBytes: number): FileReading {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') return { ok: false, problem: 'not-regular', what: 'a symbolic link' };
    if (code === 'ENXIO') return { ok: false, problem: 'not-regular', what: 'a socket' };
    return { ok: false, problem: 'unreadable', code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'not-regular', what: describeType(stat) };
    if (stat.size > maxBytes) return { ok: false, problem: 'too-large', size: stat.size };
    const reading = readBounded(fd, maxBytes, stat.size);
    return reading.ok ? { ...reading, stamp: stampOf(stat) } : reading;
  } catch (error) {
    return { ok: false, problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

// Reads are synchronous, so one scratch buffer serves every file; each result is copied out.
let scratch = Buffer.alloc(0);

/**
 * Reads until end of file or until the size fstat gave: the bytes then match the stamp kept
 * with them (a file that grows meanwhile was written during the run, which the parse cache
 * treats as racy), and the usual file needs one read call instead of two.
 */
function readBounded(fd: number, maxBytes: number, statSize: number): FileReading {
  if (scratch.length < maxBytes + 1) scratch = Buffer.allocUnsafe(maxBytes + 1);
  const buffer = scratch.subarray(0, maxBytes + 1);
  let length = 0;
  for (;;) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    if (length + read === statSize) {
      length += read;
      break;
    }
    length += read;
    if (length > maxBytes) return { ok: false, problem: 'too-large', size: length };
  }
  return { ok: true, bytes: Buffer.from(buffer.subarray(0, length)) };
}

/** What a directory entry or stat result is, in words, for anything that is not a regular file. */
export function describeType(entry: {
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isBlockDevice(): boolean;
  isCharacterDevice(): boolean;
}): string {
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}
