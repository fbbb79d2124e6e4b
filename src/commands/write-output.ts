import { chmodSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Io } from './io.js';
import { UsageError } from '../core/errors.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { writeTempBeside } from './create-file.js';
import { checkOutsideRegistry, realTarget } from './output-folder.js';

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
  const file = registryDir === undefined ? realTarget(resolve(io.cwd, output)) : checkOutsideRegistry(output, registryDir, force, io);
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
  const temp = writeTempBeside(file, text);
  try {
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
