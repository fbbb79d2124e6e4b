import type { ValidationResult } from '../../core/validate.js';
import { terminalSafe } from '../terminal-safe.js';

// Escaping as GitHub Actions' toolkit does it (@actions/core, command.ts), after every other
// control and bidi character is shown as `\u{1b}`: the runner would pass them on to the log
// and the annotation.
export function escapeData(text: string): string {
  return terminalSafe(text, { keepNewlines: true, keepCarriageReturns: true }).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Workflow commands that GitHub turns into annotations on the pull request's lines. */
export function formatGithub(result: ValidationResult, path: (file: string) => string): string {
  const lines = result.findings.map((f) => {
    const props = `file=${escapeProperty(path(f.file))},line=${f.line},col=${f.column},title=${escapeProperty(`coop ${f.code}`)}`;
    return `::${f.severity} ${props}::${escapeData(f.message)}`;
  });
  lines.push(`coop validate: ${result.errors} error(s), ${result.warnings} warning(s) in ${result.filesChecked} file(s)`);
  return `${lines.join('\n')}\n`;
}
