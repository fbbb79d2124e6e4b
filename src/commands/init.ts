import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { packageVersion } from '../core/version.js';
import { findCoopSource, registryFiles } from '../core/authoring/init-registry.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { createFile } from './create-file.js';
import { replaceFile } from './write-output.js';

export interface InitOptions {
  force?: boolean;
  coopRepo?: string;
  coopRev?: string;
}

/**
 * Starts a registry in DIR (default: the current folder): record folders, README, workflow,
 * pre-commit configuration and the schemas for editors. A folder with anything in it but .git
 * needs --force; even then no file is replaced except coop's own copies of the schemas.
 */
export async function init(dirArg: string | undefined, options: InitOptions, io: Io): Promise<ExitCode> {
  const dir = resolve(io.cwd, dirArg ?? '.');
  const shown = (path: string): string => terminalSafe(displayPath(path, io.cwd));
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${shown(dir)} is not a folder`);
  const entries = existsSync(dir) ? readdirSync(dir).filter((name) => name !== '.git') : [];
  if (entries.length > 0 && !options.force) {
    throw new UsageError(`${shown(dir)} is not empty (${entries.slice(0, 3).map((name) => terminalSafe(name)).join(', ')}${entries.length > 3 ? ', ...' : ''}); give --force to add a registry to it (no existing file is replaced but coop's copy of the schemas)`);
  }
  const coop = await findCoopSource({ repo: options.coopRepo, rev: options.coopRev }, io.cwd);
  if (!coop) throw new UsageError('cannot tell where this coop comes from; give --coop-repo URL (the git repository to install coop from) and --coop-rev TAG');

  const lines: string[] = [];
  // Whether a file written now installs coop from `coop`: kept files say what they said before.
  let installsFromHere = false;
  for (const file of registryFiles(dir, coop, packageVersion())) {
    const path = join(dir, file.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      let wrote = true;
      if (createFile(path, file.text)) lines.push(`created ${shown(path)}`);
      else if (file.refresh) {
        replaceFile(path, file.text);
        lines.push(`updated ${shown(path)}`);
      } else {
        lines.push(`kept    ${shown(path)} (it exists)`);
        wrote = false;
      }
      installsFromHere ||= wrote && file.installsCoop;
    } catch (error) {
      throw new UsageError(`cannot write ${shown(path)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  io.out(`${lines.join('\n')}\n`);
  if (coop.local && installsFromHere) {
    io.err(`coop init: the hooks and the workflow install coop from the local checkout ${terminalSafe(coop.repo)} at ${terminalSafe(coop.rev)}, which only this machine can reach; for a registry others clone, give --coop-repo URL --coop-rev TAG, or edit repo and rev in .pre-commit-config.yaml and COOP_PACKAGE in the workflow\n`);
  }
  const cd = dirArg === undefined ? '' : `cd ${shown(dir)} && `;
  io.err(`Next: ${cd}git init (if it is not a repository yet), pre-commit install, then coop new agreement\n`);
  return ExitCode.Ok;
}
