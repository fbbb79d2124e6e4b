import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; on a 2-core CI machine a few take over a second.
    testTimeout: 30_000,
  },
});
