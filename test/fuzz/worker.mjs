// A worker thread of the campaign: runs cases (or single reduction checks) in process and posts
// the results. The campaign terminates it when a case outlives its bound.

import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkOne, executeCase, generateCase, readRegistry, removeDir } from './engine.mjs';

const base = readRegistry();
let escaped = [];

// An error that escapes run() (a stream error, a rejected promise nobody awaited) would crash the
// real CLI with a stack trace; note it against the run in progress.
process.on('uncaughtException', (error) => escaped.push(`uncaught exception: ${error?.stack ?? error}`));
process.on('unhandledRejection', (error) => escaped.push(`unhandled rejection: ${error?.stack ?? error}`));

function escapedFailures(argv, format) {
  const found = escaped.map((detail) => ({ kind: 'stack-trace', signature: `stack-trace: ${argv?.[0] ?? '?'} escaped run()`, detail: detail.slice(0, 600), argv, format }));
  escaped = [];
  return found;
}

const toBuffers = (files) => new Map([...files].map(([p, d]) => [p, d === 'dir' ? 'dir' : Buffer.from(d.buffer, d.byteOffset, d.byteLength)]));

parentPort.on('message', async (job) => {
  const caseDir = join(workerData.root, `w${workerData.id}-${job.key}`);
  try {
    if (job.type === 'case') {
      const spec = generateCase(job.seed, { diffRate: workerData.diffRate, cacheRate: workerData.cacheRate, base });
      let current;
      const result = await executeCase(spec, {
        caseDir,
        slowMs: workerData.slowMs,
        caseMs: workerData.caseMs,
        onRun: (argv) => {
          current = argv;
          parentPort.postMessage({ type: 'run', key: job.key, argv });
        },
        onFailures: (failures) => parentPort.postMessage({ type: 'failures', key: job.key, failures }),
      });
      result.failures.push(...escapedFailures(current, undefined));
      const files = result.failures.length > 0 ? [...spec.files] : undefined;
      parentPort.postMessage({ type: 'done', key: job.key, runs: result.runs, ms: result.ms, failures: result.failures, notes: spec.notes, diff: spec.diff, files });
    } else if (job.type === 'check') {
      parentPort.postMessage({ type: 'run', key: job.key, argv: job.argv });
      const failures = await checkOne({ files: toBuffers(job.files), base, diff: job.diff, argv: job.argv, format: job.format, cached: job.cached }, { caseDir, slowMs: workerData.slowMs });
      failures.push(...escapedFailures(job.argv, job.format));
      parentPort.postMessage({ type: 'done', key: job.key, runs: 1, failures });
    }
  } catch (error) {
    parentPort.postMessage({ type: 'done', key: job.key, runs: 0, failures: [{ kind: 'worker-crash', signature: 'worker-crash: harness error', detail: String(error?.stack ?? error).slice(0, 600) }] });
  } finally {
    removeDir(caseDir);
  }
});

parentPort.postMessage({ type: 'ready' });
