import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/exit-codes.js';

/** Sends a command's output to --output FILE, or to stdout. */
export function writeOutput(text: string, output: string | undefined, io: Io): void {
  if (output === undefined || output === '-') {
    io.out(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
