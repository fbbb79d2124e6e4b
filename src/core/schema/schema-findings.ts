import type { ErrorObject } from 'ajv';
import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import { closest, didYouMean } from '../text/suggest.js';
import { wordHint } from '../word-hint.js';
import { durationHint, mappingHint } from './value-hints.js';
import { fieldName, type FieldPath } from '../yaml/locate.js';

interface SchemaNode {
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  oneOf?: { required?: string[] }[];
  anyOf?: { required?: string[] }[];
}

/**
 * Turns Ajv's raw errors into one finding per real problem: errors under a value of the wrong
 * type are dropped, and a failed oneOf/anyOf becomes either one "needs X or Y" finding or the
 * errors of its closest branch, instead of every branch's complaints.
 */
export function schemaFindings(record: LoadedRecord, errors: readonly ErrorObject[]): Finding[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  let remaining = errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath));
  remaining = withoutMissingTypos(remaining);
  const findings: Finding[] = [];
  for (const combinator of remaining.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    const branchErrors = remaining.filter((e) => isUnder(e, combinator));
    remaining = remaining.filter((e) => e !== combinator && !branchErrors.includes(e));
    const onlyMissing = branchErrors.every((e) => e.keyword === 'required' && e.instancePath === combinator.instancePath);
    if (branchErrors.length === 0 || onlyMissing) {
      findings.push(combinatorFinding(record, combinator));
    } else {
      remaining.push(...closestBranch(combinator, branchErrors));
    }
  }
  for (const group of groupMissing(remaining)) {
    const mapped = Array.isArray(group) ? missingFieldsFinding(record, group) : errorFinding(record, group);
    if (mapped) findings.push(mapped);
  }
  return findings;
}

/** "titel" unknown and "title" missing is one typo: keep the unknown-field finding, which names the fix. */
function withoutMissingTypos(errors: ErrorObject[]): ErrorObject[] {
  const typoFixes = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const fix = closest(String(error.params.additionalProperty), Object.keys((error.parentSchema as SchemaNode).properties ?? {}));
    if (fix) typoFixes.add(`${error.instancePath}/${fix}`);
  }
  return errors.filter((e) => e.keyword !== 'required' || !typoFixes.has(`${e.instancePath}/${String(e.params.missingProperty)}`));
}

/** Several missing fields of one mapping become one finding that names them all. */
function groupMissing(errors: ErrorObject[]): (ErrorObject | ErrorObject[])[] {
  const missing = new Map<string, ErrorObject[]>();
  const out: (ErrorObject | ErrorObject[])[] = [];
  for (const error of errors) {
    if (error.keyword !== 'required') {
      out.push(error);
      continue;
    }
    const group = missing.get(error.instancePath);
    if (group) group.push(error);
    else {
      const fresh = [error];
      missing.set(error.instancePath, fresh);
      out.push(fresh);
    }
  }
  return out.map((item) => (Array.isArray(item) && item.length === 1 ? item[0]! : item));
}

function missingFieldsFinding(record: LoadedRecord, errors: ErrorObject[]): Finding {
  const path = toPath(errors[0]!.instancePath);
  const names = errors.map((e) => `"${String((e.params as { missingProperty: string }).missingProperty)}"`);
  const where = path.length ? ` in ${fieldName(path)}` : '';
  return record.finding(path, 'missing-property', `missing required fields${where}: ${names.join(', ')}`);
}

function isUnder(error: ErrorObject, combinator: ErrorObject): boolean {
  return error !== combinator && error.schemaPath.startsWith(`${combinator.schemaPath}/`) && error.instancePath.startsWith(combinator.instancePath);
}

function closestBranch(combinator: ErrorObject, branchErrors: ErrorObject[]): ErrorObject[] {
  const byBranch = new Map<string, ErrorObject[]>();
  for (const error of branchErrors) {
    const branch = error.schemaPath.slice(combinator.schemaPath.length + 1).split('/')[0]!;
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
  }
  return [...byBranch.values()].sort((a, b) => a.length - b.length)[0]!;
}

