import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'coop.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The folder of a fixture scenario under test/fixtures/. */
export function fixture(name: string): string {
  return join(ROOT, 'test', 'fixtures', name);
}

export function tempDir(prefix = 'coop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the built CLI as a user would, with a minimal environment and no colour unless asked. */
export function coop(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
