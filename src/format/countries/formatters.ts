import type { CountrySummary } from '../../core/query/country-summary.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const countriesFormatters: FormatterTable<FormatOf<'countries'>, readonly CountrySummary[]> = {
  table: async (rows, ctx) => (await import('./table.js')).countriesTable(rows, ctx),
  json: async (rows) => (await import('./formats.js')).countriesJson(rows),
  csv: async (rows) => (await import('./formats.js')).countriesCsv(rows),
  yaml: async (rows) => (await import('./formats.js')).countriesYaml(rows),
  markdown: async (rows) => (await import('./formats.js')).countriesMarkdown(rows),
};
