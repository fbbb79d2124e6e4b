import type { ValidationResult } from '../../core/validate.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const validateFormatters: FormatterTable<FormatOf<'validate'>, ValidationResult> = {
  text: async (result, ctx) => (await import('./text.js')).formatText(result, ctx),
  json: async (result, ctx) => (await import('./json.js')).formatJson(result, ctx.path),
  github: async (result, ctx) => (await import('./github.js')).formatGithub(result, ctx.path),
  sarif: async (result, ctx) => (await import('./sarif.js')).formatSarif(result, ctx.path, ctx.version),
};
