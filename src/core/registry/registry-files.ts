import { readdirSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { RegistryError } from './registry-error.js';
import { describeType } from './read-file-safely.js';

/** A file of the registry that is, or looks like, a record file. */
export interface RecordFileEntry {
  path: string;
  /** Whether to read and parse it: only regular files with a YAML extension and a plain name. */
  read: boolean;
  /** Why it is not a proper record file, as the message of a finding at 1:1. */
  problem?: { code: 'file-type' | 'file-name'; message: string };
}

const RECORD_EXTENSION = '.yaml';
const DOT = 46;
const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
// Never searched: version control and installed packages are not part of a registry.
const NOT_REGISTRY = new Set(['.git', 'node_modules']);

/** A name that looks like a YAML file, also as a backup or editor copy: x.yaml, X.YML, x.yaml.bak, x.yaml~. */
export function looksLikeRecordFile(name: string): boolean {
  return /\.ya?ml(?:$|[.~#])/i.test(name);
}

/**
 * Every entry under `dir` that is or looks like a record file, sorted by path. Nothing is
 * followed or opened here: symbolic links, pipes, devices and folders named like records are
 * reported so that they can become findings, and the walk never leaves `dir`.
 */
export function listRecordFiles(dir: string): RecordFileEntry[] {
  const found: RecordFileEntry[] = [];
  const folders = [join(dir)];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const subfolders: string[] = [];
    // join(folder, name) by one join per folder, not per file: a name from readdir is never '.',
    // '..' or holds a separator, so what join puts before a name is the same for every name.
    const prefix = join(folder, '_').slice(0, -1);
    for (const entry of readFolder(folder)) {
      const path = prefix + entry.name;
      if (entry.isDirectory() && !looksLikeRecordFile(entry.name)) {
        if (!NOT_REGISTRY.has(entry.name)) subfolders.push(path);
        continue;
      }
      const classified = classify(entry, path);
      if (classified) found.push(classified);
    }
    // Depth first, in name order, without recursion: deep trees cannot overflow the stack.
    folders.push(...subfolders.reverse());
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new RegistryError(`cannot read folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function classify(entry: Dirent, path: string): RecordFileEntry | undefined {
  if (entry.isSymbolicLink()) {
    return { path, read: false, problem: { code: 'file-type', message: 'this is a symbolic link; coop never follows links in a registry. Commit the record itself here instead' } };
  }
  if (!looksLikeRecordFile(entry.name)) return undefined;
  if (!entry.isFile()) {
    return { path, read: false, problem: { code: 'file-type', message: `this is ${describeType(entry)}, named like a record; a record must be a regular file. Remove or rename it` } };
  }
  return classifyRecordName(entry.name, path);
}

/** Whether a regular file named like a record is read, and what is wrong with its name. */
export function classifyRecordName(name: string, path: string): RecordFileEntry {
  // The usual name, x.yaml, is answered without path.extname.
  if (name.endsWith(RECORD_EXTENSION) && name.length > RECORD_EXTENSION.length && name.charCodeAt(0) !== DOT) return { path, read: true };
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  if (name.startsWith('.')) {
    return { path, read: false, problem: { code: 'file-name', message: 'hidden files are not read as records; rename it without the leading dot, or remove it' } };
  }
  if (!YAML_EXTENSIONS.has(extension.toLowerCase())) {
    return { path, read: false, problem: { code: 'file-name', message: 'this looks like a copy or backup of a record and is not read; remove it, or rename it to end in .yaml' } };
  }
  if (extension !== RECORD_EXTENSION) {
    return { path, read: true, problem: { code: 'file-name', message: `record files end in .yaml; rename it to ${stem}.yaml` } };
  }
  return { path, read: true };
}
