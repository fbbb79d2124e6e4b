import { createRequire } from 'node:module';
import { foldForSearch as normaliseName } from '../text/normalise.js';
import { closest } from '../text/suggest.js';
import { alpha3Index, isCountryCode } from './codes.js';
import { ALIASES, DISPLAY_NAMES } from './overlay.js';

const require = createRequire(import.meta.url);

interface Names {
  /** code → the name coop shows */
  display: Map<string, string>;
  /** normalised name or alias → codes it may mean (two for "Congo") */
  lookup: Map<string, Set<string>>;
}

let names: Names | undefined;


function loadNames(): Names {
  if (names) return names;
  const english = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  const display = new Map<string, string>();
  const lookup = new Map<string, Set<string>>();
  const add = (name: string, code: string): void => {
    const key = normaliseName(name);
    lookup.set(key, new Set([...(lookup.get(key) ?? []), code]));
  };
  for (const [code, value] of Object.entries(english)) {
    const all = Array.isArray(value) ? value : [value];
    display.set(code, DISPLAY_NAMES[code] ?? all[0]!);
    for (const name of all) add(name, code);
  }
  for (const [code, name] of Object.entries(DISPLAY_NAMES)) {
    display.set(code, name);
    add(name, code);
  }
  for (const [alias, code] of Object.entries(ALIASES)) add(alias, code);
  names = { display, lookup };
  return names;
}

/** The name coop shows for a country code; the code itself when unknown. */
export function countryName(code: string): string {
  return loadNames().display.get(code) ?? code;
}

export type Resolution =
  | { ok: true; code: string }
  | { ok: false; ambiguous?: string[]; /** The code of a near spelling. */ suggestion?: string };

/** Finds the country a person means by a code (alpha-2 or alpha-3, any case), name or alias. */
export function resolveCountry(input: string): Resolution {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && isCountryCode(upper)) return { ok: true, code: upper };
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = alpha3Index().get(upper);
    if (code) return { ok: true, code };
  }
  const { lookup } = loadNames();
  const codes = lookup.get(normaliseName(trimmed));
  if (codes?.size === 1) return { ok: true, code: [...codes][0]! };
  if (codes && codes.size > 1) return { ok: false, ambiguous: [...codes].sort() };
  const near = closest(normaliseName(trimmed), lookup.keys());
  return { ok: false, suggestion: near ? [...lookup.get(near)!][0] : undefined };
}
