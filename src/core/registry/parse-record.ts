import { isUtf8 } from 'node:buffer';
import { finding, type Finding, type Position } from '../findings.js';
import { fastLoad } from '../yaml/fast-load.js';
import { fullParse } from '../yaml/full-parse.js';
import { firstInvalidUtf8 } from './utf8.js';

const START: Position = { line: 1, column: 1 };

export interface ParsedRecordFile {
  /** The top-level mapping, when the file is readable YAML holding one. */
  data?: Record<string, unknown>;
  /** Problems with the file's bytes and YAML; schema and cross-record checks come later. */
  findings: Finding[];
}

const BOM = [0xef, 0xbb, 0xbf];

/** The decoded text of a record file: UTF-8, with a leading byte-order mark dropped. */
export function decodeRecordText(bytes: Uint8Array): string {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
}

const hasBom = (bytes: Uint8Array): boolean => BOM.every((b, i) => bytes[i] === b);

/** Decodes and parses one record file's bytes; every problem becomes a located finding. */
export function parseRecordFile(file: string, bytes: Uint8Array): ParsedRecordFile {
  const findings: Finding[] = [];
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  if (body !== bytes) findings.push(finding(file, START, 'encoding', 'file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM'));
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    const at = positionOf(Buffer.from(body.subarray(0, bad)).toString('utf8'), Number.MAX_SAFE_INTEGER);
    const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { findings: [...findings, finding(file, at, 'encoding', `byte 0x${byte} is not valid UTF-8; save the file as UTF-8`)] };
  }
  const text = decodeRecordText(bytes);
  const control = controlCharacterFinding(file, text);
  if (control) return { findings: [...findings, control] };
  const fast = fastLoad(text);
  if (fast) return { data: fast, findings };
  const full = fullParse(file, text);
  if (full.findings.length > 0) return { findings: [...findings, ...full.findings] };
  const data = full.data;
  if (data === null || data === undefined) {
    return { findings: [...findings, finding(file, START, 'not-a-record', 'file is empty; a record is a YAML mapping that starts with id: and kind:')] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a single ${typeof data} value`;
    return { findings: [...findings, finding(file, full.contentsAt, 'not-a-record', `the file holds ${what}; a record is a YAML mapping of fields (id: ..., kind: ..., title: ...)`)] };
  }
  return { data: data as Record<string, unknown>, findings };
}

// YAML 1.2 allows tab, line feed, carriage return and NEL among the C0 and C1 controls, and
// neither DEL nor the non-characters U+FFFE and U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;

function controlCharacterFinding(file: string, text: string): Finding | undefined {
  FORBIDDEN.lastIndex = 0;
  const first = FORBIDDEN.exec(text);
  if (!first) return undefined;
  let more = 0;
  while (FORBIDDEN.exec(text)) more++;
  const code = first[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const others = more > 0 ? ` (and ${more} more in this file)` : '';
  return finding(file, positionOf(text, first.index), 'control-character', `a raw control character U+${code} is not allowed in YAML${others}; remove it, or write it as an escape such as \\x${code.slice(2)} inside double quotes`);
}

/** 1-based line and column (in code points) of the character at `index`, or of the end of the text. */
function positionOf(text: string, index: number): Position {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}
