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
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    today: todayIso(),
  };
}
