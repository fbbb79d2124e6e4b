import { describe, expect, it } from 'vitest';
import { closest, editDistance, editDistanceWithin } from '../../src/core/text/suggest.js';
import { firstInvalidUtf8 } from '../../src/core/registry/utf8.js';
import { terminalSafe } from '../../src/format/terminal-safe.js';
import { escapeData, escapeProperty } from '../../src/format/validate/github.js';

describe('suggestions', () => {
  it('counts a swap as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('suggests only likely typos', () => {
    expect(closest('in_force', ['signed', 'in-force', 'expired'])).toBe('in-force');
    expect(closest('Titel', ['title', 'status'])).toBe('title');
    expect(closest('zzz', ['title', 'status'])).toBeUndefined();
  });
});

describe('UTF-8 check', () => {
  it('accepts well-formed text of every length', () => {
    expect(firstInvalidUtf8(Buffer.from('plain é ق 中 😀'))).toBe(-1);
  });
  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong NUL
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // truncated
  });
});

describe('terminal safety', () => {
  it('shows control characters and bidi overrides instead of sending them', () => {
    expect(terminalSafe('a\u001b[31mb\u0007c\u202ed\te')).toBe('a\\u{1b}[31mb\\u{7}c\\u{202e}d\te');
  });
});

describe('GitHub workflow command escaping', () => {
  it('escapes data as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
  });
  it('escapes properties further', () => {
    expect(escapeProperty('dir:a,b%\n.yaml')).toBe('dir%3Aa%2Cb%25%0A.yaml');
  });
});

describe('editDistanceWithin', () => {
  it('equals editDistance when within the limit, and limit + 1 beyond it, on 20,000 seeded pairs', () => {
    let state = 3;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = (): string => Array.from({ length: Math.floor(random() * 9) }, () => 'abc-'[Math.floor(random() * 4)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const [a, b, limit] = [word(), word(), Math.floor(random() * 4)];
      const full = editDistance(a, b);
      expect(editDistanceWithin(a, b, limit), `${a} ${b} ${limit}`).toBe(full <= limit ? full : limit + 1);
    }
  });
});
