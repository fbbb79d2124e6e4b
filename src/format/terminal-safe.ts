// C0 and C1 controls (but tab and, where allowed, newline), DEL, and the bidirectional overrides
// used in "Trojan Source" attacks.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Makes record text safe to print: control characters and escape sequences are shown, not run. */
export function terminalSafe(text: string, { keepNewlines = false } = {}): string {
  return text.replace(keepNewlines ? UNSAFE_BUT_NEWLINE : UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
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
