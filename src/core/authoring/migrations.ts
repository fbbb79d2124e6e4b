import { domainToASCII } from 'node:url';
import type { Document, Scalar } from 'yaml';
import { yamlLibrary } from '../yaml/yaml-library.js';
import { shapeAt, type ObjectShape, type ValueShape } from './schema-shape.js';

/**
 * A rewrite of a field shape that coop once accepted, or that older tools write, into the shape
 * the schemas want now, keeping what it means. `coop fmt --migrate` applies every rule; each is
 * documented in the README ("coop fmt --migrate") and has a fixture under test/fixtures/fmt/.
 */
export interface Migration {
  id: string;
  /** One line: what it rewrites and why. */
  summary: string;
  /** Rewrites `value` at a position of `shape`; undefined to leave it. */
  rewrite(value: unknown, shape: ValueShape, source: string): unknown;
}

export interface MigrationChange {
  rule: string;
  /** The field, as `sources[0].url`. */
  field: string;
  before: unknown;
  after: unknown;
}

// The URL pattern of schemas/defs.schema.json since 0391f5d; before it, a source's url only had
// to start with http:// or https://.
const URL_CHARACTERS = /[!#$%&'()*+,./0-9:;=?@A-Z[\]_a-z~-]/;
const URL_START = /^(https?:\/\/)([^/?#]*)(.*)$/is;
const HOST = /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 'url-percent-encoding',
    summary: 'A source url with spaces, quotes, angle brackets or non-ASCII letters, which schemas before 0391f5d accepted, is percent-encoded (an IDN host becomes punycode) so it passes today\'s url pattern and still points to the same page.',
    rewrite(value, shape) {
      if (!shape.defs.includes('url') || typeof value !== 'string') return undefined;
      if (shape.pattern && new RegExp(shape.pattern, 'u').test(value)) return undefined;
      const match = URL_START.exec(value.trim());
      if (!match) return undefined;
      const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
      const [host, port] = splitPort(authority);
      const asciiHost = domainToASCII(host);
      if (asciiHost === '') return undefined;
      const encoded = `${scheme.toLowerCase()}${asciiHost}${port}${percentEncode(rest)}`;
      if (!HOST.test(`${asciiHost}${port}`) || (shape.pattern && !new RegExp(shape.pattern, 'u').test(encoded))) return undefined;
      return encoded === value ? undefined : encoded;
    },
  },
  {
    id: 'date-year-number',
    summary: 'A date written as a bare year (published: 2025), which YAML reads as a number and older tools write, becomes the string "2025" that the date fields want.',
    rewrite(value, shape, source) {
      if (!shape.defs.includes('date') || typeof value !== 'number' || !/^[0-9]{4}$/.test(source.trim())) return undefined;
      return source.trim();
    },
  },
];

/** Applies every migration to the document in place and lists what changed. */
export function migrateDocument(doc: Document, shape: ObjectShape, text: string): MigrationChange[] {
  const { visit } = yamlLibrary();
  const changes: MigrationChange[] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key') return;
      const fieldPath = pathOf(path, node);
      const at = shapeAt(shape, fieldPath);
      if (at?.type !== 'value') return;
      const source = node.range ? text.slice(node.range[0], node.range[1]) : String(node.value);
      for (const rule of MIGRATIONS) {
        const after = rule.rewrite(node.value, at, source);
        if (after === undefined) continue;
        changes.push({ rule: rule.id, field: fieldName(fieldPath), before: node.value, after });
        // A number that became a string must be quoted, or it would be read as a number again.
        if (typeof node.value !== 'string' && typeof after === 'string') (node as Scalar).type = 'QUOTE_DOUBLE';
        (node as Scalar).value = after;
        break;
      }
    },
  });
  return changes;
}

/** The record path of a node from the ancestors `visit` gives: keys and list indexes. */
function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const { isPair, isScalar, isSeq } = yamlLibrary();
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    if (isPair(parent) && isScalar(parent.key)) path.push(String(parent.key.value));
    else if (isSeq(parent)) path.push(parent.items.indexOf(chain[i + 1] as never));
  }
  return path;
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function splitPort(authority: string): [string, string] {
  const match = /^(.*?)(:[0-9]{1,5})?$/.exec(authority)!;
  return [match[1]!, match[2] ?? ''];
}

function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    out += URL_CHARACTERS.test(char) ? char : [...Buffer.from(char, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}
