import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from './findings.js';
import { changedFiles, checkoutFolder, repositoryRoot, resolveRevision } from './git/git.js';
import { validateRegistry, type ValidationResult } from './validate.js';

export interface ChangedSinceInput {
  registryDir: string;
  /** The git revision the change is measured from, e.g. origin/main. */
  since: string;
  asOf: string;
  strict?: boolean;
}

const key = (f: Finding): string => `${f.file}\0${f.line}\0${f.column}\0${f.code}\0${f.message}`;

/**
 * Findings a change brings: every finding in a record added or modified since the revision, and
 * any finding in an untouched record that the revision did not have (a programme whose agreement
 * the change deletes). The whole registry is checked both now and at the revision.
 */
export async function validateChangedSince({ registryDir, since, asOf, strict }: ChangedSinceInput): Promise<ValidationResult> {
  const root = await repositoryRoot(registryDir);
  const commit = await resolveRevision(root, since);
  const changed = new Set((await changedFiles(root, commit, registryDir)).filter((file) => existsSync(file)));
  const now = validateRegistry({ registryDir, asOf, strict });
  const base = await checkoutFolder(root, commit, registryDir);
  try {
    const before = existsSync(base.dir) ? validateRegistry({ registryDir: base.dir, asOf, strict }).findings : [];
    const known = new Set(before.map((f) => key({ ...f, file: join(registryDir, relative(base.dir, f.file)) })));
    const findings = now.findings.filter((f) => changed.has(f.file) || !known.has(key(f)));
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { findings, errors, warnings: findings.length - errors, filesChecked: changed.size };
  } finally {
    base.remove();
  }
}
