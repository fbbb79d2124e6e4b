import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/core/text/compare-text.js';

const english = new Intl.Collator('en');
const sign = (n: number): number => Math.sign(n);

describe('compareText', () => {
  it('orders ids, dates and slugs exactly as the English collator does, without one', () => {
    const alphabet = 'abz09-';
    let state = 7;
    const random = (): number => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const slug = (): string => Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const [a, b] = [slug(), slug()];
      expect(sign(compareText(a, b)), `${a} vs ${b}`).toBe(sign(english.compare(a, b)));
    }
    for (const [a, b] of [['2025-01', '2025-01-01'], ['2025-10-01', '2025-9'], ['pk-ps-2025', 'pk-ps2025'], ['a-b', 'ab'], ['a1', 'a-']]) {
      expect(sign(compareText(a!, b!)), `${a} vs ${b}`).toBe(sign(english.compare(a!, b!)));
    }
  });
  it('titles and names go through the collator: accents and case sort as a reader expects', () => {
    expect(['Zambia', 'Åland', 'angola', 'Éire'].sort(compareText)).toEqual(['Åland', 'angola', 'Éire', 'Zambia']);
  });
});
