import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { describeType, readFileSafely, type FileReading } from './read-file-safely.js';
import { classifyRecordName, listRecordFiles, type RecordFileEntry } from './registry-files.js';
import { RegistryError } from './registry-error.js';

export const MAX_RECORD_BYTES = 1024 * 1024;

/** Where record files come from: a folder on disk, or a registry as a git commit holds it. */
export interface RecordSource {
  /** Every entry that is or looks like a record file, as paths under the registry folder. */
  entries: RecordFileEntry[];
  /** The bytes of an entry that is to be read. */
  read(path: string): FileReading;
}

/** The registry folder on disk, plus files named on the command line (which may lie elsewhere). */
export function folderSource(dir: string, extraFiles: readonly string[] = []): RecordSource {
  const entries = listRecordFiles(dir);
  const listed = new Set(entries.map((e) => e.path));
  for (const file of extraFiles) if (!listed.has(file)) entries.push(classifyGivenFile(file));
  return { entries, read: (path) => readFileSafely(path, MAX_RECORD_BYTES) };
}

/** A file named on the command line: never followed if it is a link, never opened if it is not a regular file. */
function classifyGivenFile(path: string): RecordFileEntry {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    throw new RegistryError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (!stat.isFile()) {
    return { path, read: false, problem: { code: 'file-type', message: `this is ${describeType(stat)}; a record must be a regular file, and coop never follows links` } };
  }
  return classifyRecordName(basename(path), path);
}
