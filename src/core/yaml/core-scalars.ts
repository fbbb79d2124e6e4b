// YAML 1.2 core schema scalars, exactly as the `yaml` package resolves a plain scalar: the fast
// parse paths read plain scalars with these rules only (js-yaml's own also accept 1_000, 0b101
// and the like, which `yaml` keeps as strings).

export const isNull = (text: string): boolean => /^(?:~|[Nn]ull|NULL)?$/.test(text);

export const isBool = (text: string): boolean => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text);
export const toBool = (text: string): boolean => text[0] === 't' || text[0] === 'T';

export const isInt = (text: string): boolean => /^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/.test(text);
export const toInt = (text: string): number => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10));

export const isFloat = (text: string): boolean =>
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text);

export function toFloat(text: string): number {
  if (/nan$/i.test(text)) return NaN;
  if (/inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return parseFloat(text);
}

// Only text that starts like a number, or is one of the null and bool words, can be anything but a string.
const MAYBE_NOT_TEXT = /^[-+.0-9~nNtTfF]/;

/** The value of a plain scalar: null, a boolean, a number, or the text itself. */
export function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (!MAYBE_NOT_TEXT.test(text)) return text;
  if (isNull(text)) return null;
  if (isBool(text)) return toBool(text);
  if (isInt(text)) return toInt(text);
  if (isFloat(text)) return toFloat(text);
  return text;
}
