import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { ParseCache } from './cache/parse-cache.js';
import { findingKey } from './findings.js';
import { gitSource } from './git/git-source.js';
import { changedFiles, repositoryRoot, resolveRevision } from './git/git.js';
import { loadFromSource } from './registry/load-registry.js';
import { validateLoaded, validateRegistry, type ValidationResult } from './validate.js';

export interface ChangedSinceInput {
  registryDir: string;
  /** The git revision the change is measured from, e.g. origin/main. */
  since: string;
  asOf: string;
  strict?: boolean;
  cache?: ParseCache;
}

/**
 * Findings a change brings: every finding in a record added or modified since the revision, and
 * any finding in an untouched record that the revision did not have (a programme whose agreement
 * the change deletes). The whole registry is checked both now and at the revision.
 */
export async function validateChangedSince({ registryDir, since, asOf, strict, cache }: ChangedSinceInput): Promise<ValidationResult> {
  const root = await repositoryRoot(registryDir);
  const commit = await resolveRevision(root, since);
  const changed = new Set((await changedFiles(root, commit, registryDir)).filter((file) => existsSync(file)));
  const now = validateRegistry({ registryDir, asOf, strict, cache });
  const inside = (file: string): boolean => !relative(registryDir, file).startsWith('..');
  const base = loadFromSource(await gitSource(root, commit, registryDir), registryDir, inside);
  const known = new Set(validateLoaded(base, { asOf, strict }).findings.map(findingKey));
  const findings = now.findings.filter((f) => changed.has(f.file) || !known.has(findingKey(f)));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { findings, errors, warnings: findings.length - errors, filesChecked: changed.size };
}
