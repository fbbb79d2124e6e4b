import { isAbsolute, relative, sep } from 'node:path';

/** A path as output shows it: relative to the current folder when inside it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  return shown.split(sep).join('/');
}
