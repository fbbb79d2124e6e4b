import type { Io } from '../cli/io.js';
import type { RecordSet } from '../core/query/load-records.js';
import { loadRecords } from '../core/query/load-records.js';
import { findRegistry } from '../core/registry/find-registry.js';
import { displayPath } from '../format/paths.js';
import { parseCacheFor } from './parse-cache.js';

/** The registry's valid records for a query command; files with errors are named on stderr. */
export function openRegistry(options: { registry?: string; cache?: boolean }, asOf: string, io: Io): RecordSet {
  const registry = findRegistry({ option: options.registry, environment: io.env.COOP_REGISTRY, cwd: io.cwd });
  const set = loadRecords(registry.dir, asOf, parseCacheFor(registry.dir, options, io));
  if (set.skipped.length > 0) {
    const files = set.skipped.map((f) => displayPath(f, io.cwd)).join(', ');
    io.err(`coop: left out ${set.skipped.length} file${set.skipped.length === 1 ? '' : 's'} with errors (run coop validate): ${files}\n`);
  }
  return set;
}
