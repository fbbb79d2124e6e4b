import { compareText } from './text/compare-text.js';

export type Severity = 'error' | 'warning';

/** A problem in the registry, located in a file. Lines and columns are 1-based. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: FindingCode;
  message: string;
  /** The text of the offending line, for excerpts; not part of the JSON output. */
  lineText?: string;
}

/** Every finding code, with its default severity and what it means. The codes are stable. */
export const FINDING_CODES = {
  'file-too-large': ['error', 'A record file is larger than 1 MiB.'],
  encoding: ['error', 'A record file is not UTF-8, or starts with a byte-order mark.'],
  'file-name': ['error', 'A file under registry/ is not named <id>.yaml inside agreements/ or programmes/, or is hidden or a backup copy (x.yaml.bak), and so is not read.'],
  'yaml-syntax': ['error', 'The file is not valid YAML, or uses a list or mapping as a key.'],
  'duplicate-key': ['error', 'A mapping has the same key twice.'],
  'yaml-aliases': ['error', 'YAML aliases expand too far, or refer to a node that contains them.'],
  'yaml-tag': ['error', 'A YAML tag outside the core schema (!!js/function, !foo, !!binary), a tag a value does not fit (!!int Pakistan), or a %YAML directive other than 1.2.'],
  'control-character': ['error', 'A raw control character (NUL, ESC, DEL, C1) that YAML does not allow.'],
  'file-type': ['error', 'A record path is a symbolic link, folder, named pipe, device or socket, not a regular file; it is never opened.'],
  'not-a-record': ['error', 'The file is empty, or its top level is not a mapping.'],
  'type-mismatch': ['error', 'A field has the wrong type.'],
  'unknown-property': ['error', 'A field the schema does not know, often a typo.'],
  'missing-property': ['error', 'A required field is missing.'],
  'invalid-enum': ['error', 'A value is not one of the allowed words.'],
  'invalid-format': ['error', 'A value does not have the required form (id, date, duration, URL).'],
  schema: ['error', 'Any other schema rule: too few items, repeated items, empty text.'],
  'duplicate-id': ['error', 'Two records have the same id.'],
  'id-mismatch': ['error', 'A record\'s id differs from its file name.'],
  'kind-mismatch': ['error', 'A record\'s kind does not match its folder.'],
  'unknown-country': ['error', 'A country is not an ISO 3166-1 alpha-2 code.'],
  'duplicate-country': ['error', 'The same country is listed twice as a party or participant.'],
  'duplicate-commitment': ['error', 'Two commitments of one record have the same id.'],
  'duplicate-source': ['error', 'Two sources of one record have the same id.'],
  'invalid-date': ['error', 'A date that does not exist in the calendar, such as 2025-02-30.'],
  'date-order': ['error', 'Dates out of order: signed after entry into force, start after end, history events not oldest first.'],
  'dangling-reference': ['error', 'A reference that does not resolve: a record, a source id, or a history party that is not a party.'],
  'missing-anchor': ['error', 'A commitment is due a duration after a date (signed, entry_into_force, start) that the record lacks.'],
  'met-without-date': ['error', 'A commitment marked met has no met_on date and does not say met_on_unknown: true.'],
  'future-date': ['error', 'A met_on or status_as_of date lies after the day of the check.'],
  'status-date': ['warning', 'A stored status that its dates contradict.'],
  'status-history': ['warning', 'A stored status that the agreement\'s history contradicts, or that the history lacks an event for.'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Position {
  line: number;
  column: number;
}

export function finding(file: string, at: Position, code: FindingCode, message: string, severity?: Severity): Finding {
  return { file, line: at.line, column: at.column, severity: severity ?? FINDING_CODES[code][0], code, message };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || compareText(a.code, b.code);
}

/** Two findings with the same key say the same thing at the same place. */
export function findingKey(f: Finding): string {
  return `${f.file}\0${f.line}\0${f.column}\0${f.code}\0${f.message}`;
}
