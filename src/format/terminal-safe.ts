// C0 and C1 controls (but tab), DEL, and the bidirectional overrides used in "Trojan Source" attacks.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Makes record text safe to print: control characters and escape sequences are shown, not run. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
