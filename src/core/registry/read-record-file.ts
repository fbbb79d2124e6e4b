import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { finding, type Finding, type Position } from '../findings.js';
import { LoadedRecord, type RecordKind } from './record.js';
import { RegistryError } from './registry-error.js';
import { firstInvalidUtf8 } from './utf8.js';

export const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_ALIAS_EXPANSION = 100;
const START: Position = { line: 1, column: 1 };

export interface RecordFileResult {
  record?: LoadedRecord;
  /** The decoded text, when the file could be decoded; used to show offending lines. */
  text?: string;
  findings: Finding[];
}

/** Reads and parses one record file. Problems in the file become findings; an unreadable file throws. */
export function readRecordFile(file: string, folderKind: RecordKind | undefined): RecordFileResult {
  const size = attempt(file, () => statSync(file).size);
  if (size > MAX_RECORD_BYTES) {
    const mib = (size / 1024 / 1024).toFixed(1);
    return { findings: [finding(file, START, 'file-too-large', `file is ${mib} MiB; a record must be under 1 MiB. Split it or move bulky text out of the registry`)] };
  }
  const bytes = attempt(file, () => readFileSync(file));
  const findings: Finding[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    findings.push(finding(file, START, 'encoding', 'file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM'));
    body = bytes.subarray(3);
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const before = body.subarray(0, bad).toString('utf8');
    const at = positionAtEnd(before);
    const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    findings.push(finding(file, at, 'encoding', `byte 0x${byte} is not valid UTF-8; save the file as UTF-8`));
    return { findings };
  }
  const text = body.toString('utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    findings.push(...doc.errors.map((error) => yamlErrorFinding(file, error)));
    return { text, findings };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch {
    const at = firstAliasPosition(doc, lines);
    findings.push(finding(file, at, 'yaml-aliases', `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes; write the values out instead of using anchors and aliases`));
    return { text, findings };
  }
  if (data === null || data === undefined) {
    findings.push(finding(file, START, 'not-a-record', 'file is empty; a record is a YAML mapping that starts with id: and kind:'));
    return { text, findings };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a single ${typeof data} value`;
    const at = lines.linePos((doc.contents?.range ?? [0])[0]);
    findings.push(finding(file, { line: at.line, column: at.col }, 'not-a-record', `the file holds ${what}; a record is a YAML mapping of fields (id: ..., kind: ..., title: ...)`));
    return { text, findings };
  }
  return { record: new LoadedRecord(file, folderKind, data as Record<string, unknown>, doc, lines), text, findings };
}

function attempt<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new RegistryError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function positionAtEnd(text: string): Position {
  const lines = text.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

const YAML_HINTS: Partial<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document; a record file holds one, so remove the `---` line or split the file',
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
};

function yamlErrorFinding(file: string, error: YAMLError): Finding {
  const pos = error.linePos?.[0];
  const at = pos ? { line: pos.line, column: pos.col } : START;
  const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'DUPLICATE_KEY') {
    return finding(file, at, 'duplicate-key', 'this key already appears above in the same mapping; keep one of them');
  }
  const message = YAML_HINTS[error.code] ?? `${first.charAt(0).toLowerCase()}${first.slice(1)}`;
  return finding(file, at, 'yaml-syntax', message);
}

function firstAliasPosition(doc: Document, lines: LineCounter): Position {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
