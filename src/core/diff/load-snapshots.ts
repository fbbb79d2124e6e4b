import { relative, sep } from 'node:path';
import { loadRegistry } from '../registry/load-registry.js';
import type { Snapshot } from './registry-diff.js';

/** The records of a registry folder that parse and have an id; `asFolder` is where the paths should say they live. */
export function loadSnapshots(dir: string, root: string, asFolder: string): Snapshot[] {
  return loadRegistry(dir)
    .records.filter((r) => r.id !== undefined)
    .map((r) => ({
      id: r.id!,
      kind: typeof r.data.kind === 'string' ? r.data.kind : '',
      file: relative(root, `${asFolder}${sep}${relative(dir, r.file)}`).split(sep).join('/'),
      data: r.data,
    }));
}
