import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileStamp } from '../../src/core/cache/file-stamp.js';
import { nameHash, ParseCache } from '../../src/core/cache/parse-cache.js';
import { loadFromSource } from '../../src/core/registry/load-registry.js';
import type { RecordSource } from '../../src/core/registry/record-source.js';
import { agreementYaml } from '../helpers/git-repo.js';

const DIR = '/registry';
const FILE = '/registry/agreements/a.yaml';
const LONG_AGO = Date.parse('2020-01-01T00:00:00Z');

/** A registry of one file whose stamp the test sets, counting how often the file is read. */
function fakeSource(text: string, stamp: FileStamp): RecordSource & { reads: number } {
  const source = {
    reads: 0,
    entries: [{ path: FILE, read: true }],
    read: () => {
      source.reads++;
      return { ok: true as const, bytes: Buffer.from(text), stamp };
    },
    stamp: () => stamp,
  };
  return source;
}

function load(source: RecordSource, cacheDir: string) {
  const cache = ParseCache.open(cacheDir, DIR, 'test-build');
  const loaded = loadFromSource(source, DIR, () => true, { cache });
  cache.save();
  return loaded;
}

const settled: FileStamp = { size: 100, mtimeMs: LONG_AGO, ctimeMs: LONG_AGO, ino: 7 };

describe('parse cache: file stamps', () => {
  it('a file whose stamp is unchanged is not read again, and gives the same records and findings', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    const text = agreementYaml('a', { parties: ['PK', 'ZZ'] });
    const first = load(fakeSource(text, settled), cacheDir);
    const again = fakeSource(text, settled);
    const second = load(again, cacheDir);
    expect(again.reads).toBe(0);
    expect(second.records.map((r) => r.data)).toEqual(first.records.map((r) => r.data));
    expect(second.findings).toEqual(first.findings);
    expect(second.findings.map((f) => f.code)).toEqual(['unknown-country']);
  });

  it('any change of size, times or inode means the file is read and hashed again', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    const text = agreementYaml('a');
    load(fakeSource(text, settled), cacheDir);
    for (const change of [{ size: 101 }, { mtimeMs: LONG_AGO + 1 }, { ctimeMs: LONG_AGO + 0.001 }, { ino: 8 }]) {
      const source = fakeSource(text, { ...settled, ...change });
      load(source, cacheDir);
      expect(source.reads, JSON.stringify(change)).toBe(1);
    }
  });

  it('a file changed within two seconds of the run is always read: a coarse clock could hide a second edit', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    const recent: FileStamp = { ...settled, mtimeMs: Date.now() - 1000, ctimeMs: Date.now() - 1000 };
    load(fakeSource(agreementYaml('a'), recent), cacheDir);
    const edited = fakeSource(agreementYaml('a', { parties: ['PK', 'ZZ'] }), recent);
    expect(load(edited, cacheDir).findings.map((f) => f.code)).toEqual(['unknown-country']);
    expect(edited.reads).toBe(1);
  });
});

describe('parse cache: values JSON cannot hold', () => {
  it('a record with .inf, .nan or -0 comes back exactly, read from its file, not from the cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    const text = agreementYaml('a', { extra: 'numbers: [.inf, -.inf, .nan, -0, 1.5]\n' });
    const cold = load(fakeSource(text, settled), cacheDir);
    const again = fakeSource(text, settled);
    const warm = load(again, cacheDir);
    expect(warm.records[0]!.data.numbers).toEqual([Infinity, -Infinity, NaN, -0, 1.5]);
    expect(Object.is((warm.records[0]!.data.numbers as number[])[3], -0)).toBe(true);
    expect(warm.findings).toEqual(cold.findings);
    expect(again.reads).toBe(1);
  });
});

describe('parse cache: the data section', () => {
  it('is read only when a record is, and not at all once another run has replaced the file', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    const text = agreementYaml('a');
    load(fakeSource(text, settled), cacheDir);
    // A second run opens the cache, then a third saves a different one over it.
    const cache = ParseCache.open(cacheDir, DIR, 'test-build');
    const [file] = readdirSync(cacheDir);
    const other = ParseCache.open(cacheDir, DIR, 'test-build');
    loadFromSource(fakeSource(agreementYaml('a', { parties: ['PK', 'AF'] }), { ...settled, size: 101 }), DIR, () => true, { cache: other });
    other.save();
    expect(readdirSync(cacheDir)).toEqual([file]);
    const source = fakeSource(text, settled);
    const loaded = loadFromSource(source, DIR, () => true, { cache });
    expect(source.reads).toBe(0);
    // The data is gone from under the first run: the record is read from its file, and is the same.
    expect(loaded.records[0]!.data.parties).toEqual([{ country: 'PK' }, { country: 'PS' }]);
    expect(source.reads).toBe(1);
  });

  it('a run that can no longer copy data from a replaced cache file leaves that file as it is', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'coop-stamps-'));
    load(fakeSource(agreementYaml('a'), settled), cacheDir);
    // This run reads the header and learns something new (a digest), but not the data ...
    const cache = ParseCache.open(cacheDir, DIR, 'test-build');
    const loaded = loadFromSource(fakeSource(agreementYaml('a'), settled), DIR, () => true, { cache });
    loaded.digestAsOf(loaded.records[0]!, '2026-01-01', () => ({ made: 'here' }), (v): v is { made: string } => false);
    // ... while another run replaces the cache file.
    const other = ParseCache.open(cacheDir, DIR, 'test-build');
    loadFromSource(fakeSource(agreementYaml('b'), { ...settled, ino: 8 }), DIR, () => true, { cache: other });
    other.save();
    const [file] = readdirSync(cacheDir);
    const theirs = readFileSync(join(cacheDir, file!));
    cache.save();
    expect(readFileSync(join(cacheDir, file!)).equals(theirs)).toBe(true);
  });

  it("names a registry folder's cache file by the 64-bit FNV-1a hash of its path", () => {
    // The published test vectors of FNV-1a 64.
    expect(nameHash('')).toBe('cbf29ce484222325');
    expect(nameHash('a')).toBe('af63dc4c8601ec8c');
    expect(nameHash('foobar')).toBe('85944171f73967e8');
    expect(nameHash('/registry/agréments')).toMatch(/^[0-9a-f]{16}$/);
    expect(nameHash('/registry/a')).not.toBe(nameHash('/registry/b'));
  });
});
