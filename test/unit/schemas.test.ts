import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { recordValidators } from '../../src/core/schema/schema-validator.js';

const schemaFiles = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));

/** Every property schema, with the path that leads to it. */
function properties(node: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return out;
  const schema = node as Record<string, unknown>;
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    out.push([`${path}.${name}`, child as Record<string, unknown>]);
    properties(child, `${path}.${name}`, out);
  }
  for (const key of ['items', '$defs']) {
    const child = schema[key];
    if (key === '$defs') for (const [name, def] of Object.entries((child ?? {}) as object)) properties(def, `${path}#${name}`, out);
    else if (child && typeof child === 'object') {
      out.push([`${path}[]`, child as Record<string, unknown>]);
      properties(child, `${path}[]`, out);
    }
  }
  return out;
}

describe('schemas', () => {
  it.each(schemaFiles)('%s has $id, title and description, and documents every property', (file) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(file);
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
    const undocumented = properties(schema, file).filter(([, p]) => !isPureRef(p) && (!p.title || !p.description)).map(([path]) => path);
    expect(undocumented).toEqual([]);
  });

  it('record schemas reject unknown fields at every level', () => {
    for (const file of ['agreement.schema.json', 'programme.schema.json']) {
      const objects = properties(JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')), file).filter(([, p]) => p.type === 'object');
      for (const [path, p] of objects) expect(p.additionalProperties, path).toBe(false);
    }
  });

  it('are compiled at build time into validators that apply them', () => {
    const { agreement, programme } = recordValidators();
    expect(agreement({ id: 'x', kind: 'agreement' })).toBe(false);
    expect(agreement.errors?.map((e) => e.params)).toContainEqual({ missingProperty: 'parties' });
    expect(programme({ id: 'x', kind: 'programme', title: 't', modalities: ['training'], countries: [], status: 'active', sources: [{ title: 's', url: 'https://example.org' }] })).toBe(false);
    expect(programme.errors?.map((e) => `${e.instancePath} ${e.keyword}`)).toEqual(['/countries minItems']);
  });
});

/** `items: {$ref}` is documented where it points. */
function isPureRef(schema: Record<string, unknown>): boolean {
  return Object.keys(schema).length === 1 && typeof schema.$ref === 'string';
}
