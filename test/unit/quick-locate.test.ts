import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../bench/generate.js';
import { parseYaml } from '../../src/core/yaml/full-parse.js';
import { locate, type FieldPath } from '../../src/core/yaml/locate.js';
import { quickLocate } from '../../src/core/yaml/quick-locate.js';
import { subsetLoad, subsetPositions } from '../../src/core/yaml/subset-load.js';
import { mutate, random } from '../helpers/yaml-mutations.js';

/** Every path into a value, and beside each a path that is not there. */
function pathsOf(value: unknown, prefix: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [prefix, [...prefix, 'missing'], [...prefix, 99]];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

/** Compares every path of a text the subset reader takes with `locate` on the yaml package's document; returns how many it answered. */
function expectSamePositions(text: string): { answered: number; asked: number } {
  const positions = subsetPositions(text);
  const data = subsetLoad(text);
  if (!positions || !data) return { answered: 0, asked: 0 };
  const { doc, lines } = parseYaml(text);
  let answered = 0;
  let asked = 0;
  for (const path of pathsOf(data)) {
    for (const key of [false, true]) {
      asked++;
      const quick = quickLocate(text, positions, path, { key });
      if (quick === undefined) continue;
      answered++;
      expect(quick, `${JSON.stringify(path)} key=${key}\n${text}`).toEqual(locate(doc, lines, path, { key }));
    }
  }
  return { answered, asked };
}

describe('locating findings without the full parser', () => {
  it('places every field of generated records exactly where the yaml package does', () => {
    let answered = 0;
    let asked = 0;
    for (const { text } of generateFiles({ records: 120, seed: 5 })) {
      const counts = expectSamePositions(text);
      answered += counts.answered;
      asked += counts.asked;
    }
    // Only empty values and paths into one-line [..] and {..} go to the full parser.
    expect(answered / asked).toBeGreaterThan(0.9);
  });

  it('places fields of layouts with comments, block text and empty values as the yaml package does, or declines', () => {
    const texts = [
      '# a comment\n\nid: x\nempty:\nafter: 1\nlist:\n  # before\n  - a\n  - k: v\n    deeper:\n      - 1\ntext: >-\n  folded\n  more\nlast: |\n  kept\n',
      'a: "quoted" # c\nb: \'single\'\nc: [x, y]\nd: {e: f}\ng:\n  h: ~\n',
    ];
    for (const text of texts) expect(expectSamePositions(text).answered).toBeGreaterThan(10);
  });

  it('agrees with the yaml package on 1,500 seeded mutations of generated records', () => {
    const corpus = generateFiles({ records: 100, seed: 13 }).map((f) => f.text);
    const next = random(20261207);
    let answered = 0;
    for (let n = 0; n < 1500; n++) {
      let text = corpus[n % corpus.length]!;
      for (let k = 1 + Math.floor(next() * 2); k > 0; k--) text = mutate(text, next);
      answered += expectSamePositions(text).answered;
    }
    expect(answered).toBeGreaterThan(10_000);
  });
});
