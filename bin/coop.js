#!/usr/bin/env node
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && ['--version', '-V', '-v'].includes(args[0])) {
  // Answered without loading the CLI: scripts run it to see what is installed.
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const [run, io] = bundleIsCurrent() ? ['../dist/bundle/run.js', '../dist/bundle/io.js'] : ['../dist/cli/run.js', '../dist/commands/io.js'];
  const [{ run: runCoop }, { processIo }] = await Promise.all([import(run), import(io)]);
  process.exitCode = await runCoop(args, processIo());
}

/** The bundle (scripts/bundle.mjs) starts faster; it is used only when made from the build in dist/. */
function bundleIsCurrent() {
  const read = (path) => {
    try {
      return readFileSync(new URL(path, import.meta.url), 'utf8');
    } catch {
      return undefined;
    }
  };
  const bundled = read('../dist/bundle/build-id.txt');
  return bundled !== undefined && bundled === read('../dist/build-id.txt');
}
