import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { Position } from '../findings.js';

export type FieldPath = readonly (string | number)[];

export interface LocateOptions {
  /** Point at the key of the last path segment rather than its value (for unknown fields). */
  key?: boolean;
}

/** Finds the line and column of the node at `path`, or of its nearest existing ancestor. */
export function locate(doc: Document, lines: LineCounter, path: FieldPath, options: LocateOptions = {}): Position {
  const { isMap, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p) === String(segment));
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      if (last && options.key && keyStart !== undefined) {
        offset = keyStart;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key;
  const { isScalar } = yamlLibrary();
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `['commitments', 0, 'due']` → `commitments[0].due`, the way messages name a field. */
export function fieldName(path: FieldPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(top level)';
}
