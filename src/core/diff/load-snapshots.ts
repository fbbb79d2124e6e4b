import { relative, sep } from 'node:path';
import type { LoadedRegistry } from '../registry/load-registry.js';
import type { Snapshot } from './registry-diff.js';

/**
 * The records of a loaded registry as diff compares them. They come through the same loader as
 * every command's, so they are plain, acyclic data with only core YAML values; a record whose
 * fields break the schema is still compared, since a change often moves or fixes one.
 */
export function snapshotsOf(registry: LoadedRegistry, root: string): Snapshot[] {
  const toRepo = (file: string): string => relative(root, file).split(sep).join('/');
  return registry.records
    .filter((r) => r.id !== undefined)
    .map((r) => ({ id: r.id!, kind: typeof r.data.kind === 'string' ? r.data.kind : '', file: toRepo(r.file), data: r.data }));
}
