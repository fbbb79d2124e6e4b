import { basename, dirname, relative, sep } from 'node:path';
import { cacheKey, contentHash, type ParseCache } from '../cache/parse-cache.js';
import { finding, type Finding } from '../findings.js';
import { recordSchemaFindings } from '../schema/record-schema-findings.js';
import { decodeRecordText, parseRecordFile } from './parse-record.js';
import { folderSource, MAX_RECORD_BYTES, type RecordSource } from './record-source.js';
import { FOLDER_OF_KIND, LoadedRecord, RECORD_KINDS, type RecordKind } from './record.js';
import { RegistryError } from './registry-error.js';

export interface LoadedRegistry {
  dir: string;
  records: LoadedRecord[];
  /** Problems found in files on their own: placement, encoding, YAML, schema. */
  findings: Finding[];
  /** Every record file read, in order. */
  files: string[];
  /** The decoded text of a file that was read, for showing offending lines; read again on demand. */
  textOf(file: string): string | undefined;
}

export interface LoadOptions {
  /** Files named on the command line; they may lie outside the registry. */
  extraFiles?: readonly string[];
  cache?: ParseCache;
}

const START = { line: 1, column: 1 };

/** Reads every record file of the registry folder (and `extraFiles`): per-file findings and the records that parsed. */
export function loadRegistry(dir: string, { extraFiles = [], cache }: LoadOptions = {}): LoadedRegistry {
  const insideFolder = (file: string): boolean => !relative(dir, file).startsWith('..');
  const loaded = loadFromSource(folderSource(dir, extraFiles), dir, insideFolder, cache);
  cache?.save();
  return loaded;
}

/** Loads records from any source; `inRegistry` tells registry files from files named elsewhere. */
export function loadFromSource(source: RecordSource, dir: string, inRegistry: (file: string) => boolean, cache?: ParseCache): LoadedRegistry {
  const records: LoadedRecord[] = [];
  const findings: Finding[] = [];
  const files: string[] = [];
  const hashes = new Map<string, string>();
  const textOf = (file: string): string | undefined => {
    const expected = hashes.get(file);
    if (expected === undefined) return undefined;
    const reading = source.read(file);
    if (!reading.ok || contentHash(reading.bytes) !== expected) {
      throw new RegistryError(`${file} changed while coop was reading it; run coop again`);
    }
    return decodeRecordText(reading.bytes);
  };
  for (const entry of source.entries) {
    const placement = inRegistry(entry.path) ? placeInRegistry(dir, entry.path) : placeByParentFolder(entry.path);
    const problem = entry.problem ?? (placement.problem ? { code: 'file-name' as const, message: placement.problem } : undefined);
    if (problem) findings.push(finding(entry.path, START, problem.code, problem.message));
    if (!entry.read) continue;
    files.push(entry.path);
    const reading = source.read(entry.path);
    if (!reading.ok) {
      findings.push(unreadableFinding(entry.path, reading));
      continue;
    }
    const hash = contentHash(reading.bytes);
    hashes.set(entry.path, hash);
    const key = cacheKey(hash, placement.kind);
    let result = cache?.get(key);
    if (!result) {
      result = analyseFile(entry.path, reading.bytes, placement.kind);
      cache?.set(key, result);
    }
    findings.push(...result.findings.map((f) => ({ ...f, file: entry.path })));
    if (result.data) records.push(new LoadedRecord(entry.path, placement.kind, result.data, () => textOf(entry.path) ?? ''));
  }
  return { dir, records, findings, files, textOf };
}

/** What a file's bytes say on their own: parse and schema findings, and the data when it parsed. */
function analyseFile(file: string, bytes: Uint8Array, folderKind: RecordKind | undefined): { data?: Record<string, unknown>; findings: Omit<Finding, 'file'>[] } {
  const parsed = parseRecordFile(file, bytes);
  if (!parsed.data) return { findings: parsed.findings.map(withoutFile) };
  const record = new LoadedRecord(file, folderKind, parsed.data, () => decodeRecordText(bytes));
  return { data: parsed.data, findings: [...parsed.findings, ...recordSchemaFindings(record)].map(withoutFile) };
}

const withoutFile = ({ file: _, lineText: __, ...rest }: Finding): Omit<Finding, 'file'> => rest;

function unreadableFinding(file: string, reading: Exclude<ReturnType<RecordSource['read']>, { ok: true }>): Finding {
  switch (reading.problem) {
    case 'too-large':
      return finding(file, START, 'file-too-large', `file is ${(reading.size / 1024 / 1024).toFixed(1)} MiB; a record must be under ${MAX_RECORD_BYTES / 1024 / 1024} MiB. Split it or move bulky text out of the registry`);
    case 'not-regular':
      return finding(file, START, 'file-type', `this is ${reading.what}; a record must be a regular file, and coop never follows links`);
    case 'unreadable':
      throw new RegistryError(`cannot read ${file}: ${reading.code}`);
  }
}

interface Placement {
  kind: RecordKind | undefined;
  problem?: string;
}

function kindOfFolder(name: string | undefined): RecordKind | undefined {
  return RECORD_KINDS.find((kind) => FOLDER_OF_KIND[kind] === name);
}

function placeInRegistry(dir: string, file: string): Placement {
  const parts = relative(dir, file).split(sep);
  const kind = parts.length === 2 ? kindOfFolder(parts[0]) : undefined;
  if (!kind) return { kind, problem: 'record files belong directly in agreements/ or programmes/ of the registry; move this file there' };
  return { kind };
}

function placeByParentFolder(file: string): Placement {
  return { kind: kindOfFolder(basename(dirname(file))) };
}
