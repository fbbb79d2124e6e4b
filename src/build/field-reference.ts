// The README's field reference, generated from schemas/ so that the two cannot drift apart.
// `npm run docs:fields` writes it between the markers below; a test fails when it is stale.

export const START_MARKER = '<!-- fields:start (generated from schemas/ by npm run docs:fields; do not edit) -->';
export const END_MARKER = '<!-- fields:end -->';

type Schema = Record<string, unknown> & {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

export interface SchemaSet {
  agreement: Schema;
  programme: Schema;
  defs: Schema;
}

/** Shared objects described once, in their own table, and referred to by name elsewhere. */
const SHARED: Record<string, string> = { source: 'Source', commitment: 'Commitment', due: 'Due', person: 'Person', organisation: 'Organisation' };
/** What simple shared definitions are called in the type column. */
const SIMPLE: Record<string, string> = {
  id: 'id',
  date: 'date',
  statusAsOf: 'date',
  duration: 'duration',
  country: 'country code',
  text: 'text',
  notes: 'text',
  sourceRef: 'source id',
  titleDescriptive: '`true` \\| `false`',
  area: 'health area',
  url: 'URL',
};

/** The Markdown of the field reference: one table per record kind, then the shared objects and the health areas. */
export function fieldReference(schemas: SchemaSet): string {
  const out: string[] = [];
  for (const kind of ['agreement', 'programme'] as const) {
    const schema = schemas[kind];
    out.push(`### ${schema.title ?? kind} fields`, '', paragraph(schema.description), '', ...table(rows(schemas, schema, '', schemas[kind])), '');
  }
  for (const [def, name] of Object.entries(SHARED)) {
    const schema = schemas.defs.$defs ? ((schemas.defs.$defs as Record<string, Schema>)[def] ?? {}) : {};
    out.push(`### ${name}`, '', paragraph(schema.description), '', ...table(rows(schemas, schema, '', schemas.defs)), '');
  }
  out.push(...areaTable(schemas.defs));
  return `${out.join('\n').trimEnd()}\n`;
}

/** README with the reference between its markers replaced. */
export function withFieldReference(readme: string, reference: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER}`);
  return `${readme.slice(0, start + START_MARKER.length)}\n\n${reference}\n${readme.slice(end)}`;
}

interface Row {
  field: string;
  type: string;
  required: boolean;
  meaning: string;
}

function table(list: Row[]): string[] {
  return ['| field | type | required | meaning |', '|---|---|---|---|', ...list.map((r) => `| \`${r.field}\` | ${r.type} | ${r.required ? 'yes' : ''} | ${cell(r.meaning)} |`)];
}

function rows(schemas: SchemaSet, schema: Schema, prefix: string, file: Schema): Row[] {
  const out: Row[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const field = `${prefix}${name}`;
    const { schema: target, def, file: targetFile } = deref(schemas, node, file);
    out.push({ field, type: typeText(schemas, node, file), required: (schema.required ?? []).includes(name), meaning: node.description ?? target.description ?? '' });
    if (def && def in SHARED) continue;
    if (target.type === 'object' && target.properties) out.push(...rows(schemas, target, `${field}.`, targetFile));
    if (target.type === 'array' && target.items) {
      const item = deref(schemas, target.items, targetFile);
      if (item.def && item.def in SHARED) continue;
      if (item.schema.type === 'object' && item.schema.properties) out.push(...rows(schemas, item.schema, `${field}[].`, item.file));
    }
  }
  return out;
}

function typeText(schemas: SchemaSet, node: Schema, file: Schema): string {
  const { schema, def, file: targetFile } = deref(schemas, node, file);
  if (def && def in SHARED) return `${SHARED[def]!.toLowerCase()} (see ${SHARED[def]})`;
  if (def && def in SIMPLE && !schema.enum) return SIMPLE[def]!;
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (schema.type === 'array' && schema.items) {
    const item = deref(schemas, schema.items, targetFile);
    if (item.def === 'area') return 'list of health areas (see Health areas)';
    return `list of ${item.def && item.def in SHARED ? `${SHARED[item.def]!.toLowerCase()}s (see ${SHARED[item.def]})` : typeText(schemas, schema.items, targetFile)}`;
  }
  if (schema.type === 'object') return 'mapping';
  if (schema.type === 'boolean') return schema.const === undefined ? '`true` \\| `false`' : `\`${String(schema.const)}\``;
  if (schema.type === 'integer') return 'whole number';
  if ((node.title ?? '').includes('URL')) return 'URL';
  return def && SIMPLE[def] ? SIMPLE[def]! : 'text';
}

/** Follows $refs to the schema they name; `def` is the first shared definition passed through. */
function deref(schemas: SchemaSet, node: Schema, file: Schema): { schema: Schema; def?: string; file: Schema } {
  let current = node;
  let currentFile = file;
  let def: string | undefined;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const [where, pointer = ''] = current.$ref.split('#');
    if (where === 'defs.schema.json') currentFile = schemas.defs;
    const parts = pointer.split('/').filter(Boolean);
    if (parts[0] === '$defs' && parts.length === 2) def ??= parts[1];
    let target: unknown = currentFile;
    for (const part of parts) target = (target as Record<string, unknown>)?.[part];
    current = (target ?? {}) as Schema;
  }
  return { schema: current, def, file: currentFile };
}

function areaTable(defs: Schema): string[] {
  const codes = ((defs.$defs as Record<string, Schema>).crsCodes ?? {}) as Schema;
  const lines = [
    '### Health areas',
    '',
    paragraph(codes.description),
    '',
    '| area | label | CRS purpose codes | notes |',
    '|---|---|---|---|',
    ...Object.entries(codes.properties ?? {}).map(([area, node]) => {
      const list = (node.const as string[]).map((c) => `\`${c}\``).join(', ') || 'none';
      return `| \`${area}\` | ${cell(node.title ?? '')} | ${list} | ${cell(node.description ?? '')} |`;
    }),
  ];
  return lines;
}

function paragraph(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function cell(text: string): string {
  return paragraph(text).replace(/\|/g, '\\|');
}
