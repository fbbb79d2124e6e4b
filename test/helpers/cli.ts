import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Io } from '../../src/commands/io.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'coop.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The folder coop runs in; default: the repository root. */
  cwd?: string;
  /** Added to the minimal environment (PATH, HOME, NO_COLOR=1). */
  env?: Record<string, string>;
}

/** The folder of a fixture scenario under test/fixtures/. */
export function fixture(name: string): string {
  return join(ROOT, 'test', 'fixtures', name);
}

export function tempDir(prefix = 'coop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * What a user's shell would pass on: PATH, HOME and TMPDIR, no colour, plus what the test asks
 * for. Parse caches go to the test run's temporary folder (test/global-setup.ts), not to
 * ~/.cache/coop or node_modules/.cache/coop, where each run of the suite would leave more files;
 * test/unit/cache-location.test.ts covers where they go otherwise.
 */
function minimalEnv(extra: Record<string, string> | undefined): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: tmpdir(), COOP_CACHE_DIR: join(tmpdir(), 'coop-cache'), NO_COLOR: '1', ...extra };
}

type RunModule = typeof import('../../src/cli/run.js');
type DatesModule = typeof import('../../src/core/dates.js');

let built: Promise<{ run: RunModule['run']; todayIso: DatesModule['todayIso'] }> | undefined;

/** The built code (dist/), as bin/coop.js loads it, so that tests exercise what ships; `npm test` builds first. */
function builtCli(): Promise<{ run: RunModule['run']; todayIso: DatesModule['todayIso'] }> {
  const load = async () => {
    const dist = (path: string): string => pathToFileURL(join(ROOT, 'dist', path)).href;
    const [{ run }, { todayIso }] = await Promise.all([import(dist('cli/run.js')) as Promise<RunModule>, import(dist('core/dates.js')) as Promise<DatesModule>]);
    return { run, todayIso };
  };
  built ??= load();
  return built;
}

/**
 * Runs the built CLI in this process through `run(argv, io)`, with the environment, folder and
 * terminal a spawned run would see (a minimal environment, NO_COLOR=1, stdout not a terminal, no
 * prompt, today's date). Use coopSpawned for what needs a real process.
 */
export async function coop(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const { run, todayIso } = await builtCli();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    cwd: options.cwd ?? ROOT,
    env: minimalEnv(options.env),
    stdoutIsTTY: false,
    today: todayIso(),
  };
  const before = { exitCode: process.exitCode, cwd: process.cwd() };
  const code = await run(args, io);
  // What a spawned run would get away with must not leak into the test process.
  if (process.exitCode !== before.exitCode) throw new Error(`coop ${args.join(' ')} set process.exitCode to ${String(process.exitCode)}; it must return its exit code`);
  if (process.cwd() !== before.cwd) throw new Error(`coop ${args.join(' ')} changed the working directory of the test process`);
  count('in-process');
  return { code, stdout, stderr };
}

/** Runs the built CLI as a user would, in its own process: for pipes, signals, limits, bin/ and the process environment. */
export function coopSpawned(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  count('spawned');
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: minimalEnv(options.env), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** With COOP_TEST_RUN_LOG=FILE, each run of the CLI appends a line saying how it ran, to count them. */
function count(how: 'in-process' | 'spawned'): void {
  const log = process.env.COOP_TEST_RUN_LOG;
  if (log) appendFileSync(log, `${how}\n`);
}
