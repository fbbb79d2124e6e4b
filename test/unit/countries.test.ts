import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../../src/core/countries/codes.js';
import { countryName, resolveCountry } from '../../src/core/countries/resolve.js';

describe('country codes', () => {
  it('knows ISO 3166-1 alpha-2 plus Kosovo, in capitals only', () => {
    for (const code of ['PK', 'PS', 'KZ', 'AF', 'XK']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['pk', 'PKK', 'XX', 'UK', '']) expect(isCountryCode(code)).toBe(false);
  });

  it('resolves codes, names and aliases however they are typed', () => {
    const inputs = ['Kazakhstan', 'kz', 'KAZ', 'kazakhstan'];
    for (const input of inputs) expect(resolveCountry(input)).toEqual({ ok: true, code: 'KZ' });
    for (const input of ['Palestine', 'PS', 'State of Palestine', 'Palestine, State of', 'pse']) expect(resolveCountry(input)).toEqual({ ok: true, code: 'PS' });
    expect(resolveCountry("cote d'ivoire")).toEqual({ ok: true, code: 'CI' });
    expect(resolveCountry('Kosovo')).toEqual({ ok: true, code: 'XK' });
    expect(resolveCountry('XKX')).toEqual({ ok: true, code: 'XK' });
  });

  it('says when a name is ambiguous or a typo', () => {
    expect(resolveCountry('Congo')).toEqual({ ok: false, ambiguous: ['CD', 'CG'] });
    expect(resolveCountry('Kazakstan')).toEqual({ ok: false, suggestion: 'KZ' });
    expect(resolveCountry('Atlantis')).toEqual({ ok: false, suggestion: undefined });
  });

  it('shows common names', () => {
    expect(countryName('PS')).toBe('Palestine');
    expect(countryName('AF')).toBe('Afghanistan');
    expect(countryName('XK')).toBe('Kosovo');
  });
});
