import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { finding, type Finding } from '../findings.js';
import { readRecordFile } from './read-record-file.js';
import { FOLDER_OF_KIND, RECORD_KINDS, type LoadedRecord, type RecordKind } from './record.js';
import { RegistryError } from './registry-error.js';

export interface LoadedRegistry {
  dir: string;
  records: LoadedRecord[];
  /** Problems with files themselves: placement, encoding, YAML syntax. */
  findings: Finding[];
  /** Decoded text of every file read, by path, for showing offending lines. */
  texts: Map<string, string>;
  /** Every record file read, in order. */
  files: string[];
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

/**
 * Reads every YAML file under the registry folder, plus `extraFiles` that live elsewhere.
 * Files are read synchronously: a registry is small files, and sync reads are fastest for that.
 */
export function loadRegistry(dir: string, extraFiles: readonly string[] = []): LoadedRegistry {
  const loaded: LoadedRegistry = { dir, records: [], findings: [], texts: new Map(), files: [] };
  const inside = listYamlFiles(dir);
  const insideSet = new Set(inside);
  const outside = extraFiles.filter((file) => !insideSet.has(file));
  for (const file of [...inside, ...outside]) {
    const placement = insideSet.has(file) ? placeInRegistry(dir, file) : placeByParentFolder(file);
    if (placement.problem) loaded.findings.push(finding(file, { line: 1, column: 1 }, 'file-name', placement.problem));
    const result = readRecordFile(file, placement.kind);
    loaded.files.push(file);
    loaded.findings.push(...result.findings);
    if (result.text !== undefined) loaded.texts.set(file, result.text);
    if (result.record) loaded.records.push(result.record);
  }
  return loaded;
}

function listYamlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw new RegistryError(`cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (YAML_EXTENSIONS.has(extname(entry.name))) files.push(path);
    }
  };
  walk(dir);
  return files;
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
  if (!kind) {
    return { kind, problem: 'record files belong directly in agreements/ or programmes/ of the registry; move this file there' };
  }
  return { kind, problem: extensionProblem(file) };
}

function placeByParentFolder(file: string): Placement {
  return { kind: kindOfFolder(basename(dirname(file))), problem: extensionProblem(file) };
}

function extensionProblem(file: string): string | undefined {
  if (extname(file) === '.yaml') return undefined;
  return `record files end in .yaml; rename it to ${basename(file, extname(file))}.yaml`;
}
