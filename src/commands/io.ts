import { todayIso } from '../core/dates.js';

/** Everything a command may touch of the outside world, so tests can run commands in process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  /** Terminal width for tables; undefined when not a terminal. */
  columns?: number;
  /** Today as YYYY-MM-DD; commands use it when --as-of is absent. */
  today: string;
  /** Where interactive prompts read keys and draw (coop new); only when stdin is a terminal. */
  prompt?: PromptStreams;
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export function processIo(): Io {
  return {
    out: writerOf(process.stdout),
    err: writerOf(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    today: todayIso(),
    // Prompts draw on stderr, so that stdout keeps only what the command prints.
    prompt: process.stdin.isTTY ? { input: process.stdin, output: process.stderr } : undefined,
  };
}

/**
 * Writes to a stream until its reader goes away (`coop list | head -1`): then the rest of the
 * output is dropped without a word, as other command-line tools do, and the command still ends
 * with its own exit code, so `set -o pipefail` sees a failed validation.
 */
function writerOf(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || closed) {
      closed = true;
      return;
    }
    closed = true;
    // The command may still be running and set its own exit code; this one must win.
    process.once('exit', () => {
      process.exitCode = 2;
    });
    if (stream !== process.stderr) process.stderr.write(`coop: cannot write output: ${error.code ?? error.message}\n`);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
