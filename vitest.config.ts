import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// One temporary folder for the whole run, TMPDIR of every test and of what it spawns (git,
// pre-commit, chromium, coop): the registries, caches and profiles the tests make go there, and
// test/global-setup.ts removes it when the run ends. A run used to leave some 250 folders in /tmp.
process.env.COOP_TEST_RUN_DIR ??= mkdtempSync(join(tmpdir(), 'coop-test-run-'));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TMPDIR: process.env.COOP_TEST_RUN_DIR },
    globalSetup: ['test/global-setup.ts'],
    // CLI tests spawn the built binary; on a 2-core CI machine a few take over a second.
    testTimeout: 30_000,
  },
});
