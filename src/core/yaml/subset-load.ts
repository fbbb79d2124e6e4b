import { resolvePlain } from './core-scalars.js';

// Record files are nearly always written in a small part of YAML: block mappings and sequences,
// one-line plain and quoted scalars, `[a, b]` lists, and `|` or `>` text. This reads that part a
// line at a time, several times faster than a general parser, and declines everything else,
// which then goes to js-yaml and, past that, to the `yaml` package. Declining is always safe,
// so whatever is unusual is declined rather than interpreted: tabs, CR, document markers,
// anchors, tags, quoted keys, escapes, multi-line plain or quoted scalars, flow mappings,
// indentless sequences, more-indented or leading blank lines in block scalars, and any error.

const DECLINE = Symbol('decline');

// A key this reader accepts: a plain word. Quoted, numeric and other keys are declined.
const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: +|$)/;
// Keys that YAML reads as null or a boolean, not as text.
const NOT_TEXT_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// A plain scalar may not start with an indicator; `-`, `?` and `:` may when a non-space follows.
const INDICATOR_START = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?: |$))/;
const FLOW_ITEM = /^[^[\]{},#&*!|>'"%@`?:\s-][^[\]{},#:]*$/;
const FLOW_PAIR = /^([A-Za-z][A-Za-z0-9_-]*): +(?:"([^"\\[\]{},]*)"|([^[\]{},#&*!|>'"%@`?:\s-][^[\]{},#:]*))$/;
const BLOCK_HEADERS = new Set(['|', '|-', '>', '>-']);

interface Line {
  indent: number;
  /** The line after its indentation. */
  text: string;
}

/** The record's mapping when the text lies wholly inside the subset this reader knows; otherwise undefined. */
export function subsetLoad(source: string): Record<string, unknown> | undefined {
  if (source.includes('\t') || source.includes('\r')) return undefined;
  try {
    return new SubsetReader(source).document();
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

class SubsetReader {
  private readonly lines: Line[];
  private position = 0;

  constructor(source: string) {
    const raw = source.split('\n');
    if (raw.at(-1) === '') raw.pop();
    this.lines = raw.map((line) => {
      let indent = 0;
      while (line.charCodeAt(indent) === 32) indent++;
      return { indent, text: indent === 0 ? line : line.slice(indent) };
    });
  }

  document(): Record<string, unknown> {
    const first = this.nextContent();
    if (first === undefined || first.indent !== 0) decline();
    const data = this.mapping(0);
    if (this.nextContent() !== undefined) decline();
    return data;
  }

  /** The next line that is neither blank nor only a comment, left unconsumed. */
  private nextContent(): Line | undefined {
    while (this.position < this.lines.length) {
      const line = this.lines[this.position]!;
      if (line.text !== '' && !line.text.startsWith('#')) {
        if (line.indent === 0 && (line.text.startsWith('---') || line.text.startsWith('...'))) decline();
        return line;
      }
      this.position++;
    }
    return undefined;
  }

  private node(indent: number): unknown {
    const line = this.lines[this.position]!;
    return line.text === '-' || line.text.startsWith('- ') ? this.sequence(indent) : this.mapping(indent);
  }

  private mapping(indent: number): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (let line = this.nextContent(); line !== undefined && line.indent >= indent; line = this.nextContent()) {
      if (line.indent > indent) decline();
      const key = KEY.exec(line.text);
      if (!key) decline();
      const name = key![1]!;
      if (NOT_TEXT_KEYS.has(name) || name === '__proto__' || Object.hasOwn(data, name)) decline();
      data[name] = this.value(line.text.slice(key![0].length), indent, true);
    }
    return data;
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.nextContent(); line !== undefined && line.indent >= indent; line = this.nextContent()) {
      if (line.indent > indent || !line.text.startsWith('- ')) decline();
      const rest = line.text.slice(2);
      if (rest.startsWith(' ') || rest === '' || rest.startsWith('- ') || rest === '-') decline();
      if (KEY.test(rest)) {
        // `- key: value` opens a mapping whose keys line up after the dash.
        this.lines[this.position] = { indent: indent + 2, text: rest };
        items.push(this.mapping(indent + 2));
      } else {
        items.push(this.value(rest, indent, false));
      }
    }
    return items;
  }

  /** The value after `key:` or `- ` on the current line; `indent` is the key's or dash's. */
  private value(rest: string, indent: number, afterKey: boolean): unknown {
    this.position++;
    if (rest === '' || rest.startsWith('#')) {
      if (!afterKey) decline();
      const next = this.nextContent();
      if (next === undefined || next.indent < indent) return null;
      if (next.indent === indent) {
        // A sequence at the key's own indentation (indentless) is valid YAML, but not read here.
        if (next.text === '-' || next.text.startsWith('- ')) decline();
        return null;
      }
      return this.node(next.indent);
    }
    let value: unknown;
    if ((rest[0] === '|' || rest[0] === '>') && BLOCK_HEADERS.has(trimSpaces(rest))) return this.blockScalar(trimSpaces(rest), indent);
    if (rest.startsWith('"')) value = this.doubleQuoted(rest);
    else if (rest.startsWith("'")) value = this.singleQuoted(rest);
    else if (rest.startsWith('[')) value = this.flowSequence(rest);
    else if (rest.startsWith('{')) value = this.flowMapping(rest);
    else value = this.plain(rest);
    // A more indented line after a one-line scalar would continue it (or be an error).
    const next = this.nextContent();
    if (next !== undefined && next.indent > indent) decline();
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
      if (NOT_TEXT_KEYS.has(name!) || name === '__proto__' || Object.hasOwn(data, name!)) decline();
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
    const parts: string[] = [];
    let contentIndent = -1;
    let blankRun = 0;
    let folded = '';
    while (this.position < this.lines.length) {
      const line = this.lines[this.position]!;
      if (line.text === '') {
        // A blank line with spaces on it is text of its own in some layouts; not read here.
        if (line.indent > 0 || contentIndent === -1) decline();
        blankRun++;
        this.position++;
        continue;
      }
      if (contentIndent === -1) {
        if (line.indent <= indent) decline();
        contentIndent = line.indent;
      }
      if (line.indent < contentIndent) {
        if (line.indent > indent) decline();
        break;
      }
      if (line.indent > contentIndent) decline();
      parts.push(line.text);
      if (header.startsWith('>')) folded += parts.length === 1 ? line.text : `${blankRun > 0 ? '\n'.repeat(blankRun) : ' '}${line.text}`;
      else folded += parts.length === 1 ? line.text : `${'\n'.repeat(blankRun + 1)}${line.text}`;
      blankRun = 0;
      this.position++;
    }
    if (parts.length === 0) decline();
    return header.endsWith('-') ? folded : `${folded}\n`;
  }
}
