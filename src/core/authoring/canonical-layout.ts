import type { Document, Node, Pair, Scalar, ToStringOptions, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLibrary } from '../yaml/yaml-library.js';
import type { ObjectShape, Shape } from './schema-shape.js';

/** Lines are folded at this width: the width the shipped records' notes are written to. */
export const LINE_WIDTH = 100;

/**
 * How coop writes YAML: two-space indents, list items indented under their key. The `yaml`
 * package lets a folded line reach one column past its lineWidth, hence the 1.
 */
const TO_STRING_OPTIONS: ToStringOptions = { indent: 2, indentSeq: true, lineWidth: LINE_WIDTH - 1, minContentWidth: 40 };

interface StringifyContext {
  options: ToStringOptions;
}
interface TagLike {
  tag: string;
  format?: string;
  stringify?: (item: Scalar, ctx: StringifyContext, ...rest: unknown[]) => string;
}

const STRING_TAG = 'tag:yaml.org,2002:str';

/**
 * The document as text in coop's layout. Only folded and literal blocks are folded at the line
 * width: a plain or quoted string stays on its line, however long, because a scalar broken over
 * lines is easy to misread and to break when edited (long prose becomes a folded block instead,
 * see applyCanonicalLayout).
 */
export function stringifyRecord(doc: Document): string {
  const schema = doc.schema as unknown as { tags: TagLike[] };
  const original = schema.tags;
  schema.tags = original.map((tag) => {
    if (tag.tag !== STRING_TAG || tag.format || !tag.stringify) return tag;
    const stringify = tag.stringify;
    return {
      ...tag,
      stringify(item: Scalar, ctx: StringifyContext, ...rest: unknown[]) {
        const block = item.type === 'BLOCK_FOLDED' || item.type === 'BLOCK_LITERAL';
        return stringify(item, block ? ctx : { ...ctx, options: { ...ctx.options, lineWidth: 0 } }, ...rest);
      },
    };
  });
  try {
    return `${doc.toString(TO_STRING_OPTIONS).replace(/\n+$/, '')}\n`;
  } finally {
    schema.tags = original;
  }
}

/**
 * Rewrites a parsed record document in place into coop's one layout, changing no value:
 *
 * - keys in the order the schema lists them, at every level; keys the schema does not know
 *   (findings for validate) after them, in their own order;
 * - every non-empty list and mapping in block style (`- item` under its key), never `[a, b]`;
 * - dates double-quoted (`"2025-09-17"`), keys plain;
 * - a plain string that would run past the line width, with spaces to fold at, written as a
 *   folded block (`>-`) folded at the width (see stringifyRecord).
 *
 * Comments stay with the node they belong to and move with it; the comment lines at the top of
 * the file (the yaml-language-server modeline) stay at the top.
 */
export function applyCanonicalLayout(doc: Document, shape: ObjectShape): void {
  const { isMap } = yamlLibrary();
  const root = doc.contents;
  if (doc.directives && !doc.directives.yaml.explicit) doc.directives.docStart = null;
  if (doc.directives) doc.directives.docEnd = false;
  if (!isMap(root)) return;
  const header = takeHeader(root);
  layout(root, shape, 0, 0);
  putHeader(root, header);
}

interface Header {
  comment?: string;
  spaceBefore?: boolean;
}

/** The comment lines above the first key belong to the file, not to that key. */
function takeHeader(map: YAMLMap): Header {
  const first = map.items[0]?.key as Node | undefined;
  if (!first || typeof first !== 'object') return {};
  const header = { comment: first.commentBefore ?? undefined, spaceBefore: first.spaceBefore };
  first.commentBefore = undefined;
  first.spaceBefore = undefined;
  return header;
}

function putHeader(map: YAMLMap, header: Header): void {
  const first = map.items[0]?.key as Node | undefined;
  if (!first || typeof first !== 'object' || header.comment === undefined) return;
  first.commentBefore = first.commentBefore ? `${header.comment}\n${first.commentBefore}` : header.comment;
  first.spaceBefore = header.spaceBefore;
}

/**
 * `column` is where the node's first character sits, and `blockIndent` where the lines of a
 * block scalar in its place would start; they decide what overruns the width.
 */
function layout(node: unknown, shape: Shape | undefined, column: number, blockIndent: number): void {
  const { isMap, isSeq, isScalar } = yamlLibrary();
  if (isMap(node)) layoutMap(node, shape?.type === 'object' ? shape : undefined, column);
  else if (isSeq(node)) layoutSeq(node, shape?.type === 'array' ? shape : undefined, column);
  else if (isScalar(node)) layoutScalar(node, shape, blockIndent);
}

function layoutMap(map: YAMLMap, shape: ObjectShape | undefined, column: number): void {
  const { isScalar } = yamlLibrary();
  if (map.items.length > 0) map.flow = false;
  if (shape) sortPairs(map.items as Pair[], shape.keys);
  for (const pair of map.items as Pair[]) {
    const key = pair.key;
    const name = isScalar(key) ? String(key.value) : undefined;
    if (isScalar(key) && typeof key.value === 'string' && key.type !== 'PLAIN') key.type = 'PLAIN';
    const child = name === undefined ? undefined : shape?.properties[name];
    // A scalar follows "key: "; a collection or a block starts on the next line, two further in.
    layout(pair.value, child, isScalar(pair.value) ? column + (name?.length ?? 0) + 2 : column + 2, column + 2);
  }
}

function layoutSeq(seq: YAMLSeq, shape: Extract<Shape, { type: 'array' }> | undefined, column: number): void {
  if (seq.items.length > 0) seq.flow = false;
  // "- " then the item.
  for (const item of seq.items) layout(item, shape?.items, column + 2, column + 2);
}

function layoutScalar(scalar: Scalar, shape: Shape | undefined, blockIndent: number): void {
  if (typeof scalar.value !== 'string') return;
  if (shape?.type === 'value' && shape.defs.includes('date')) {
    scalar.type = 'QUOTE_DOUBLE';
    return;
  }
  // Only text that would still need folding as a block becomes one, so a block is never one line.
  if (scalar.type === 'PLAIN' && blockIndent + scalar.value.length > LINE_WIDTH && / \S/.test(scalar.value.trim())) {
    scalar.type = 'BLOCK_FOLDED';
  }
}

/** A stable sort: the schema's order first, then unknown keys in the order they were written. */
function sortPairs(pairs: Pair[], order: readonly string[]): void {
  const { isScalar } = yamlLibrary();
  const rank = (pair: Pair): number => {
    const index = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
    return index === -1 ? order.length : index;
  };
  const ranked = pairs.map((pair, position) => ({ pair, position, rank: rank(pair) }));
  ranked.sort((a, b) => a.rank - b.rank || a.position - b.position);
  ranked.forEach(({ pair }, i) => (pairs[i] = pair));
}
