import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import { schemaFindings } from './schema-findings.js';
import { recordValidators } from './schema-validator.js';

/** The record checked against its kind's schema; a record of no known kind gets one finding. */
export function recordSchemaFindings(record: LoadedRecord): Finding[] {
  const kind = record.kind;
  if (!kind) {
    const path = 'kind' in record.data ? ['kind'] : [];
    return [record.finding(path, 'invalid-enum', 'kind must be "agreement" or "programme"; it decides which schema the record follows')];
  }
  const validate = recordValidators()[kind];
  return validate(record.data) ? [] : schemaFindings(record, validate.errors ?? []);
}
