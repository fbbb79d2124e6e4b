import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/core/yaml/fast-load.js';
import { fullParse } from '../../src/core/yaml/full-parse.js';
import { ROOT } from '../helpers/cli.js';
import { mutate, random, SCALARS } from '../helpers/yaml-mutations.js';

/** Every .yaml file under a folder, as text. */
function yamlTexts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // coop fmt's fixtures are deliberately odd layouts (flow style, comments everywhere), which
    // would tilt the balance of accepted and refused mutations below.
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('fmt/'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'latin1'));
}

const CORPUS = [...yamlTexts(join(ROOT, 'registry')), ...yamlTexts(join(ROOT, 'test', 'fixtures'))];

describe('fast parse path', () => {
  it('reads YAML 1.2 core scalars exactly as the yaml package does', () => {
    for (const scalar of SCALARS) {
      const text = `value: ${scalar}\n`;
      const fast = fastLoad(text);
      const full = fullParse('x.yaml', text);
      if (fast === undefined) continue;
      expect(full.findings, scalar).toEqual([]);
      expect(isDeepStrictEqual(fast, full.data), `${scalar}: ${JSON.stringify(fast)} vs ${JSON.stringify(full.data)}`).toBe(true);
    }
  });

  it('refuses anchors, aliases, tags, directives, merge keys and complex keys', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: !foo 1\n', '%YAML 1.2\n---\na: 1\n', 'a: {b: 1}\n<<: {c: 2}\n', '? [a, b]\n: c\n', '[a, b]: c\n', '{a: b}: c\n']) {
      expect(fastLoad(text), text).toBeUndefined();
    }
  });

  it('gives the same data as the yaml package on every fixture and 2,000 seeded mutations, and accepts nothing it rejects', () => {
    const next = random(20261123);
    let compared = 0;
    let refused = 0;
    for (let n = 0; n < 2000; n++) {
      let text = CORPUS[n % CORPUS.length]!;
      if (n >= CORPUS.length) for (let k = 1 + Math.floor(next() * 3); k > 0; k--) text = mutate(text, next);
      const fast = fastLoad(text);
      const full = fullParse('x.yaml', text);
      if (fast === undefined) {
        refused++;
        continue;
      }
      compared++;
      expect(full.findings, text).toEqual([]);
      expect(isDeepStrictEqual(fast, full.data), text).toBe(true);
    }
    // Both outcomes must be common, or the corpus proves nothing.
    expect(compared).toBeGreaterThan(400);
    expect(refused).toBeGreaterThan(400);
  });
});
