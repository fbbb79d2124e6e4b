import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../findings.js';
import { isRacy, sameStamp, type FileStamp } from './file-stamp.js';

/** What one file's content yields on its own: its data and its per-file findings, without the file name. */
export interface CachedFile {
  data?: Record<string, unknown>;
  findings: Omit<Finding, 'file' | 'lineText'>[];
}

/** A file's stamp and the hash of the bytes it had then, as stored: [size, mtimeMs, ctimeMs, ino, hash]. */
type StoredStamp = [number, number, number, number, string];

const FORMAT = 'coop-parse-cache/2';

/**
 * Per-file results keyed by a hash of the file's bytes, for one registry, like ESLint's --cache.
 * The cache is only ever a shortcut: a file that is missing, corrupt, written by another build of
 * coop or in another shape is ignored and rebuilt, and the file is replaced atomically, so two
 * runs at once each read either the old cache or the new one.
 */
export class ParseCache {
  private readonly used = new Map<string, CachedFile>();
  private readonly usedStamps = new Map<string, StoredStamp>();
  private changed = false;
  /** Before any file is read, so that a file written during the run counts as racy. */
  private readonly startedMs = Date.now();

  private constructor(
    private readonly file: string,
    private readonly buildId: string,
    private readonly previous: Map<string, CachedFile>,
    private readonly previousStamps: Map<string, StoredStamp>,
  ) {}

  /** Opens the cache for a registry folder inside `dir`; `buildId` names coop's code and schemas. */
  static open(dir: string, registryDir: string, buildId: string): ParseCache {
    const file = join(dir, `${createHash('sha256').update(registryDir).digest('hex').slice(0, 16)}.json`);
    const { entries, stamps } = readCacheFile(file, buildId);
    return new ParseCache(file, buildId, entries, stamps);
  }

  /** The content hash of a file whose stamp is the one it had when it was last hashed. */
  hashOf(path: string, stamp: FileStamp): string | undefined {
    const stored = this.previousStamps.get(path);
    if (!stored || !sameStamp(stamp, { size: stored[0], mtimeMs: stored[1], ctimeMs: stored[2], ino: stored[3] })) return undefined;
    this.usedStamps.set(path, stored);
    return stored[4];
  }

  /** Remembers the hash of bytes read under `stamp`, unless the file changed too recently to trust its stamp. */
  noteStamp(path: string, stamp: FileStamp, hash: string): void {
    if (isRacy(stamp, this.startedMs)) return;
    this.usedStamps.set(path, [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, hash]);
    this.changed = true;
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
    if (!this.changed && this.used.size === this.previous.size && this.usedStamps.size === this.previousStamps.size) return;
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, build: this.buildId, entries: Object.fromEntries(this.used), stamps: Object.fromEntries(this.usedStamps) }));
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

function readCacheFile(file: string, buildId: string): { entries: Map<string, CachedFile>; stamps: Map<string, StoredStamp> } {
  const entries = new Map<string, CachedFile>();
  const stamps = new Map<string, StoredStamp>();
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isObject(parsed) || parsed.format !== FORMAT || parsed.build !== buildId || !isObject(parsed.entries) || !isObject(parsed.stamps)) return { entries, stamps };
    for (const [key, value] of Object.entries(parsed.entries)) {
      if (isCachedFile(value)) entries.set(key, value);
    }
    for (const [path, value] of Object.entries(parsed.stamps)) {
      if (isStoredStamp(value)) stamps.set(path, value);
    }
  } catch {
    // Unreadable or not JSON: start afresh.
  }
  return { entries, stamps };
}

function isStoredStamp(value: unknown): value is StoredStamp {
  return Array.isArray(value) && value.length === 5 && value.slice(0, 4).every((n) => typeof n === 'number' && Number.isFinite(n)) && typeof value[4] === 'string';
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
