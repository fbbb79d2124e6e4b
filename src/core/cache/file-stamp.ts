import type { Stats } from 'node:fs';

/**
 * What the file system says of a file without reading it. Git's index trusts the same fields:
 * a file whose stamp is unchanged is unchanged, unless it was written so close to when it was
 * read that a coarse clock could not tell the two writes apart (see `isRacy`).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The coarsest file-system clock coop allows for: FAT keeps modification times to 2 seconds. */
const CLOCK_GRANULARITY_MS = 2000;

export function stampOf(stat: Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * A file changed within the clock's granularity of the run that read it could be changed again
 * without its stamp changing, so its stamp is not kept: next time it is read and hashed.
 */
export function isRacy(stamp: FileStamp, runStartedMs: number): boolean {
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) >= runStartedMs - CLOCK_GRANULARITY_MS;
}
