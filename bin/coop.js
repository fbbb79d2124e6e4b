#!/usr/bin/env node
// `coop --version` is answered without loading the CLI: scripts run it to see what is installed.
const args = process.argv.slice(2);
if (args.length === 1 && ['--version', '-V', '-v'].includes(args[0])) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { run } = await import('../dist/cli/run.js');
  const { processIo } = await import('../dist/commands/io.js');
  process.exitCode = await run(args, processIo());
}
