/**
 * JSON with every character past ASCII escaped (\u00e9): a record's data, listing or digest is
 * then read back byte for byte as a one-byte string, which is quicker to decode and to parse
 * than UTF-8.
 */
export function asciiJson(data: unknown): string {
  const json = JSON.stringify(data);
  return /[^\x00-\x7f]/.test(json) ? json.replace(/[\u0080-\uffff]+/g, escapeRun) : json;
}

function escapeRun(run: string): string {
  let escaped = '';
  for (let i = 0; i < run.length; i++) escaped += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
