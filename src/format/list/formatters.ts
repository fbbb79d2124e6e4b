import type { ListedRecord } from '../../core/query/list-records.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const listFormatters: FormatterTable<FormatOf<'list'>, readonly ListedRecord[]> = {
  table: async (records, ctx) => (await import('./table.js')).formatTable(records, ctx),
  json: async (records) => (await import('./formats.js')).listJson(records),
  csv: async (records) => (await import('./formats.js')).listCsv(records),
  yaml: async (records) => (await import('./formats.js')).listYaml(records),
  markdown: async (records) => (await import('./formats.js')).listMarkdown(records),
};
