import type { RevisionDiff } from '../../core/diff/diff-revisions.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const diffFormatters: FormatterTable<FormatOf<'diff'>, RevisionDiff> = {
  markdown: async (result) => (await import('./formats.js')).diffMarkdown(result),
  json: async (result) => (await import('./formats.js')).diffJson(result),
};
