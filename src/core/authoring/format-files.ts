import { listRecordFiles } from '../registry/registry-files.js';
import { MAX_RECORD_BYTES } from '../registry/record-source.js';
import { readFileSafely } from '../registry/read-file-safely.js';
import { formatRecordFile, type FormatOptions, type FormatOutcome } from './format-record.js';

export interface FileFormat {
  file: string;
  outcome: FormatOutcome;
}

/**
 * The record files of a registry that `coop fmt` looks at: readable records only. Hidden files,
 * backups and links are findings of `coop validate`, not files to lay out.
 */
export function registryRecordFiles(registryDir: string): string[] {
  return listRecordFiles(registryDir)
    .filter((entry) => entry.read)
    .map((entry) => entry.path);
}

/** Each file's canonical text, or why it is left alone. Nothing is written here. */
export function formatFiles(files: readonly string[], options: FormatOptions = {}): FileFormat[] {
  return files.map((file) => ({ file, outcome: formatOne(file, options) }));
}

function formatOne(file: string, options: FormatOptions): FormatOutcome {
  const reading = readFileSafely(file, MAX_RECORD_BYTES);
  if (reading.ok) return formatRecordFile(file, reading.bytes, options);
  const why = reading.problem === 'not-regular' ? `it is ${reading.what}, not a regular file` : reading.problem === 'too-large' ? 'it is larger than a record may be' : `it cannot be read (${reading.code})`;
  return { ok: false, problem: { file, line: 1, column: 1, message: `${why}; not formatted` } };
}
