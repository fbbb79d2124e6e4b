import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = join(ROOT, 'src');

/** Every relative import in src/, as [importing layer/file, imported layer]. */
function imports(): { file: string; from: string; to: string }[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
    return specifiers.map((specifier) => ({ file, from: file.split(sep)[0]!, to: relative(SRC, resolve(dirname(join(SRC, file)), specifier)).split(sep)[0]! }));
  });
}

describe('layers', () => {
  const all = imports();
  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(300);
  });
  it('only cli/ imports cli/: commands, formatters and the core never reach up to it', () => {
    expect(all.filter((i) => i.to === 'cli' && i.from !== 'cli').map((i) => i.file)).toEqual([]);
  });
  it('the core imports neither commands nor formatters, so it never prints', () => {
    expect(all.filter((i) => i.from === 'core' && (i.to === 'commands' || i.to === 'format')).map((i) => i.file)).toEqual([]);
  });
  it('formatters do not import commands', () => {
    expect(all.filter((i) => i.from === 'format' && i.to === 'commands').map((i) => i.file)).toEqual([]);
  });
});
