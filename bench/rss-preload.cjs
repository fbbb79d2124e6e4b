// Preloaded into every node process the bench times (NODE_OPTIONS="--require <this file>"):
// on exit, appends the process's peak resident set size in KiB (getrusage's ru_maxrss, via
// process.resourceUsage().maxRSS) to the file named by COOP_BENCH_RSS_FILE, one line a run.
// It costs one small synchronous require at start-up; without the variable it does nothing.
'use strict';

const file = process.env.COOP_BENCH_RSS_FILE;
if (file) {
  delete process.env.COOP_BENCH_RSS_FILE; // a node grandchild must not report as this process
  process.on('exit', () => {
    try {
      require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // the bench then shows the peak RSS as unknown
    }
  });
}
