import { describe, expect, it } from 'vitest';
import { linksOf } from '../../src/core/registry/record-links.js';

describe('record links', () => {
  it('keep ids exactly, lone surrogates included, so distinct ids never merge', () => {
    const a = linksOf({ id: 'abcdefghijklm\ud800', agreement: 'abcdefghijklm\udc00', history: [{ record: 'abcdefghijklm\udfff' }] });
    expect(a.id).toBe('abcdefghijklm\ud800');
    expect(a.agreement).toBe('abcdefghijklm\udc00');
    expect(a.historyRecords).toEqual([[0, 'abcdefghijklm\udfff']]);
  });

  it('list the text country codes of parties and countries, and nothing else', () => {
    expect(linksOf({ parties: [{ country: 'PK' }, { country: 7 }, 'x', null], countries: [{ country: 'KZ' }] }).countries).toEqual(['PK', 'KZ']);
    expect(linksOf({ kind: 'agreement' }).countries).toBeUndefined();
  });
});
