import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { checksum, CHECKSUM_START } from './checksum.js';

/** What identifies one version of a file: another file renamed over it differs in at least one. */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

export const identityOf = (stat: Stats): FileIdentity => ({ ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs });

/**
 * One section of a cache file after its header line (records' data, listings or digests): read
 * from disk only when a span of it is first asked for, so a warm `validate` reads the header
 * alone. If the file was replaced in the meantime (another run saved its cache), the section is
 * unavailable and records are read from their own files instead; likewise when its bytes are not
 * the ones written (their checksum differs), and then it is `corrupt`: no span of it is kept.
 */
export class CacheBody {
  /** undefined until first read; null when the section could not be read (it is not tried again). */
  private bytes: Buffer | null | undefined;
  private damaged = false;

  constructor(
    private readonly file: string,
    private readonly offset: number,
    readonly length: number,
    private readonly identity: FileIdentity,
    /** The checksum of the section's bytes, as the header gives it. */
    private readonly check: number,
  ) {}

  /** No section: never read, so its checksum (that of no bytes) is never compared. */
  static readonly empty = new CacheBody('', 0, 0, { ino: 0, size: 0, mtimeMs: 0 }, CHECKSUM_START);

  /** Whether the section was read and its bytes were not the ones written. */
  get corrupt(): boolean {
    return this.damaged;
  }

  /** Bytes [start, end) of the data; undefined when the data cannot be read. */
  slice(start: number, end: number): Buffer | undefined {
    if (this.length === 0) return undefined;
    if (this.bytes === undefined) this.bytes = this.read();
    return this.bytes?.subarray(start, end);
  }

  private read(): Buffer | null {
    let fd: number | undefined;
    try {
      fd = openSync(this.file, 'r');
      const now = identityOf(fstatSync(fd));
      if (now.ino !== this.identity.ino || now.size !== this.identity.size || now.mtimeMs !== this.identity.mtimeMs) return null;
      const bytes = Buffer.allocUnsafe(this.length);
      for (let done = 0; done < this.length; ) {
        const read = readSync(fd, bytes, done, this.length - done, this.offset + done);
        if (read === 0) return null;
        done += read;
      }
      if (checksum(bytes) !== this.check) {
        this.damaged = true;
        return null;
      }
      return bytes;
    } catch {
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
}

/** The first line of a file (without its newline), its identity and where the rest starts; undefined when there is no newline. */
export function readFirstLine(file: string): { line: Buffer; identity: FileIdentity; rest: number } | undefined {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const chunks: Buffer[] = [];
    let position = 0;
    // The header of a 10,000-record cache is about 3 MB.
    const chunk = Buffer.allocUnsafe(1 << 20);
    while (position < stat.size) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      const newline = chunk.subarray(0, read).indexOf(0x0a);
      if (newline >= 0) {
        chunks.push(Buffer.from(chunk.subarray(0, newline)));
        return { line: Buffer.concat(chunks), identity: identityOf(stat), rest: position + newline + 1 };
      }
      chunks.push(Buffer.from(chunk.subarray(0, read)));
      position += read;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
