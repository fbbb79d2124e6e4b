import { rmSync } from 'node:fs';

/** Removes the run's temporary folder (vitest.config.ts) when the run ends. */
export default function setup(): () => void {
  return () => {
    const run = process.env.COOP_TEST_RUN_DIR;
    if (run) rmSync(run, { recursive: true, force: true });
  };
}
