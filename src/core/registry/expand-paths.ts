import { lstatSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { RegistryError } from './registry-error.js';
import { listRecordFiles, looksLikeRecordFile } from './registry-files.js';

/**
 * Turns command-line paths into absolute record file paths; a folder stands for the record files
 * under it. Nothing is followed: a path that is a link, pipe or device is kept, to become a
 * finding when the registry is loaded.
 */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    const path = resolve(cwd, given);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      throw new RegistryError(`no such file or folder: ${given}`);
    }
    if (stat.isDirectory()) listRecordFiles(path).forEach((entry) => files.add(entry.path));
    else if (stat.isFile() && !looksLikeRecordFile(basename(path))) throw new RegistryError(`not a YAML record file: ${given} (record files end in .yaml)`);
    else files.add(path);
  }
  return [...files];
}
