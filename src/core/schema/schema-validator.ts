import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Agreement, CoopRecord, Programme } from '../model.js';
import { PACKAGE_ROOT } from '../paths.js';
import type { RecordKind } from '../registry/record.js';

export const SCHEMAS_DIR = join(PACKAGE_ROOT, 'schemas');
export const SCHEMA_FILE: Record<RecordKind, string> = {
  agreement: 'agreement.schema.json',
  programme: 'programme.schema.json',
};
export const SHARED_SCHEMA_FILE = 'defs.schema.json';

/** Written by `npm run build` (src/build/compile-schemas.ts) from schemas/. */
export const COMPILED_VALIDATORS = join(PACKAGE_ROOT, 'dist', 'core', 'schema', 'validators.cjs');

/**
 * Ajv options the validators are compiled with. verbose: errors carry the failing schema and
 * value, which the messages quote. strictRequired is off because anyOf branches list required
 * fields that the branch itself does not define.
 */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictRequired: false } as const;

/** A kind's validator: a type guard, so data that passed its schema is typed as that record. */
export interface RecordValidators {
  agreement: ValidateFunction<Agreement>;
  programme: ValidateFunction<Programme>;
}

let validators: RecordValidators | undefined;

/**
 * The record validators. They are compiled from schemas/ at build time, because compiling them
 * at every start cost about 100 ms, more than the rest of a `coop validate` run.
 */
export function recordValidators(): RecordValidators {
  // The module is the standalone code Ajv wrote for these schemas (compile-schemas.ts).
  validators ??= createRequire(import.meta.url)(COMPILED_VALIDATORS) as RecordValidators;
  return validators;
}

/**
 * The data of a file that has no errors, as the record type its schema proves it is. It passed
 * the schema in this run, or in the run whose results the parse cache keeps: the cache trusts
 * only its own build, and the build id hashes the schemas. Running the validator again to
 * convince the type checker cost a warm 10,000-record query about 100 ms (a sixth of it) and
 * loaded Ajv's code on every query, so this is the one place that asserts the type instead.
 */
export function passedSchema(data: Record<string, unknown>): CoopRecord {
  return data as unknown as CoopRecord;
}
