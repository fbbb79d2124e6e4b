import type { Io } from './io.js';
import type { RecordSet } from '../core/query/load-records.js';
import { loadRecords } from '../core/query/load-records.js';
import { displayPath } from '../format/paths.js';
import { terminalSafe } from '../format/terminal-safe.js';
import { locateRegistry } from './locate-registry.js';
import { parseCacheFor } from './parse-cache.js';

export interface OpenRegistry extends RecordSet {
  /** The registry folder the records come from. */
  dir: string;
}

/** The registry's valid records for a query command; files with errors are named on stderr unless `quiet`. */
export function openRegistry(options: { registry?: string; cache?: boolean }, asOf: string, io: Io, { quiet = false } = {}): OpenRegistry {
  const registry = locateRegistry(options, io);
  const set = loadRecords(registry.dir, asOf, parseCacheFor(registry.dir, options, io));
  if (!quiet) noteSkipped(set.skipped, io);
  return { ...set, dir: registry.dir };
}

/** One line on stderr naming the files left out because they have errors. */
export function noteSkipped(skipped: readonly string[], io: Io): void {
  if (skipped.length === 0) return;
  const files = skipped.map((f) => terminalSafe(displayPath(f, io.cwd))).join(', ');
  io.err(`coop: left out ${skipped.length} file${skipped.length === 1 ? '' : 's'} with errors (run coop validate): ${files}\n`);
}
