import type { Io } from './io.js';
import { ExitCode, UsageError } from '../core/errors.js';
import { formatFiles, registryRecordFiles } from '../core/authoring/format-files.js';
import { expandPaths } from '../core/registry/expand-paths.js';
import { writableRegistry } from './writable-registry.js';
import { fmtReport } from '../format/fmt/report.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { replaceFile } from './write-output.js';

export interface FmtOptions {
  registry?: string;
  /** List what would change and exit 1, writing nothing. */
  check?: boolean;
  /** Also rewrite older field shapes. */
  migrate?: boolean;
}

/** Lays record files out canonically: the given files and folders, or the whole registry. */
export async function fmt(paths: string[], options: FmtOptions, io: Io): Promise<ExitCode> {
  const files = paths.length > 0 ? expandPaths(paths, io.cwd) : registryRecordFiles(writableRegistry(options, io).dir);
  const results = formatFiles(files, { migrate: options.migrate === true });
  if (!options.check) {
    for (const { file, outcome } of results) {
      if (!outcome.ok || !outcome.changed) continue;
      try {
        replaceFile(file, outcome.text);
      } catch (error) {
        throw new UsageError(`cannot write ${terminalSafe(displayPath(file, io.cwd))}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
  }
  const report = fmtReport(results, { check: options.check === true, path: (file) => displayPath(file, io.cwd) });
  io.out(report.out);
  io.err(report.err);
  const problems = results.some(({ outcome }) => !outcome.ok);
  const unformatted = options.check === true && results.some(({ outcome }) => outcome.ok && outcome.changed);
  return problems || unformatted ? ExitCode.Findings : ExitCode.Ok;
}
