import { resolvePlain } from './core-scalars.js';

// Record files are nearly always written in a small part of YAML: block mappings and sequences,
// one-line plain and quoted scalars, `[a, b]` lists, and `|` or `>` text. This reads that part a
// line at a time, several times faster than a general parser, and declines everything else,
// which then goes to js-yaml and, past that, to the `yaml` package. Declining is always safe,
// so whatever is unusual is declined rather than interpreted: tabs, CR, document markers,
// anchors, tags, quoted keys, escapes, multi-line plain or quoted scalars, flow mappings,
// indentless sequences, more-indented or leading blank lines in block scalars, and any error.

const DECLINE = Symbol('decline');

// Keys that YAML reads as null or a boolean, not as text.
const NOT_TEXT_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// A plain scalar may not start with an indicator; `-`, `?` and `:` may when a non-space follows.
const INDICATOR_START = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?: |$))/;
const FLOW_ITEM = /^[^[\]{},#&*!|>'"%@`?:\s-][^[\]{},#:]*$/;
const FLOW_PAIR = /^([A-Za-z][A-Za-z0-9_-]*): +(?:"([^"\\[\]{},]*)"|([^[\]{},#&*!|>'"%@`?:\s-][^[\]{},#:]*))$/;
const BLOCK_HEADERS = new Set(['|', '|-', '>', '>-']);
// YAML allows an implicit key of at most 1024 characters.
const MAX_KEY_LENGTH = 1024;
// Records nest a few levels; past this, the text is left to the parsers that report depth.
const MAX_DEPTH = 64;

/** The record's mapping when the text lies wholly inside the subset this reader knows; otherwise undefined. */
export function subsetLoad(source: string): Record<string, unknown> | undefined {
  return read(source, false)?.data;
}

/**
 * Where a node starts (an offset into the text), and for block mappings and sequences, where
 * their parts start: what the `yaml` package's node ranges say, for a text this reader reads.
 */
export interface NodePosition {
  /** Undefined for an empty value, whose place yaml gives in a way this reader does not follow. */
  start?: number;
  /** A block mapping's keys: where each key and its value start. */
  entries?: Map<string, { key: number; value: NodePosition }>;
  /** A block sequence's items. */
  items?: NodePosition[];
  /** A one-line `[...]` or `{...}`, whose parts are not tracked. */
  flow?: boolean;
}

/** Where the nodes of a text in the subset start, for locating findings without the full parser; undefined when it is not in the subset. */
export function subsetPositions(source: string): NodePosition | undefined {
  return read(source, true)?.positions;
}

function read(source: string, track: boolean): { data: Record<string, unknown>; positions?: NodePosition } | undefined {
  if (source.includes('\t') || source.includes('\r')) return undefined;
  try {
    const reader = new SubsetReader(source, track);
    const data = reader.document();
    return { data, positions: reader.last };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

// YAML's white space is space and tab (and tabs are declined): String.prototype.trim would also
// take no-break spaces, byte-order marks and line separators, which are text in YAML.
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const decline = (): never => {
  throw DECLINE;
};

// Character codes.
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isKeyCharacter = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === DASH;

/**
 * Reads the source in place, a line at a time: the current line is [start, end) after its
 * indentation, and nothing is cut out of the text but keys and values.
 */
class SubsetReader {
  /** Where the current line begins. */
  private position = 0;
  /** Whether the fields below describe the line at `position`. */
  private ready = false;
  private indent = 0;
  private start = 0;
  private end = 0;

  /** How many mappings and sequences enclose the one being read. */
  private depth = 0;
  /** When tracking, the position of the node read last. */
  last: NodePosition | undefined;

  constructor(
    private readonly source: string,
    private readonly track = false,
  ) {}

  document(): Record<string, unknown> {
    if (!this.nextContent() || this.indent !== 0) decline();
    const data = this.mapping(0);
    if (this.nextContent()) decline();
    return data;
  }

  /** Moves to the next line that is neither blank nor only a comment, without consuming it; false at the end. */
  private nextContent(): boolean {
    if (this.ready) return true;
    const source = this.source;
    while (this.position < source.length) {
      const end = lineEnd(source, this.position);
      let start = this.position;
      while (source.charCodeAt(start) === SPACE) start++;
      if (start < end && source.charCodeAt(start) !== HASH) {
        if (start === this.position && (source.startsWith('---', start) || source.startsWith('...', start))) decline();
        this.indent = start - this.position;
        this.start = start;
        this.end = end;
        this.ready = true;
        return true;
      }
      this.position = end + 1;
    }
    return false;
  }

  private consume(): void {
    this.position = this.end + 1;
    this.ready = false;
  }

  /** Whether the text at `at` on the current line is `-` followed by a space or the end of the line. */
  private isDash(at: number): boolean {
    return this.source.charCodeAt(at) === DASH && (at + 1 === this.end || this.source.charCodeAt(at + 1) === SPACE);
  }

  /** The index of the colon of a plain-word key at `at` (`key:` then spaces or the end of the line), or -1. */
  private keyColon(at: number): number {
    const source = this.source;
    if (!isLetter(source.charCodeAt(at))) return -1;
    let i = at + 1;
    while (i < this.end && isKeyCharacter(source.charCodeAt(i))) i++;
    if (source.charCodeAt(i) !== COLON || i - at > MAX_KEY_LENGTH) return -1;
    return i + 1 === this.end || source.charCodeAt(i + 1) === SPACE ? i : -1;
  }

  private node(indent: number): unknown {
    return this.isDash(this.start) ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) decline();
    const source = this.source;
    const data: Record<string, unknown> = {};
    const node: NodePosition | undefined = this.track ? { start: this.start, entries: new Map() } : undefined;
    while (this.nextContent() && this.indent >= indent) {
      if (this.indent > indent) decline();
      const colon = this.keyColon(this.start);
      if (colon === -1) decline();
      const key = this.start;
      const name = source.slice(key, colon);
      if (NOT_TEXT_KEYS.has(name) || name === '__proto__' || Object.hasOwn(data, name)) decline();
      let value = colon + 1;
      while (value < this.end && source.charCodeAt(value) === SPACE) value++;
      data[name] = this.value(value, indent, true);
      node?.entries!.set(name, { key, value: this.last! });
    }
    this.last = node;
    this.depth--;
    return data;
  }

  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) decline();
    const source = this.source;
    const items: unknown[] = [];
    const node: NodePosition | undefined = this.track ? { start: this.start, items: [] } : undefined;
    while (this.nextContent() && this.indent >= indent) {
      const rest = this.start + 2;
      if (this.indent > indent || source.charCodeAt(this.start) !== DASH || source.charCodeAt(this.start + 1) !== SPACE) decline();
      if (rest >= this.end || source.charCodeAt(rest) === SPACE || this.isDash(rest)) decline();
      if (this.keyColon(rest) !== -1) {
        // `- key: value` opens a mapping whose keys line up after the dash: the line now reads as its first key.
        this.indent = indent + 2;
        this.start = rest;
        items.push(this.mapping(indent + 2));
      } else {
        items.push(this.value(rest, indent, false));
      }
      node?.items!.push(this.last!);
    }
    this.last = node;
    this.depth--;
    return items;
  }

  /** The value from `at` to the end of the current line, after `key:` or `- `; `indent` is the key's or dash's. */
  private value(at: number, indent: number, afterKey: boolean): unknown {
    const rest = this.source.slice(at, this.end);
    this.consume();
    if (rest === '' || rest.startsWith('#')) {
      if (!afterKey) decline();
      this.last = this.track ? {} : undefined;
      if (!this.nextContent() || this.indent < indent) return null;
      if (this.indent === indent) {
        // A sequence at the key's own indentation (indentless) is valid YAML, but not read here.
        if (this.isDash(this.start)) decline();
        return null;
      }
      return this.node(this.indent);
    }
    if (this.track) this.last = rest[0] === '[' || rest[0] === '{' ? { start: at, flow: true } : { start: at };
    let value: unknown;
    if ((rest[0] === '|' || rest[0] === '>') && BLOCK_HEADERS.has(trimSpaces(rest))) return this.blockScalar(trimSpaces(rest), indent);
    if (rest.startsWith('"')) value = this.doubleQuoted(rest);
    else if (rest.startsWith("'")) value = this.singleQuoted(rest);
    else if (rest.startsWith('[')) value = this.flowSequence(rest);
    else if (rest.startsWith('{')) value = this.flowMapping(rest);
    else value = this.plain(rest);
    // A more indented line after a one-line scalar would continue it (or be an error).
    if (this.nextContent() && this.indent > indent) decline();
    return value;
  }

  private plain(rest: string): unknown {
    const comment = rest.indexOf(' #');
    const text = trimSpaces(comment === -1 ? rest : rest.slice(0, comment));
    if (INDICATOR_START.test(text) || text.includes(': ') || text.endsWith(':')) decline();
    return resolvePlain(text);
  }

  private doubleQuoted(rest: string): string {
    const end = rest.indexOf('"', 1);
    if (end === -1) decline();
    const text = rest.slice(1, end);
    if (text.includes('\\')) decline();
    this.nothingAfter(rest.slice(end + 1));
    return text;
  }

  private singleQuoted(rest: string): string {
    let end = 1;
    for (;;) {
      end = rest.indexOf("'", end);
      if (end === -1) decline();
      if (rest[end + 1] !== "'") break;
      end += 2;
    }
    this.nothingAfter(rest.slice(end + 1));
    return rest.slice(1, end).replaceAll("''", "'");
  }

  private flowSequence(rest: string): unknown[] {
    const end = rest.indexOf(']');
    if (end === -1) decline();
    this.nothingAfter(rest.slice(end + 1));
    const inner = trimSpaces(rest.slice(1, end));
    if (inner === '') return [];
    return inner.split(',').map((item) => {
      const text = trimSpaces(item);
      if (!FLOW_ITEM.test(text)) decline();
      return resolvePlain(text);
    });
  }

  /** `{key: value, ...}` on one line, of plain words and simple double-quoted text. */
  private flowMapping(rest: string): Record<string, unknown> {
    const end = rest.indexOf('}');
    if (end === -1) decline();
    this.nothingAfter(rest.slice(end + 1));
    const data: Record<string, unknown> = {};
    const inner = trimSpaces(rest.slice(1, end));
    if (inner === '') return data;
    for (const pair of inner.split(',')) {
      const match = FLOW_PAIR.exec(trimSpaces(pair));
      if (!match) decline();
      const [, name, quoted, plain] = match!;
      if (name!.length > MAX_KEY_LENGTH || NOT_TEXT_KEYS.has(name!) || name === '__proto__' || Object.hasOwn(data, name!)) decline();
      data[name!] = quoted ?? resolvePlain(plain!);
    }
    return data;
  }

  /** After a closing quote or bracket: only spaces and a comment. */
  private nothingAfter(after: string): void {
    const trimmed = trimSpaces(after);
    if (trimmed !== '' && !(trimmed.startsWith('#') && trimmed.length < after.length)) decline();
  }

  /** `|` keeps line breaks, `>` folds them into spaces; `-` drops the final line break. */
  private blockScalar(header: string, indent: number): string {
    const source = this.source;
    let contentIndent = -1;
    let lines = 0;
    let blankRun = 0;
    let text = '';
    while (this.position < source.length) {
      const end = lineEnd(source, this.position);
      let start = this.position;
      while (source.charCodeAt(start) === SPACE) start++;
      const lineIndent = start - this.position;
      if (start === end) {
        // A blank line with spaces on it is text of its own in some layouts; not read here.
        if (lineIndent > 0 || contentIndent === -1) decline();
        blankRun++;
        this.position = end + 1;
        continue;
      }
      if (contentIndent === -1) {
        if (lineIndent <= indent) decline();
        contentIndent = lineIndent;
      }
      if (lineIndent < contentIndent) {
        if (lineIndent > indent) decline();
        break;
      }
      if (lineIndent > contentIndent) decline();
      const line = source.slice(start, end);
      if (lines === 0) text = line;
      else if (header.startsWith('>')) text += `${blankRun > 0 ? '\n'.repeat(blankRun) : ' '}${line}`;
      else text += `${'\n'.repeat(blankRun + 1)}${line}`;
      lines++;
      blankRun = 0;
      this.position = end + 1;
    }
    this.ready = false;
    if (lines === 0) decline();
    return header.endsWith('-') ? text : `${text}\n`;
  }
}

function lineEnd(source: string, from: number): number {
  const end = source.indexOf('\n', from);
  return end === -1 ? source.length : end;
}
