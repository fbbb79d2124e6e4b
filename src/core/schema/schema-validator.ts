import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { RecordKind } from '../registry/record.js';

export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const SCHEMA_FILE: Record<RecordKind, string> = {
  agreement: 'agreement.schema.json',
  programme: 'programme.schema.json',
};
const SHARED_SCHEMA_FILE = 'defs.schema.json';

let validators: Record<RecordKind, ValidateFunction> | undefined;

/** The compiled record schemas, built once per process on first use. */
export function recordValidators(): Record<RecordKind, ValidateFunction> {
  if (!validators) {
    // verbose: errors carry the failing schema and value, which the messages quote.
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    ajv.addSchema(readSchema(SHARED_SCHEMA_FILE));
    validators = {
      agreement: ajv.compile(readSchema(SCHEMA_FILE.agreement)),
      programme: ajv.compile(readSchema(SCHEMA_FILE.programme)),
    };
  }
  return validators;
}

function readSchema(name: string): object {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as object;
}
