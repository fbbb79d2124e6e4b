import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

/** Every ```console block of the README: `$ npx coop ...` (maybe piped) followed by its exact output. */
function examples(): { command: string; output: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```console\n\$ (npx coop [^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1]!, output: m[2]! }));
}

function shell(command: string): Promise<string> {
  const script = command.replace(/^npx coop/, `node ${JSON.stringify(BIN)}`);
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }, (_error, stdout, stderr) => resolve(stdout + stderr));
  });
}

const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('README examples print what the README shows', () => {
  const all = examples();
  const needsJq = (command: string): boolean => command.includes('| jq');
  it.each(all.filter((e) => !needsJq(e.command)).map((e) => [e.command, e] as const))('%s', async (_, { command, output }) => {
    expect(await shell(command)).toBe(output);
  });
  // Skipped where jq is missing, never passed; CI installs it, and there a missing jq fails.
  it.runIf(hasJq || process.env.CI !== undefined).each(all.filter((e) => needsJq(e.command)).map((e) => [e.command, e] as const))('%s', async (_, { command, output }) => {
    expect(await shell(command)).toBe(output);
  });
  it('pin the day, so that they print the same whatever day the tests run', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.map((e) => e.command).filter((command) => !command.includes('--as-of') && !/^npx coop fmt /.test(command))).toEqual([]);
  });
});
