import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, ROOT } from '../helpers/cli.js';

/** Every ```console block of the README: `$ npx coop ARGS` followed by the exact output. */
function examples(): { args: string[]; output: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```console\n\$ npx coop ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({ args: m[1]!.split(' '), output: m[2]! }));
}

describe('README examples print what the README shows', () => {
  it.each(examples().map((e) => [e.args.join(' '), e] as const))('coop %s', async (_, { args, output }) => {
    const { stdout } = await coop(args, { cwd: ROOT });
    expect(stdout).toBe(output);
  });
});
