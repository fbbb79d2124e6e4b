/**
 * CRC-32 (zlib's, as gzip and PNG use) over bytes: what tells a cache file's bytes from the bytes
 * coop wrote. A structural check alone believes any change that leaves valid JSON (a digit of a
 * date, a letter of a title). It detects corruption, not tampering: whoever can write the cache
 * can write its checksums too, as they can write coop itself. Native, so a 10,000-record cache's
 * 3 MB header takes about a millisecond.
 */
import { createRequire } from 'node:module';

// Loaded when a cache is first read or written: a run without one (--no-cache, --help) needs no zlib.
let zlib: typeof import('node:zlib') | undefined;
const loadZlib = (): typeof import('node:zlib') => (zlib ??= createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib'));

/** Where a checksum starts, and so the checksum of no bytes. */
export const CHECKSUM_START = 0;

/** Continues a checksum over more bytes: checksum(b, checksum(a)) is the checksum of a then b. */
export function checksum(bytes: Uint8Array, from: number = CHECKSUM_START): number {
  return loadZlib().crc32(bytes, from);
}

/** The checksum of chunks laid end to end. */
export function checksumOf(chunks: readonly Uint8Array[]): number {
  let value = CHECKSUM_START;
  for (const chunk of chunks) value = checksum(chunk, value);
  return value;
}

/** A checksum as the 8 hex digits a header line ends with. */
export const checksumText = (value: number): string => value.toString(16).padStart(8, '0');

/** Whether a value read back is a checksum (a 32-bit unsigned integer). */
export const isChecksum = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffffffff;
