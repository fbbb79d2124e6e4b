import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordKind } from '../registry/record.js';
import { SCHEMA_FILE, SCHEMAS_DIR, SHARED_SCHEMA_FILE } from '../schema/schema-validator.js';

/**
 * What the schemas say about one position in a record, as far as writing and formatting a
 * record needs it: the order of an object's keys, what an array holds, and which values are
 * dates, URLs or words from a fixed list. Read from schemas/ at run time, so key order and
 * vocabularies follow whatever the schemas say, with no field list repeated in code.
 */
export type Shape = ObjectShape | ArrayShape | ValueShape;

export interface ObjectShape {
  type: 'object';
  /** Property names in the order the schema lists them. */
  keys: string[];
  properties: Record<string, Shape>;
  required: string[];
  title?: string;
  description?: string;
}

export interface ArrayShape {
  type: 'array';
  items: Shape;
  minItems?: number;
  title?: string;
  description?: string;
}

export interface ValueShape {
  type: 'value';
  /** The shared definitions the value refers to, directly or through others: date, url, country, id... */
  defs: string[];
  enum?: string[];
  const?: unknown;
  /** The regular expression a string must match, as the schema writes it. */
  pattern?: string;
  /** The JSON type the schema wants: string, integer, boolean... */
  json?: string;
  title?: string;
  description?: string;
}

type Json = Record<string, unknown>;

const shapes = new Map<RecordKind, ObjectShape>();

/** The shape of a whole record of `kind`, from the installed schemas. */
export function recordShape(kind: RecordKind): ObjectShape {
  let shape = shapes.get(kind);
  if (!shape) {
    const documents = new Map<string, Json>();
    for (const file of [SHARED_SCHEMA_FILE, ...Object.values(SCHEMA_FILE)]) {
      documents.set(file, JSON.parse(readFileSync(join(SCHEMAS_DIR, file), 'utf8')) as Json);
    }
    const built = shapeOf(documents.get(SCHEMA_FILE[kind])!, SCHEMA_FILE[kind], documents, 0);
    if (built.type !== 'object') throw new Error(`${SCHEMA_FILE[kind]} does not describe an object`);
    shape = built;
    shapes.set(kind, shape);
  }
  return shape;
}

/** The shape at a path of keys and array indexes, or undefined where the schema says nothing. */
export function shapeAt(root: Shape, path: readonly (string | number)[]): Shape | undefined {
  let shape: Shape | undefined = root;
  for (const step of path) {
    if (!shape) return undefined;
    if (typeof step === 'number') shape = shape.type === 'array' ? shape.items : undefined;
    else shape = shape.type === 'object' ? shape.properties[step] : undefined;
  }
  return shape;
}

const MAX_DEPTH = 32;

/**
 * Follows $ref (within a file or into another schema file, with JSON pointers) and merges the
 * properties of allOf/anyOf/oneOf branches. A value keeps the names of the shared definitions
 * it refers to on the way: `$defs/date` makes a date, also through another definition (a
 * "status as of" that refers to date).
 */
function shapeOf(schema: Json, file: string, documents: Map<string, Json>, depth: number): Shape {
  if (depth > MAX_DEPTH) throw new Error(`schema references nest more than ${MAX_DEPTH} deep in ${file}`);
  let node = schema;
  let nodeFile = file;
  const defs: string[] = [];
  // Sibling keywords next to $ref (title, description) describe this use; the target gives the rest.
  for (let hops = 0; typeof node.$ref === 'string'; hops++) {
    if (hops > MAX_DEPTH) throw new Error(`schema references loop in ${file}`);
    const [target, targetFile, name] = resolveRef(node.$ref, nodeFile, documents);
    if (name !== undefined) defs.push(name);
    node = { ...target, ...withoutRef(node) };
    nodeFile = targetFile;
  }
  const annotations = { title: node.title as string | undefined, description: node.description as string | undefined };
  const type = node.type;
  if (type === 'object' || node.properties) {
    const keys: string[] = [];
    const properties: Record<string, Shape> = {};
    const required = new Set<string>(Array.isArray(node.required) ? (node.required as string[]) : []);
    for (const part of [node, ...branches(node)]) {
      for (const [key, sub] of Object.entries((part.properties ?? {}) as Record<string, Json>)) {
        if (key in properties) continue;
        keys.push(key);
        properties[key] = shapeOf(sub, nodeFile, documents, depth + 1);
      }
    }
    return { type: 'object', keys, properties, required: keys.filter((k) => required.has(k)), ...annotations };
  }
  if (type === 'array' || node.items) {
    const items = node.items && typeof node.items === 'object' ? shapeOf(node.items as Json, nodeFile, documents, depth + 1) : ({ type: 'value', defs: [] } as ValueShape);
    return { type: 'array', items, minItems: typeof node.minItems === 'number' ? node.minItems : undefined, ...annotations };
  }
  return {
    type: 'value',
    defs,
    enum: Array.isArray(node.enum) ? (node.enum as string[]) : undefined,
    const: node.const,
    pattern: typeof node.pattern === 'string' ? node.pattern : undefined,
    json: typeof type === 'string' ? type : undefined,
    ...annotations,
  };
}

function withoutRef(node: Json): Json {
  const { $ref: _ignored, ...rest } = node;
  return rest;
}

function branches(node: Json): Json[] {
  return ['allOf', 'anyOf', 'oneOf'].flatMap((k) => (Array.isArray(node[k]) ? (node[k] as Json[]) : []));
}

/** The schema a $ref points to, its file, and the name of the shared definition it is under. */
function resolveRef(ref: string, file: string, documents: Map<string, Json>): [Json, string, string | undefined] {
  const [path, pointer = ''] = ref.split('#', 2) as [string, string?];
  const targetFile = path === '' ? file : path;
  let node: unknown = documents.get(targetFile);
  if (node === undefined) throw new Error(`${file} refers to ${ref}, but ${targetFile} is not one of the schemas`);
  const steps = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const step of steps) {
    node = (node as Json | undefined)?.[step];
    if (node === undefined) throw new Error(`${file} refers to ${ref}, which does not exist`);
  }
  const name = steps[0] === '$defs' && steps.length === 2 ? steps[1] : undefined;
  return [node as Json, targetFile, name];
}
