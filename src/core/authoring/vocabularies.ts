import { countryName, resolveCountry } from '../countries/resolve.js';
import { alpha3Index } from '../countries/codes.js';
import type { RecordKind } from '../registry/record.js';
import { foldForSearch } from '../text/normalise.js';
import { AREAS } from '../vocabulary.js';
import { wordHint } from '../word-hint.js';
import { recordShape, shapeAt } from './schema-shape.js';

/** One word a field may take, with what a person reads for it. */
export interface Choice {
  value: string;
  label: string;
  /** Other words that find it: aliases, codes. */
  also?: readonly string[];
}

/**
 * The words the schema allows at a path of a record (`['status']`, `['areas', 0]`), exactly as
 * validation checks them; undefined where the schema gives no list.
 */
export function allowedWords(kind: RecordKind, path: readonly (string | number)[]): string[] | undefined {
  const shape = shapeAt(recordShape(kind), path);
  return shape?.type === 'value' ? shape.enum : undefined;
}

/** The schema's words at a path as choices; health areas carry their labels and aliases. */
export function choicesAt(kind: RecordKind, path: readonly (string | number)[]): Choice[] {
  const words = allowedWords(kind, path) ?? [];
  const areas = AREAS as Readonly<Record<string, { label: string; aliases?: readonly string[] }>>;
  return words.map((value) => {
    const area = path[0] === 'areas' ? areas[value] : undefined;
    return { value, label: area ? `${value} (${area.label})` : value, also: area ? [area.label, ...(area.aliases ?? [])] : undefined };
  });
}

let countries: Choice[] | undefined;

/** Every country validation accepts, by name, with its codes. */
export function countryChoices(): Choice[] {
  countries ??= [...new Set(alpha3Index().values())]
    .map((code) => ({ value: code, label: `${countryName(code)} (${code})`, also: [code] }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return countries;
}

/**
 * The choices that match what someone has typed: every word of it in the label, value or an
 * alias, in any case and without accents; those that start with it first. A country typed as an
 * alias that coop knows ("State of Palestine") comes first too.
 */
export function searchChoices(choices: readonly Choice[], term: string, { countries = false } = {}): Choice[] {
  const words = foldForSearch(term).split(' ').filter(Boolean);
  if (words.length === 0) return [...choices];
  const haystack = (c: Choice): string => foldForSearch([c.label, c.value, ...(c.also ?? [])].join(' '));
  const matches = choices.filter((c) => words.every((w) => haystack(c).includes(w)));
  const folded = foldForSearch(term);
  const starts = (c: Choice): boolean => foldForSearch(c.label).startsWith(folded) || foldForSearch(c.value) === folded;
  const ranked = [...matches.filter(starts), ...matches.filter((c) => !starts(c))];
  if (countries) {
    const resolved = resolveCountry(term);
    const exact = resolved.ok ? choices.find((c) => c.value === resolved.code) : undefined;
    if (exact) return [exact, ...ranked.filter((c) => c !== exact)];
  }
  return ranked;
}

export type Checked = { ok: true; value: string } | { ok: false; message: string };

/** A word from a list, as typed or in another case; otherwise a message with a suggestion. */
export function checkWord(given: string, words: readonly string[], what: string): Checked {
  const value = given.trim();
  if (words.includes(value)) return { ok: true, value };
  const lower = words.find((w) => w.toLowerCase() === value.toLowerCase());
  if (lower) return { ok: true, value: lower };
  return { ok: false, message: `${what} "${value}" is not one of: ${words.join(', ')}${wordHint(value, words)}` };
}

/** An area by key, label or alias. */
export function checkArea(kind: RecordKind, given: string): Checked {
  const choices = choicesAt(kind, ['areas', 0]);
  const folded = foldForSearch(given);
  const found = choices.find((c) => [c.value, ...(c.also ?? [])].some((w) => foldForSearch(w) === folded));
  return found ? { ok: true, value: found.value } : checkWord(given, choices.map((c) => c.value), 'area');
}

/** A country by code, name or alias, as the command line accepts it everywhere. */
export function checkCountry(given: string): Checked {
  const resolved = resolveCountry(given);
  if (resolved.ok) return { ok: true, value: resolved.code };
  if (resolved.ambiguous) return { ok: false, message: `"${given}" may mean ${resolved.ambiguous.map((c) => `${countryName(c)} (${c})`).join(' or ')}; give the code` };
  return { ok: false, message: `unknown country "${given}"${resolved.suggestion ? `; did you mean ${countryName(resolved.suggestion)} (${resolved.suggestion})?` : ''}` };
}
