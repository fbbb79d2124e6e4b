import { basename, dirname } from 'node:path';
import type { Position } from '../findings.js';
import { decodeRecordText, parseRecordFile } from '../registry/parse-record.js';
import { FOLDER_OF_KIND, RECORD_KINDS, type RecordKind } from '../registry/record.js';
import { parseYaml } from '../yaml/full-parse.js';
import { yamlLibrary } from '../yaml/yaml-library.js';
import { applyCanonicalLayout, stringifyRecord } from './canonical-layout.js';
import { migrateDocument, type MigrationChange } from './migrations.js';
import { recordShape, type ObjectShape } from './schema-shape.js';

export interface FormatOptions {
  /** Also apply the rewrites of older field shapes (coop fmt --migrate). */
  migrate?: boolean;
}

/** Why a file was left as it is. */
export interface FormatProblem extends Position {
  file: string;
  message: string;
}

export type FormatOutcome =
  | { ok: true; text: string; changed: boolean; migrations: MigrationChange[] }
  | { ok: false; problem: FormatProblem };

/**
 * The canonical text of one record file. A file that does not parse cleanly (YAML errors,
 * duplicate keys, tags, a byte-order mark or bad UTF-8), whose kind cannot be told, or that uses
 * anchors and aliases is reported and never rewritten; so is any file whose data would not read
 * back exactly the same from the new text, which is checked every time.
 */
export function formatRecordFile(file: string, bytes: Uint8Array, options: FormatOptions = {}): FormatOutcome {
  const parsed = parseRecordFile(file, bytes);
  const finding = parsed.findings[0];
  if (finding || !parsed.data) {
    const at = finding ?? { line: 1, column: 1, message: 'not a record' };
    return problem(file, at, `${finding ? `${finding.message} [${finding.code}]` : at.message}; not formatted`);
  }
  const kind = kindOf(file, parsed.data);
  if (!kind) return problem(file, { line: 1, column: 1 }, 'cannot tell whether this is an agreement or a programme: give it kind: and keep it under agreements/ or programmes/; not formatted');
  const text = decodeRecordText(bytes);
  if (hasAliases(parseYaml(text).doc)) return problem(file, { line: 1, column: 1 }, 'uses YAML anchors and aliases, which coop fmt does not rewrite; write the values out; not formatted');
  const shape = recordShape(kind);
  const first = layoutOnce(text, shape, options.migrate === true);
  // The yaml package re-reads some comments as belonging to a neighbouring node (a comment under
  // a list's last item, say), which can move them once more: lay out until nothing moves.
  let formatted = first.text;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = layoutOnce(formatted, shape, false).text;
    if (next === formatted) break;
    formatted = next;
  }
  const check = parseRecordFile(file, Buffer.from(formatted));
  const settled = layoutOnce(formatted, shape, false).text === formatted;
  if (!settled || check.findings.length > 0 || !sameData(check.data, first.data) || !sameComments(text, formatted)) {
    return problem(file, { line: 1, column: 1 }, 'coop fmt could not lay this file out without changing what it says or losing a comment; not formatted (please report this)');
  }
  return { ok: true, text: formatted, changed: formatted !== text, migrations: first.migrations };
}

const MAX_PASSES = 4;

/** One pass: parse, migrate when asked, lay out, print; `data` is what the text says after migration. */
function layoutOnce(text: string, shape: ObjectShape, migrate: boolean): { text: string; data: unknown; migrations: MigrationChange[] } {
  const { doc } = parseYaml(text);
  const migrations = migrate ? migrateDocument(doc, shape, text) : [];
  const data = doc.toJS() as unknown;
  applyCanonicalLayout(doc, shape);
  return { text: stringifyRecord(doc), data, migrations };
}

/** Whether both texts hold the same comments, as a multiset of their texts. */
function sameComments(before: string, after: string): boolean {
  const comments = (text: string): string[] => commentsOf(text).sort();
  const a = comments(before);
  const b = comments(after);
  return a.length === b.length && a.every((comment, i) => comment === b[i]);
}

/** Every comment in a YAML text, as written (`# ...`), found by the yaml package's lexer. */
export function commentsOf(text: string): string[] {
  const { Lexer } = yamlLibrary();
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd());
}

function problem(file: string, at: Position, message: string): FormatOutcome {
  return { ok: false, problem: { file, line: at.line, column: at.column, message } };
}

/** The kind the record declares, else the one its folder implies. */
function kindOf(file: string, data: Record<string, unknown>): RecordKind | undefined {
  if (RECORD_KINDS.includes(data.kind as RecordKind)) return data.kind as RecordKind;
  const folder = basename(dirname(file));
  return RECORD_KINDS.find((kind) => FOLDER_OF_KIND[kind] === folder);
}

function hasAliases(doc: ReturnType<typeof parseYaml>['doc']): boolean {
  const { visit } = yamlLibrary();
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** Deep equality of parsed YAML data: mappings compare without regard to key order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b as object);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b as object, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
