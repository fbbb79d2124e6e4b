// C0 controls but tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
// used in "Trojan Source" attacks. No text format of coop carries these raw; see README "Output is
// inert". Line breaks are among them: a format that may carry them asks to keep them.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// The same characters, for a quick test of the usual text, which has none of them.
const HAS_UNSAFE = new RegExp(UNSAFE.source, 'u');

export interface KeepOptions {
  /** Keep LF as it is, for formats where a newline is only a line break. */
  keepNewlines?: boolean;
  /** Keep CR too, for formats that escape or quote line breaks themselves. */
  keepCarriageReturns?: boolean;
}

/**
 * Makes record text safe to print in any text format: control characters and escape sequences
 * are shown as `\u{1b}`, not run.
 */
export function terminalSafe(text: string, { keepNewlines = false, keepCarriageReturns = false }: KeepOptions = {}): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => ((keepNewlines && c === '\n') || (keepCarriageReturns && c === '\r') ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}

/** A copy of a value with every string in it made terminal-safe, newlines kept. */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value, { keepNewlines: true }) as T;
  if (Array.isArray(value)) return value.map(terminalSafeDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [terminalSafe(k), terminalSafeDeep(v)])) as T;
  }
  return value;
}
