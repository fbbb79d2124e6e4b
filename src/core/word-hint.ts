import { closest } from './text/suggest.js';
import { AREAS } from './vocabulary.js';

// The suggestions for a word that is not in a closed vocabulary (an instrument, a status, a
// health area ...), for flags and for validate alike. Bounded like suggest.ts: past 100
// characters nobody made a typo, and no suggestion is looked for.
const MAX_INPUT_LENGTH = 100;
const MAX_SUGGESTIONS = 3;

/** Words people write for a vocabulary word, beyond its initials: the health areas' aliases and labels. */
function aliasTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [key, area] of Object.entries(AREAS)) {
    for (const alias of [...area.aliases, area.label]) table.set(normalise(alias), key);
  }
  return table;
}

let aliases: Map<string, string> | undefined;

/** Lower case, with runs of spaces, underscores and slashes as one hyphen, as vocabulary words are written. */
export function normalise(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-');
}

/**
 * The words of `allowed` that `input` most likely means, best first, at most three: the word
 * itself in another case or spacing ("In Force"), an alias ("heart"), its initials ("MoU"), a
 * typo ("in-forse"), the start of a word ("cardio") or of one of its parts ("research").
 */
export function likelyWords(input: string, allowed: readonly string[]): string[] {
  if (input.length > MAX_INPUT_LENGTH) return [];
  const word = normalise(input);
  if (!word) return [];
  if (allowed.includes(word)) return [word];
  aliases ??= aliasTable();
  const alias = aliases.get(word);
  if (alias && allowed.includes(alias)) return [alias];
  const letters = word.replace(/-/g, '');
  const byInitials = allowed.filter((w) => w.includes('-') && initials(w) === letters);
  if (byInitials.length) return byInitials.slice(0, MAX_SUGGESTIONS);
  const typo = closest(word, allowed);
  if (typo) return [typo];
  if (word.length < 3) return [];
  const starts = allowed.filter((w) => w.startsWith(word));
  if (starts.length) return starts.length <= MAX_SUGGESTIONS ? starts : [];
  const parts = allowed.filter((w) => w.split('-').some((part) => part.length > 2 && part.startsWith(word)));
  return parts.length <= MAX_SUGGESTIONS ? parts : [];
}

/** `; did you mean "x"?` (or `"x" or "y"`) for a word not in `allowed`, or nothing. */
export function wordHint(input: string, allowed: readonly string[]): string {
  const words = likelyWords(input, allowed).map((w) => `"${w}"`);
  if (words.length === 0) return '';
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return `; did you mean ${list}?`;
}

function initials(word: string): string {
  return word
    .split('-')
    .map((part) => part[0])
    .join('');
}
