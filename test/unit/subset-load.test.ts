import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../bench/generate.js';
import { fullParse } from '../../src/core/yaml/full-parse.js';
import { subsetLoad } from '../../src/core/yaml/subset-load.js';
import { mutate, random } from '../helpers/yaml-mutations.js';

/** The subset reader either declines or gives exactly what the yaml package gives, on a text yaml accepts. */
function expectSameAsYaml(text: string): boolean {
  const subset = subsetLoad(text);
  if (subset === undefined) return false;
  const full = fullParse('x.yaml', text);
  expect(full.findings, text).toEqual([]);
  expect(isDeepStrictEqual(subset, full.data), `${text}\nsubset: ${JSON.stringify(subset)}\nyaml:   ${JSON.stringify(full.data)}`).toBe(true);
  return true;
}

describe('subset YAML reader', () => {
  it('reads every generated record, as the yaml package does', () => {
    const files = generateFiles({ records: 300, seed: 7 });
    for (const { path, text } of files) expect(expectSameAsYaml(text), path).toBe(true);
  });

  it('reads the layouts records use, as the yaml package does', () => {
    const texts = [
      'a: 1\nb: -2\nc: 0o17\nd: 0x1F\ne: 1.5e3\nf: .inf\ng: ~\nh: null\ni: True\nj: "007"\nk: \'it\'\'s\'\nl: 2025-10-17\nm:\n',
      'a: plain text with:colon, [brackets] and#hash\nb: text # a comment\nc: "quoted" # and a comment\n',
      '# comment first\nlist:\n  - one\n  - 2\n  # a comment between items\n  - three\nafter: x\n',
      'items:\n  - id: a\n    due: {date: "2026-01-01", within: P1Y}\n  - id: b\n    tags: [x, y z, 3]\n    empty: []\n    none: {}\n',
      'folded: >-\n  one\n  two\n\n  three\nnext: x\n',
      'folded: >\n  one\n  two\n\n\n  three\n\nnext: x\n',
      'literal: |\n  line one\n  line two\n\n  # not a comment\nnext: x\n',
      'literal: |-\n    deeper\n    text\nnext: x\n',
      'list:\n  - >-\n    folded in a list\n    item\n  - plain\n',
      'nested:\n  deeper:\n    deepest: value\n  back: 1\ntop: 2\n',
      'unicode: «Sağlık» 保健 — ok\n',
    ];
    for (const text of texts) expect(expectSameAsYaml(text), text).toBe(true);
  });

  it('keeps no-break spaces, byte-order marks and line separators, which YAML counts as text, not white space', () => {
    for (const text of ['a: text\u00a0\n', 'a: text\ufeff # c\n', 'a: \u2028x\n', 'a: [x\u00a0, y]\n', 'a: {b: x\u00a0}\n', 'a: "q" \u00a0\n']) {
      const subset = subsetLoad(text);
      if (subset !== undefined) expectSameAsYaml(text);
    }
    expect(subsetLoad('a: text\u00a0\n')).toEqual({ a: 'text\u00a0' });
  });

  it('declines what it does not read, valid YAML or not', () => {
    const declined = [
      'a: 1\r\nb: 2\r\n',
      'a:\tb\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '"quoted key": 1\n',
      '1: a\n',
      'true: a\n',
      'a: 1\na: 2\n',
      'a: "esc\\n"\n',
      'a: "multi\n  line"\n',
      'a: plain\n  continued\n',
      'a:\n- indentless\n',
      'a: {b: {c: 1}}\n',
      'a: [b, [c]]\n',
      'a: [b,\n  c]\n',
      'a: |2\n   text\n',
      'a: >+\n  text\n',
      'a: >-\n\n  leading blank\n',
      'a: >-\n  text\n    more indented\n',
      'a: |\n  text\n  \n  blank line with spaces\n',
      'a: b: c\n',
      'a: - b\n',
      '- a\n',
      'a:\n  -\n    b: 1\n',
      '__proto__: 1\n',
      '',
      '# only a comment\n',
      'a: 1\n  b: 2\n',
    ];
    for (const text of declined) expect(subsetLoad(text), JSON.stringify(text)).toBeUndefined();
  });
});

describe('subset YAML reader on mutated records', () => {
  it('gives the same data as the yaml package on 3,000 seeded mutations of generated records, and accepts nothing it rejects', () => {
    const corpus = generateFiles({ records: 200, seed: 11 }).map((f) => f.text);
    const next = random(20261206);
    let compared = 0;
    let declined = 0;
    for (let n = 0; n < 3000; n++) {
      let text = corpus[n % corpus.length]!;
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) text = mutate(text, next);
      if (expectSameAsYaml(text)) compared++;
      else declined++;
    }
    // Both outcomes must be common, or the corpus proves nothing.
    expect(compared).toBeGreaterThan(600);
    expect(declined).toBeGreaterThan(600);
  });
});

describe('subset YAML reader limits', () => {
  it('declines keys over 1024 characters and nesting past 64 levels, which yaml rejects or reports', () => {
    expect(subsetLoad(`${'k'.repeat(1024)}: 1\n`)).toEqual({ ['k'.repeat(1024)]: 1 });
    expect(subsetLoad(`${'k'.repeat(1025)}: 1\n`)).toBeUndefined();
    expect(subsetLoad(`a: {${'k'.repeat(1025)}: 1}\n`)).toBeUndefined();
    const nested = (depth: number): string => Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}k${i}:\n`).join('') + `${' '.repeat(2 * depth)}v: 1\n`;
    expect(subsetLoad(nested(60))).toBeDefined();
    expect(subsetLoad(nested(70))).toBeUndefined();
    expect(subsetLoad(nested(5000))).toBeUndefined();
  });
});
