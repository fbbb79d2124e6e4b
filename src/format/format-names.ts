// The output formats of each command and the file extensions that name them. The CLI offers
// these as --format choices and commands pick from them; this file imports nothing, so the
// CLI can read it at start-up without loading any command.

const LIST = ['table', 'json', 'csv', 'yaml', 'markdown'] as const;

export const FORMATS = {
  validate: ['text', 'json', 'github', 'sarif'],
  list: LIST,
  countries: LIST,
  show: ['text', 'yaml', 'json'],
  deadlines: ['table', 'json', 'markdown', 'ics'],
  report: ['markdown'],
  diff: ['markdown', 'json'],
  site: ['html'],
  export: ['sqlite', 'csv'],
} as const;

export type FormatOf<C extends keyof typeof FORMATS> = (typeof FORMATS)[C][number];

const LIST_EXTENSIONS = { txt: 'table', json: 'json', csv: 'csv', yaml: 'yaml', yml: 'yaml', md: 'markdown' } as const;

/** `-o FILE.ext` picks the format when --format is absent. */
export const EXTENSIONS: { [C in keyof typeof FORMATS]: Record<string, FormatOf<C>> } = {
  validate: { txt: 'text', json: 'json', sarif: 'sarif' },
  list: LIST_EXTENSIONS,
  countries: LIST_EXTENSIONS,
  show: { txt: 'text', json: 'json', yaml: 'yaml', yml: 'yaml' },
  deadlines: { txt: 'table', json: 'json', md: 'markdown', ics: 'ics' },
  report: { md: 'markdown', markdown: 'markdown' },
  diff: { md: 'markdown', json: 'json' },
  site: {},
  export: { db: 'sqlite', sqlite: 'sqlite', sqlite3: 'sqlite' },
};
