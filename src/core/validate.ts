import type { ParseCache } from './cache/parse-cache.js';
import { checkIdentity } from './checks/identity.js';
import { checkReferences } from './checks/references.js';
import type { Check, CheckContext } from './checks/check.js';
import { compareFindings, findingKey, type Finding } from './findings.js';
import { loadRegistry, type LoadedRegistry } from './registry/load-registry.js';
import type { LoadedRecord } from './registry/record.js';

// The rules about one record alone, and about one record and the day, run as its file is
// loaded or from the parse cache (checks/record-checks.ts).
// The rules across records read only each record's links (id, declared kind, references).
const CROSS_CHECKS: readonly Check[] = [checkIdentity, checkReferences];

export interface ValidateInput {
  registryDir: string;
  /** Report findings only in these files (absolute paths); the whole registry is still loaded and checked. */
  only?: readonly string[];
  /** YYYY-MM-DD: the day status-date warnings compare against. */
  asOf: string;
  /** Warnings count as errors. */
  strict?: boolean;
  cache?: ParseCache;
}

export interface ValidationResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  filesChecked: number;
}

/** Loads the registry and runs every check over it, returning all findings sorted by place. */
export function validateRegistry({ registryDir, only, asOf, strict = false, cache }: ValidateInput): ValidationResult {
  const registry = loadRegistry(registryDir, { extraFiles: only, cache, checkAsOf: asOf });
  const result = validateLoaded(registry, { only, asOf, strict });
  registry.saveCache();
  return result;
}

/** Every check over an already loaded registry, findings sorted, deduplicated and given their line's text. */
export function validateLoaded(registry: LoadedRegistry, { only, asOf, strict = false }: Omit<ValidateInput, 'registryDir' | 'cache'>): ValidationResult {
  let findings = findProblems(registry, asOf);
  if (only) {
    const wanted = new Set(only);
    findings = findings.filter((f) => wanted.has(f.file));
  }
  if (strict) findings = findings.map((f) => ({ ...f, severity: 'error' as const }));
  findings = dedupe(findings).sort(compareFindings);
  attachLineTexts(findings, registry);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const filesChecked = only ? only.length : registry.files.length;
  return { findings, errors, warnings: findings.length - errors, filesChecked };
}

/** Every finding in a loaded registry: per-file problems (YAML, schema) and cross-record checks. */
export function findProblems(registry: LoadedRegistry, asOf: string): Finding[] {
  const context: CheckContext = { records: registry.records, byId: indexById(registry.records), registryDir: registry.dir };
  const findings = [...registry.findings];
  for (const record of registry.records) findings.push(...registry.findingsAsOf(record, asOf));
  for (const check of CROSS_CHECKS) findings.push(...check(context));
  return findings;
}

function indexById(records: readonly LoadedRecord[]): Map<string, LoadedRecord[]> {
  const byId = new Map<string, LoadedRecord[]>();
  for (const record of records) {
    if (record.id === undefined) continue;
    const holders = byId.get(record.id);
    if (holders) holders.push(record);
    else byId.set(record.id, [record]);
  }
  return byId;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = findingKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function attachLineTexts(findings: Finding[], registry: LoadedRegistry): void {
  const lines = new Map<string, string[] | undefined>();
  for (const f of findings) {
    if (!lines.has(f.file)) lines.set(f.file, registry.textOf(f.file)?.split(/\r?\n/));
    f.lineText = lines.get(f.file)?.[f.line - 1];
  }
}