function combinatorFinding(record: LoadedRecord, error: ErrorObject): Finding {
  const path = toPath(error.instancePath);
  const schema = error.parentSchema as SchemaNode;
  const branches = (error.keyword === 'oneOf' ? schema.oneOf : schema.anyOf) ?? [];
  const forms = branches.map((b) => (b.required ?? []).map((k) => `"${k}"`).join(' with '));
  const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
  if (Array.isArray(passing)) {
    return record.finding(path, 'schema', `${fieldName(path)} must have exactly one of ${forms.join(', or ')}, not several`);
  }
  const quantifier = error.keyword === 'oneOf' ? 'either' : 'at least one of';
  return record.finding(path, 'missing-property', `${fieldName(path)} needs ${quantifier} ${forms.join(', or ')}`);
}

function errorFinding(record: LoadedRecord, error: ErrorObject): Finding | undefined {
  const path = toPath(error.instancePath);
  const field = fieldName(path);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {});
      const hint = didYouMean(key, known) || `; known fields here: ${known.join(', ')}`;
      return record.finding([...path, key], 'unknown-property', `unknown field "${key}"${hint}`, { key: true });
    }
    case 'required': {
      const key = String(params.missingProperty);
      const what = schema.properties?.[key]?.description;
      const where = path.length ? ` in ${field}` : '';
      return record.finding(path, 'missing-property', `missing required field "${key}"${where}${what ? `: ${what}` : ''}`);
    }
    case 'type': {
      const hint = params.type === 'object' ? mappingHint(path.at(-1), schema.properties ?? {}, error.data) : '';
      return record.finding(path, 'type-mismatch', `${typeMessage(field, String(params.type), error.data)}${hint}`);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? wordHint(error.data, allowed) : '';
      return record.finding(path, 'invalid-enum', `${field} is ${show(error.data)}, which is not one of: ${allowed.join(', ')}${hint}`);
    }
    case 'const':
      // A known kind in the wrong folder is reported once, as kind-mismatch, by the identity check.
      if (error.instancePath === '/kind' && (error.data === 'agreement' || error.data === 'programme')) return undefined;
      return record.finding(path, 'invalid-enum', `${field} must be ${show(params.allowedValue)}, not ${show(error.data)}`);
    case 'pattern': {
      const hint = error.schemaPath.endsWith('$defs/duration/pattern') ? durationHint(error.data) : '';
      return record.finding(path, 'invalid-format', `${patternMessage(field, schema, error.data)}${hint}`);
    }
    case 'minItems':
      return record.finding(path, 'schema', `${field} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`);
    case 'uniqueItems':
      return record.finding([...path, Number(params.i)], 'schema', `${field} lists ${show((error.data as unknown[])[Number(params.i)])} twice; remove one`);
    case 'minLength':
      return record.finding(path, 'schema', `${field} must not be empty`);
    case 'minimum':
      return record.finding(path, 'schema', `${field} must be at least ${String(params.limit)}`);
    default:
      return record.finding(path, 'schema', `${field} ${error.message ?? 'is invalid'}`);
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  object: 'a mapping (key: value lines)',
  array: 'a list (lines starting with "- ")',
  boolean: 'true or false',
};

function typeMessage(field: string, expected: string, value: unknown): string {
  const found = value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${show(value)}`;
  const quoteHint = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? `; put it in quotes: "${String(value)}"` : '';
  return `${field} must be ${TYPE_NAMES[expected] ?? expected}, but is ${found}${quoteHint}`;
}

function patternMessage(field: string, schema: SchemaNode, value: unknown): string {
  const rule = (schema.description ?? schema.title ?? 'the required form').split('. ')[0]!.replace(/\.$/, '');
  const example = schema.examples?.length ? ` (e.g. ${String(schema.examples[0])})` : '';
  return `${field} is ${show(value)}; expected ${rule.charAt(0).toLowerCase()}${rule.slice(1)}${example}`;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function toPath(pointer: string): FieldPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token));
}
