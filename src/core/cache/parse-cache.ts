import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings.js';

/** What one file's content yields on its own: its data and its per-file findings, without the file name. */
export interface CachedFile {
  data?: Record<string, unknown>;
  findings: Omit<Finding, 'file' | 'lineText'>[];
}

const FORMAT = 'coop-parse-cache/1';

/**
 * Per-file results keyed by a hash of the file's bytes, for one registry, like ESLint's --cache.
 * The cache is only ever a shortcut: a file that is missing, corrupt, written by another build of
 * coop or in another shape is ignored and rebuilt, and the file is replaced atomically, so two
 * runs at once each read either the old cache or the new one.
 */
export class ParseCache {
  private readonly previous: Map<string, CachedFile>;
  private readonly used = new Map<string, CachedFile>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly buildId: string,
    previous: Map<string, CachedFile>,
  ) {
    this.previous = previous;
  }

  /** Opens the cache for a registry folder inside `dir`; `buildId` names coop's code and schemas. */
  static open(dir: string, registryDir: string, buildId: string): ParseCache {
    const file = join(dir, `${createHash('sha256').update(registryDir).digest('hex').slice(0, 16)}.json`);
    return new ParseCache(file, buildId, readEntries(file, buildId));
  }

  get(key: string): CachedFile | undefined {
    const hit = this.previous.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedFile): void {
    this.used.set(key, value);
    this.changed = true;
  }

  /** Writes what this run used, if anything changed; a cache that cannot be written is skipped silently. */
  save(): void {
    if (!this.changed && this.used.size === this.previous.size) return;
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, build: this.buildId, entries: Object.fromEntries(this.used) }));
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

function readEntries(file: string, buildId: string): Map<string, CachedFile> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isObject(parsed) || parsed.format !== FORMAT || parsed.build !== buildId || !isObject(parsed.entries)) return new Map();
    const entries = new Map<string, CachedFile>();
    for (const [key, value] of Object.entries(parsed.entries)) {
      if (isCachedFile(value)) entries.set(key, value);
    }
    return entries;
  } catch {
    return new Map();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function isCachedFile(value: unknown): value is CachedFile {
  if (!isObject(value) || !Array.isArray(value.findings)) return false;
  if (value.data !== undefined && !isObject(value.data)) return false;
  return value.findings.every((f) => isObject(f) && Number.isInteger(f.line) && Number.isInteger(f.column) && typeof f.code === 'string' && typeof f.message === 'string' && (f.severity === 'error' || f.severity === 'warning'));
}

/** A file's content hash. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** The cache key of a file: its content hash and the kind its folder gives it (which picks its schema). */
export function cacheKey(hash: string, folderKind: string | undefined): string {
  return `${hash}:${folderKind ?? '-'}`;
}
