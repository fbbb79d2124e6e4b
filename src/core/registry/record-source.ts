import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { stampOf, type FileStamp } from '../cache/file-stamp.js';
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
  /** The stamp of a regular file small enough to be a record, without opening it; undefined for anything else. */
  stamp?(path: string): FileStamp | undefined;
}

/** The registry folder on disk, plus files named on the command line (which may lie elsewhere). */
export function folderSource(dir: string, extraFiles: readonly string[] = []): RecordSource {
  const entries = listRecordFiles(dir);
  const listed = new Set(entries.map((e) => e.path));
  for (const file of extraFiles) if (!listed.has(file)) entries.push(classifyGivenFile(file));
  return { entries, read: (path) => readFileSafely(path, MAX_RECORD_BYTES), stamp: stampIfRecordSized };
}

/** Anything odd (gone, not a file, too large, unreadable) is left to `read`, which explains it. */
function stampIfRecordSized(path: string): FileStamp | undefined {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat?.isFile() && stat.size <= MAX_RECORD_BYTES ? stampOf(stat) : undefined;
  } catch {
    return undefined;
  }
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
