import type { Io } from '../../src/commands/io.js';

/** An Io for running coop in process: output collected as text, no terminal, a fixed today. */
export function fakeIo(cwd: string): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    cwd,
    env: {},
    stdoutIsTTY: false,
    today: '2026-01-15',
  };
  return io;
}
