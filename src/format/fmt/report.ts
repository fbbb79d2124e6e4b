import type { FileFormat } from '../../core/authoring/format-files.js';
import type { MigrationChange } from '../../core/authoring/migrations.js';
import { terminalSafe } from '../terminal-safe.js';

export interface FmtReportOptions {
  /** --check: nothing was written; list what would change. */
  check: boolean;
  /** How a file is shown: relative to the current folder. */
  path: (file: string) => string;
}

/**
 * What `coop fmt` says. stdout: with --check the files that would change, one per line, for
 * scripts (as `gofmt -l` does); otherwise "formatted FILE" per rewritten file. stderr: files
 * left alone and why, and a summary when something needs doing.
 */
export function fmtReport(results: readonly FileFormat[], { check, path }: FmtReportOptions): { out: string; err: string } {
  const shown = (file: string): string => terminalSafe(path(file));
  let out = '';
  let err = '';
  let changed = 0;
  for (const { file, outcome } of results) {
    if (!outcome.ok) {
      err += `${shown(file)}:${outcome.problem.line}:${outcome.problem.column}: ${terminalSafe(outcome.problem.message)}\n`;
      continue;
    }
    if (!outcome.changed) continue;
    changed++;
    out += check ? `${shown(file)}\n` : `formatted ${shown(file)}\n`;
    for (const change of outcome.migrations) {
      const line = migrationLine(shown(file), change, check);
      if (check) err += line;
      else out += line;
    }
  }
  const problems = results.filter(({ outcome }) => !outcome.ok).length;
  const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;
  if (check && changed > 0) err += `coop fmt: ${files(changed)} of ${results.length} not in coop's layout; run coop fmt${results.some(({ outcome }) => outcome.ok && outcome.migrations.length > 0) ? ' --migrate' : ''} to rewrite ${changed === 1 ? 'it' : 'them'}\n`;
  if (check && changed === 0 && problems === 0) err += `coop fmt: ${files(results.length)} checked, all in coop's layout\n`;
  if (problems > 0) err += `coop fmt: ${files(problems)} left as ${problems === 1 ? 'it is' : 'they are'}: fix what is said above (coop validate explains more)\n`;
  return { out, err };
}

function migrationLine(file: string, change: MigrationChange, check: boolean): string {
  const value = (v: unknown): string => terminalSafe(JSON.stringify(v));
  return `${check ? `${file}: would migrate` : '  migrated'} ${terminalSafe(change.field)}: ${value(change.before)} → ${value(change.after)} (${change.rule})\n`;
}
