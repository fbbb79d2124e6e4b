import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/exit-codes.js';

/** Sends a command's output to --output FILE, or to stdout. */
export function writeOutput(text: string, output: string | undefined, io: Io): void {
  if (output === undefined || output === '-') {
    io.out(text);
    return;
  }
  try {
    const file = resolve(io.cwd, output);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
