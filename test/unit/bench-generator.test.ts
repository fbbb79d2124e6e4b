import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, generate, generateFiles, VARIANTS } from '../../bench/generate.js';
import { coop, ROOT, tempDir } from '../helpers/cli.js';

// A 50-record smoke run of the benchmark's registry generator; the benchmark itself
// (npm run bench) stays out of npm test.

const GENERATOR = join(ROOT, 'bench', 'generate.js');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function generateWithCli(seed: string): Promise<string> {
  const out = join(tempDir('coop-bench-gen-'), 'registry');
  dirs.push(join(out, '..'));
  await promisify(execFile)(process.execPath, [GENERATOR, '--records', '50', '--seed', seed, '--out', out]);
  return out;
}

function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['agreements', 'programmes']) {
    for (const name of readdirSync(join(dir, folder)).sort()) files.set(`${folder}/${name}`, readFileSync(join(dir, folder, name), 'utf8'));
  }
  return files;
}

describe('bench/generate.js', () => {
  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    const [a, b] = await Promise.all([generateWithCli('7'), generateWithCli('7')]);
    const first = readTree(a);
    expect(first.size).toBe(50);
    expect(readTree(b)).toEqual(first);
    // The command line and the module agree; another seed gives another registry.
    const inProcess = (seed: number) => new Map(generateFiles({ records: 50, seed }).map((f) => [f.path, f.text]));
    expect(inProcess(7)).toEqual(first);
    expect(inProcess(8)).not.toEqual(first);
  });

  it('writes a registry that coop validates without a finding', async () => {
    const dir = await generateWithCli('7');
    const result = await coop(['validate', '--registry', dir, '--as-of', AS_OF, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, errors: 0, warnings: 0, problems: [] });
    expect(result.code).toBe(0);
  });

  it('mixes kinds, references agreements and writes non-ASCII text', () => {
    const files = generateFiles({ records: 50, seed: 7 });
    const text = files.map((f) => f.text).join('\n');
    expect(files.some((f) => f.path.startsWith('agreements/'))).toBe(true);
    expect(files.some((f) => f.path.startsWith('programmes/'))).toBe(true);
    expect(text).toMatch(/^agreement: /m);
    expect(text).toMatch(/within: P/);
    expect(text).toMatch(/url: https:\/\//);
    expect(text).toMatch(/[\u0400-\u04ff\u0600-\u06ff]/);
  });

  it('keeps the files of the clean registry in every pathological variant', () => {
    const clean = generateFiles({ records: 50, seed: 7 });
    for (const variant of VARIANTS) {
      const { files, affected } = generate({ records: 50, seed: 7, variant });
      expect(files.map((f) => f.path)).toEqual(clean.map((f) => f.path));
      // duplicate-id leaves the record whose id the others copy as it was
      const changed = files.filter((f, i) => f.text !== clean[i]!.text).length;
      expect(changed).toBe(variant === 'duplicate-id' ? affected - 1 : affected);
      expect(changed > 0).toBe(variant !== 'clean');
    }
  });
});
