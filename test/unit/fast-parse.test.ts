import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fastLoad } from '../../src/core/yaml/fast-load.js';
import { fullParse } from '../../src/core/yaml/full-parse.js';
import { ROOT } from '../helpers/cli.js';

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

/** A small seeded generator (mulberry32), so every run tests the same cases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Scalars on which YAML libraries are known to disagree, and the structures the fast path must refuse.
const SCALARS = ['1_000', '0o17', '0x1F', '0b101', '017', '+12', '-0', '1e3', '1.5e-3', '.5', '5.', '.inf', '-.Inf', '.NaN', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'True', 'FALSE', 'tRUE', '~', 'null', 'Null', 'NULL', '2025-10-17', '2025-10-17T10:00:00Z', '12:30:00', '1:20', '"quoted"', "'single'", '0.0', '00', '-', '=', '<<', '&a x', '*a', '!!str 5', '!!int x', '!foo y', '[a, b]', '{a: b}', '? k', '|\n  block', '>-\n  folded', "'it''s'", '"\\u00e9\\x41"', '" lead"', 'a: b', 'a #c', '#c', '@x', '`x', '%x', 'é'];

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const i = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 8)) {
    case 0:
      lines[i] = lines[i]!.replace(/: .*$/, `: ${pick(SCALARS)}`);
      break;
    case 1:
      lines.splice(i, 0, `${' '.repeat(Math.floor(next() * 6))}${pick(['extra', '- item', 'k: v', '-', ':', '? x', '[', '{', '"', "'"])}: ${pick(SCALARS)}`);
      break;
    case 2:
      lines[i] = `${' '.repeat(Math.floor(next() * 4))}${lines[i]!.trimStart()}`;
      break;
    case 3:
      lines.splice(i, 1);
      break;
    case 4:
      lines[i] = lines[i]!.replace(/^(\s*)/, `$1${pick(['\t', '- ', '  ', '? ', '--- ', '... '])}`);
      break;
    case 5:
      lines[i] = `${lines[i]!} ${pick(['#', '# c', ':', ' : x', ',', ']', '}', '&a', '*a', '!t'])}`;
      break;
    case 6:
      lines.push(`${lines[0]!.split(':')[0]}: duplicate`);
      break;
    default:
      return text.slice(0, Math.floor(next() * text.length));
  }
  return lines.join('\n');
}

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
