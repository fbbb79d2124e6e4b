import type { TimedDeadline } from '../../core/deadlines/timing.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const deadlinesFormatters: FormatterTable<FormatOf<'deadlines'>, readonly TimedDeadline[]> = {
  table: async (deadlines, ctx) => (await import('./formats.js')).deadlinesTable(deadlines, ctx),
  json: async (deadlines, ctx) => (await import('./formats.js')).deadlinesJson(deadlines, ctx.path),
  markdown: async (deadlines) => (await import('./formats.js')).deadlinesMarkdown(deadlines),
  ics: async (deadlines, ctx) => (await import('./ics.js')).deadlinesIcs(deadlines, ctx.asOf),
};
