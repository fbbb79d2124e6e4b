import type { ChalkInstance } from 'chalk';
import type { Finding } from '../../core/findings.js';
import type { ValidationResult } from '../../core/validate.js';
import { terminalSafe } from '../terminal-safe.js';

export interface TextOptions {
  paint: ChalkInstance;
  path: (file: string) => string;
}

/** hledger-style findings: place, severity, code and message, then the line with a caret. */
export function formatText(result: ValidationResult, { paint, path }: TextOptions): string {
  const blocks = result.findings.map((f) => findingBlock(f, paint, path));
  return [...blocks, summary(result, paint)].join('\n');
}

function findingBlock(f: Finding, paint: ChalkInstance, path: (file: string) => string): string {
  const severity = f.severity === 'error' ? paint.red.bold('error') : paint.yellow.bold('warning');
  const head = `${paint.bold(`${terminalSafe(path(f.file))}:${f.line}:${f.column}`)}: ${severity} ${paint.dim(`[${f.code}]`)} ${terminalSafe(f.message)}\n`;
  if (f.lineText === undefined) return head;
  const gutter = String(f.line);
  const line = terminalSafe(f.lineText);
  const before = terminalSafe(f.lineText.slice(0, f.column - 1)).replace(/[^\t]/g, ' ');
  return `${head}${paint.dim(`${gutter} | `)}${line}\n${paint.dim(`${' '.repeat(gutter.length)} | `)}${before}${paint.red('^')}\n`;
}

function summary({ errors, warnings, filesChecked }: ValidationResult, paint: ChalkInstance): string {
  const files = `${filesChecked} file${filesChecked === 1 ? '' : 's'} checked`;
  if (errors === 0 && warnings === 0) return `${paint.green('✓')} ${files}, no problems\n`;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].join(', ');
  return `${errors > 0 ? paint.red('✗') : paint.yellow('!')} ${files}: ${counts}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
