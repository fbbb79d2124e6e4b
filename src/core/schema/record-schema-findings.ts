import type { Finding } from '../findings.js';
import { RECORD_KINDS, type LoadedRecord } from '../registry/record.js';
import { wordHint } from '../word-hint.js';
import { schemaFindings } from './schema-findings.js';
import { recordValidators } from './schema-validator.js';

/** The record checked against its kind's schema; a record of no known kind gets one finding. */
export function recordSchemaFindings(record: LoadedRecord): Finding[] {
  const kind = record.kind;
  if (!kind) {
    const why = 'it decides which schema the record follows';
    const given = record.data.kind;
    if (given === undefined) return [record.finding([], 'missing-property', `missing required field "kind": agreement or programme; ${why}`)];
    const hint = typeof given === 'string' ? wordHint(given, RECORD_KINDS) : '';
    return [record.finding(['kind'], 'invalid-enum', `kind is ${JSON.stringify(given)}; it must be "agreement" or "programme" (${why})${hint}`)];
  }
  const validate = recordValidators()[kind];
  return validate(record.data) ? [] : schemaFindings(record, validate.errors ?? []);
}
