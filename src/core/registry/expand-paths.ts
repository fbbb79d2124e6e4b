import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { RegistryError } from './registry-error.js';

/** Turns command-line paths into absolute YAML file paths; a folder stands for the YAML files under it. */
export function expandPaths(paths: readonly string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new RegistryError(`no such file or folder: ${given}`);
    }
    if (isFolder) yamlFilesUnder(path).forEach((file) => files.add(file));
    else if (['.yaml', '.yml'].includes(extname(path))) files.add(path);
    else throw new RegistryError(`not a YAML record file: ${given} (record files end in .yaml)`);
  }
  return [...files];
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ['.yaml', '.yml'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
