// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, the bidi overrides and isolates,
// and the line and paragraph separators raw. They can only occur inside strings, where \uXXXX
// means the same character, so the data round-trips while the bytes stay inert.
const RAW_AFTER_STRINGIFY = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Pretty JSON, two-space indent and a final newline, with no raw control or bidi character in it. */
export function jsonText(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(RAW_AFTER_STRINGIFY, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}
