import { createRequire } from 'node:module';
import { foldForSearch as normaliseName } from '../text/normalise.js';
import { closest } from '../text/suggest.js';
import { alpha3Index, isCountryCode } from './codes.js';
import { ALIASES, DISPLAY_NAMES } from './overlay.js';

const require = createRequire(import.meta.url);

type EnglishNames = Record<string, string | string[]>;

let english: EnglishNames | undefined;
let display: Map<string, string> | undefined;
/** normalised name or alias → codes it may mean (two for "Congo") */
let lookup: Map<string, Set<string>> | undefined;

function englishNames(): EnglishNames {
  return (english ??= (require('i18n-iso-countries/langs/en.json') as { countries: EnglishNames }).countries);
}

/** code → the name coop shows. Built apart from the lookup: a report names countries but searches none. */
function displayNames(): Map<string, string> {
  if (display) return display;
  display = new Map();
  for (const [code, value] of Object.entries(englishNames())) display.set(code, Array.isArray(value) ? value[0]! : value);
  // coop's own names win over the library's first ones.
  for (const [code, name] of Object.entries(DISPLAY_NAMES)) display.set(code, name);
  return display;
}

function nameLookup(): Map<string, Set<string>> {
  if (lookup) return lookup;
  const names = new Map<string, Set<string>>();
  const add = (name: string, code: string): void => {
    const key = normaliseName(name);
    names.set(key, new Set([...(names.get(key) ?? []), code]));
  };
  for (const [code, value] of Object.entries(englishNames())) for (const name of Array.isArray(value) ? value : [value]) add(name, code);
  for (const [code, name] of Object.entries(DISPLAY_NAMES)) add(name, code);
  for (const [alias, code] of Object.entries(ALIASES)) add(alias, code);
  return (lookup = names);
}

/** The name coop shows for a country code; the code itself when unknown. */
export function countryName(code: string): string {
  return displayNames().get(code) ?? code;
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
  const lookup = nameLookup();
  const codes = lookup.get(normaliseName(trimmed));
  if (codes?.size === 1) return { ok: true, code: [...codes][0]! };
  if (codes && codes.size > 1) return { ok: false, ambiguous: [...codes].sort() };
  const near = closest(normaliseName(trimmed), lookup.keys());
  return { ok: false, suggestion: near ? [...lookup.get(near)!][0] : undefined };
}
