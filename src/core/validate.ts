import { recordValidators } from './schema/schema-validator.js';
import { schemaFindings } from './schema/schema-findings.js';
import { checkCommitments } from './checks/commitments.js';
import { checkCountries } from './checks/countries.js';
import { checkDates } from './checks/dates.js';
import { checkIdentity } from './checks/identity.js';
import { checkReferences } from './checks/references.js';
import { checkHistory } from './checks/history.js';
import { checkSources } from './checks/sources.js';
import { checkStatus } from './checks/status.js';
import type { Check, CheckContext } from './checks/check.js';
import { compareFindings, type Finding } from './findings.js';
import { loadRegistry, type LoadedRegistry } from './registry/load-registry.js';
import type { LoadedRecord } from './registry/record.js';

const CHECKS: readonly Check[] = [checkIdentity, checkCountries, checkDates, checkReferences, checkSources, checkCommitments, checkStatus, checkHistory];

export interface ValidateInput {
  registryDir: string;
  /** Report findings only in these files (absolute paths); the whole registry is still loaded and checked. */
  only?: readonly string[];
  /** YYYY-MM-DD: the day status-date warnings compare against. */
  asOf: string;
  /** Warnings count as errors. */
  strict?: boolean;
}

export interface ValidationResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  filesChecked: number;
}

/** Loads the registry and runs every check over it, returning all findings sorted by place. */
export function validateRegistry({ registryDir, only, asOf, strict = false }: ValidateInput): ValidationResult {
  const registry = loadRegistry(registryDir, only);
  let findings = findProblems(registry, asOf);
  if (only) {
    const wanted = new Set(only);
    findings = findings.filter((f) => wanted.has(f.file));
  }
  if (strict) findings = findings.map((f) => ({ ...f, severity: 'error' as const }));
  findings = dedupe(findings).sort(compareFindings);
  attachLineTexts(findings, registry.texts);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const filesChecked = only ? only.length : registry.files.length;
  return { findings, errors, warnings: findings.length - errors, filesChecked };
}

/** Every finding in a loaded registry: file problems, schema errors and cross-record checks. */
export function findProblems(registry: LoadedRegistry, asOf: string): Finding[] {
  const context: CheckContext = { records: registry.records, byId: indexById(registry.records), registryDir: registry.dir, asOf };
  return [...registry.findings, ...registry.records.flatMap(validateSchema), ...CHECKS.flatMap((check) => check(context))];
}

function validateSchema(record: LoadedRecord): Finding[] {
  const kind = record.kind;
  if (!kind) {
    const path = 'kind' in record.data ? ['kind'] : [];
    return [record.finding(path, 'invalid-enum', 'kind must be "agreement" or "programme"; it decides which schema the record follows')];
  }
  const validate = recordValidators()[kind];
  return validate(record.data) ? [] : schemaFindings(record, validate.errors ?? []);
}

function indexById(records: readonly LoadedRecord[]): Map<string, LoadedRecord[]> {
  const byId = new Map<string, LoadedRecord[]>();
  for (const record of records) {
    if (record.id !== undefined) byId.set(record.id, [...(byId.get(record.id) ?? []), record]);
  }
  return byId;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.code}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function attachLineTexts(findings: Finding[], texts: ReadonlyMap<string, string>): void {
  const lines = new Map<string, string[]>();
  for (const f of findings) {
    const text = texts.get(f.file);
    if (text === undefined) continue;
    if (!lines.has(f.file)) lines.set(f.file, text.split(/\r?\n/));
    f.lineText = lines.get(f.file)![f.line - 1];
  }
}
