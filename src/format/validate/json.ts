import type { ValidationResult } from '../../core/validate.js';
import { jsonText } from '../json.js';

/** The documented, stable JSON shape: `{ok, errors, warnings, problems: [...]}`. */
export function formatJson(result: ValidationResult, path: (file: string) => string): string {
  const problems = result.findings.map((f) => ({
    file: path(f.file),
    line: f.line,
    column: f.column,
    severity: f.severity,
    code: f.code,
    message: f.message,
  }));
  return jsonText({ ok: result.errors === 0, errors: result.errors, warnings: result.warnings, problems });
}
