import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/exit-codes.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';

export interface OutputTarget {
  /** -o FILE as given; undefined or "-" for stdout. */
  output?: string;
  /** --force: write even inside the registry folder. */
  force?: boolean;
  /** The registry folder, which -o may not write into without --force. */
  registryDir?: string;
}

/** Sends a command's output to --output FILE, or to stdout. */
export function writeOutput(text: string, { output, force = false, registryDir }: OutputTarget, io: Io): void {
  if (output === undefined || output === '-') {
    io.out(text);
    return;
  }
  const shown = terminalSafe(output);
  const file = realTarget(resolve(io.cwd, output));
  if (!force && registryDir !== undefined && isInside(file, realpathOrSelf(registryDir))) {
    throw new UsageError(`refusing to write ${shown} inside the registry folder (${terminalSafe(displayPath(registryDir, io.cwd))}), where it could overwrite a record; give --force to write it anyway`);
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    replaceFile(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${errorCode(error)}`);
  }
}

/**
 * Writes a temporary file next to `file` and renames it over `file`, so a reader (or a killed
 * run) sees the old content or the new, never a truncated file. The temporary file is removed on
 * failure; an existing file's permissions are kept.
 */
export function replaceFile(file: string, text: string): void {
  // A short name of its own: the target's name plus a suffix could pass the file name limit.
  const temp = join(dirname(file), `.coop-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      const bytes = Buffer.from(text);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const mode = existingMode(file);
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone; nothing to clean up.
    }
    throw error;
  }
}

/**
 * Where writing `file` really lands: through symlinks, into the real folder, even when the file
 * or its folders do not exist yet (then the nearest existing folder is resolved).
 */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = dirname(file);
    return parent === file ? file : join(realTarget(parent), basename(file));
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function existingMode(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
