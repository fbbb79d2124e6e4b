import type { Position } from '../findings.js';
import type { FieldPath, LocateOptions } from './locate.js';
import type { NodePosition } from './subset-load.js';

/**
 * `locate` (locate.ts) over the node positions the subset reader gives, step for step as it
 * walks the `yaml` package's document, so that a finding in a plain record is placed without
 * the full parser. Undefined where the positions cannot say what yaml would: an empty value,
 * or a path into a one-line `[...]` or `{...}`; the caller then asks the full parser.
 */
export function quickLocate(text: string, root: NodePosition, path: FieldPath, options: LocateOptions = {}): Position | undefined {
  let node: NodePosition | undefined = root;
  let offset = root.start;
  if (offset === undefined) return undefined;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (node?.entries) {
      const pair = node.entries.get(String(segment));
      if (!pair) break;
      if (last && options.key) {
        offset = pair.key;
        break;
      }
      node = pair.value;
      if (node.start === undefined) return undefined;
      offset = node.start;
    } else if (node?.items && typeof segment === 'number') {
      node = node.items[segment];
      if (node?.start === undefined && node !== undefined) return undefined;
      offset = node?.start ?? offset;
    } else if (node?.flow) {
      return undefined;
    } else {
      break;
    }
  }
  return positionAt(text, offset);
}

/** 1-based line and column (in UTF-16 code units, as yaml's LineCounter gives them) of an offset. */
function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
