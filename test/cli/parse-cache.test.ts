import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, fixture, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';

function registryWith(text: string): { cwd: string; file: string } {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'registry', 'agreements'), { recursive: true });
  const file = join(cwd, 'registry', 'agreements', 'a.yaml');
  writeFileSync(file, text);
  return { cwd, file };
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.cache'));

/** A cache file's parts: the header line (JSON) and the records' data after it. */
function readCache(file: string): { header: { format: string; entries: Record<string, Record<string, unknown>> }; body: Buffer } {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  return { header: JSON.parse(bytes.toString('utf8', 0, newline)), body: bytes.subarray(newline + 1) };
}

function writeCache(file: string, header: unknown, body: Buffer): void {
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]));
}

describe('parse cache', () => {
  it('an edit in the same second at the same size gives fresh findings', async () => {
    const { cwd, file } = registryWith(agreementYaml('a', { parties: ['PK', 'PS'] }));
    const env = { COOP_CACHE_DIR: tempDir() };
    expect((await coop(['validate'], { cwd, env })).code).toBe(0);
    const before = statSync(file);
    writeFileSync(file, agreementYaml('a', { parties: ['PK', 'ZZ'] }));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const { code, stdout } = await coop(['validate'], { cwd, env });
    expect(code).toBe(1);
    expect(stdout).toContain('registry/agreements/a.yaml:7:14: error [unknown-country]');
  });

  it('a corrupt or foreign cache is ignored and rebuilt', async () => {
    const { cwd } = registryWith(agreementYaml('a', { parties: ['PK', 'ZZ'] }));
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const fresh = await coop(['validate'], { cwd, env: { ...env, COOP_CACHE_DIR: tempDir() } });
    await coop(['validate'], { cwd, env });
    const [name] = cacheFiles(dir);
    for (const garbage of ['{"format":"coop-parse-cache/5","bu', '{"format":"coop-parse-cache/5","bu\n{}', '{"format":"coop-parse-cache/5","build":"other","entries":{},"stamps":{}}\n', '{"format":"coop-parse-cache/4","entries":{}}', '[1,2,3]\n', '\u0000\u0001', '']) {
      writeFileSync(join(dir, name!), garbage);
      expect(await coop(['validate'], { cwd, env })).toEqual(fresh);
      expect(readCache(join(dir, name!)).header.format).toBe('coop-parse-cache/5');
    }
  });

  it('an entry of the right build but the wrong shape is not believed', async () => {
    const { cwd } = registryWith(agreementYaml('a', { parties: ['PK', 'ZZ'] }));
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const fresh = await coop(['validate'], { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    const entry = Object.values(header.entries)[0]!;
    const wrongShapes = [
      { ...entry, findings: [{ line: 'x' }] },
      { ...entry, links: { id: 7 } },
      { ...entry, links: undefined },
      { ...entry, span: [0, body.length + 1] },
      { ...entry, span: [-1, 2] },
      { ...entry, day: { asOf: 1, findings: [] } },
    ];
    for (const wrong of wrongShapes) {
      for (const key of Object.keys(header.entries)) header.entries[key] = wrong;
      writeCache(join(dir, name!), header, body);
      expect(await coop(['validate'], { cwd, env }), JSON.stringify(wrong)).toEqual(fresh);
    }
    // A good cache again, then one whose split between data and digests is impossible.
    await coop(['validate'], { cwd, env });
    const good = readCache(join(dir, name!));
    expect((good.header as unknown as { dataLength: unknown }).dataLength).toBeTypeOf('number');
    for (const dataLength of [-1, 0.5, '10', good.body.length + 1, undefined]) {
      writeCache(join(dir, name!), { ...good.header, dataLength }, good.body);
      expect(await coop(['validate'], { cwd, env }), String(dataLength)).toEqual(fresh);
    }
  });

  it('record data in the cache that does not parse is read again from the record file', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const args = ['list', '--format', 'json', '--as-of', '2025-10-01'];
    const fresh = await coop(args, { cwd, env: { COOP_CACHE_DIR: tempDir() } });
    await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    for (const damage of [(b: Buffer) => b.fill(0x7b), (b: Buffer) => b.fill(0x20), (b: Buffer) => b.fill(0x31)]) {
      writeCache(join(dir, name!), header, damage(Buffer.from(body)));
      expect(await coop(args, { cwd, env })).toEqual(fresh);
    }
  });

  it('a warm run with the same day reads no record data: the day\'s findings are cached per file', async () => {
    const { cwd } = registryWith(agreementYaml('a', { parties: ['PK', 'PS'] }));
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const first = await coop(['validate', '--as-of', '2026-01-01'], { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    expect(Object.values(header.entries).map((e) => (e.day as { asOf: string }).asOf)).toEqual(['2026-01-01']);
    // With the data gone from the cache, only a run that reads data has to go back to the file.
    writeCache(join(dir, name!), header, Buffer.from(body).fill(0x20));
    expect(await coop(['validate', '--as-of', '2026-01-01'], { cwd, env })).toEqual(first);
    expect(readCache(join(dir, name!)).body.equals(Buffer.from(body).fill(0x20))).toBe(true);
  });

  it('a warm deadlines or report reads no record data: each record\'s digest is cached per file and day', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const runs = [['deadlines', '--all', '--as-of', '2025-10-01'], ['report', '--as-of', '2025-10-01'], ['countries', '--as-of', '2025-10-01'], ['deadlines', '--format', 'ics', '--as-of', '2025-10-01']];
    const first = await Promise.all(runs.map((args) => coop(args, { cwd, env: { COOP_CACHE_DIR: tempDir() } })));
    for (const args of runs) await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    expect((header as unknown as { dailyAsOf: string }).dailyAsOf).toBe('2025-10-01');
    const entries = Object.values(header.entries);
    expect(entries.every((e) => Array.isArray(e.daily))).toBe(true);
    // Blank every record's data, keeping the digests (which follow it): the summaries come out the same without it.
    const blanked = Buffer.from(body);
    for (const e of entries) {
      const [start, length] = e.span as [number, number];
      blanked.fill(0x20, start, start + length);
    }
    writeCache(join(dir, name!), header, blanked);
    // Had any of them read a record, it would have found the copy blank, read the record's file and saved the cache again.
    for (const [k, args] of runs.entries()) expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(first[k]);
    expect(readCache(join(dir, name!)).body.equals(blanked)).toBe(true);
    // A command that shows whole records reads them: the cache is mended from the records' files.
    const full = ['report', '--country', 'Pakistan', '--as-of', '2025-10-01'];
    expect(await coop(full, { cwd, env })).toEqual(await coop([...full, '--no-cache'], { cwd }));
    expect(readCache(join(dir, name!)).body.equals(blanked)).toBe(false);
  });

  it('show reads the one record it shows: the others\' data is never parsed', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const args = ['show', 'a-multi-2020', '--as-of', '2025-10-01'];
    const fresh = await coop([...args, '--no-cache'], { cwd });
    expect(fresh.code).toBe(0);
    await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    const blanked = Buffer.from(body);
    for (const e of Object.values(header.entries)) {
      if ((e.links as { id?: string }).id === 'a-multi-2020') continue;
      const [start, length] = e.span as [number, number];
      blanked.fill(0x20, start, start + length);
    }
    writeCache(join(dir, name!), header, blanked);
    expect(await coop(args, { cwd, env })).toEqual(fresh);
    expect(readCache(join(dir, name!)).body.equals(blanked)).toBe(true);
  });

  it('a record edited between warm runs, in the same second and at the same size, gets a fresh digest', async () => {
    const { cwd, file } = registryWith(agreementYaml('a', { extra: 'expires: "2026-03-01"\n' }));
    const env = { COOP_CACHE_DIR: tempDir() };
    const args = ['deadlines', '--all', '--as-of', '2026-01-01', '--format', 'json'];
    expect((await coop(args, { cwd, env })).stdout).toContain('"due": "2026-03-01"');
    expect((await coop(args, { cwd, env })).stdout).toContain('"due": "2026-03-01"');
    const before = statSync(file);
    writeFileSync(file, agreementYaml('a', { extra: 'expires: "2026-04-01"\n' }));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const edited = await coop(args, { cwd, env });
    expect(edited.stdout).toContain('"due": "2026-04-01"');
    expect(edited).toEqual(await coop([...args, '--no-cache'], { cwd }));
  });

  it('digests of another day are made afresh, and a digest of the wrong shape is not believed', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const days = ['2025-10-01', '2026-06-30', '2025-10-01', '2024-01-01'];
    for (const day of days) {
      for (const args of [['deadlines', '--all', '--as-of', day], ['report', '--as-of', day]]) {
        expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(await coop([...args, '--no-cache'], { cwd }));
      }
      expect((readCache(join(dir, cacheFiles(dir)[0]!)).header as unknown as { dailyAsOf: string }).dailyAsOf).toBe(day);
    }
    const args = ['report', '--as-of', '2024-01-01'];
    const fresh = await coop([...args, '--no-cache'], { cwd });
    const [name] = cacheFiles(dir);
    const { header, body } = readCache(join(dir, name!));
    for (const wrong of ['{"id":7}', '{"id":"x","kind":"treaty","countries":[],"areas":[],"openCommitments":0,"status":"active","deadlines":[]}', '[]', '{"id":"x",', 'null']) {
      const damaged = Buffer.from(body);
      // Digests follow the records' data; their spans count from where the data ends.
      const digestsStart = (header as unknown as { dataLength: number }).dataLength;
      for (const e of Object.values(header.entries)) {
        const [at, length] = e.daily as [number, number];
        const start = digestsStart + at;
        damaged.fill(0x20, start, start + length).write(wrong.slice(0, length), start, 'latin1');
      }
      writeCache(join(dir, name!), header, damaged);
      expect(await coop(args, { cwd, env }), wrong).toEqual(fresh);
    }
  });

  it('gives byte-identical output to --no-cache, cold and warm, and two runs at once agree', async () => {
    const cwd = fixture('query');
    const env = { COOP_CACHE_DIR: tempDir() };
    for (const args of [['validate', '--format', 'json'], ['list', '--format', 'json'], ['deadlines', '--all', '--as-of', '2025-10-01'], ['report', '--as-of', '2025-10-01']]) {
      const uncached = await coop([...args, '--no-cache'], { cwd });
      const [a, b] = await Promise.all([coop(args, { cwd, env }), coop(args, { cwd, env })]);
      expect(a, args.join(' ')).toEqual(uncached);
      expect(b, args.join(' ')).toEqual(uncached);
      expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(uncached);
    }
  });

  it('text beyond ASCII comes back from the cache unchanged', async () => {
    const notes = 'notes: "Sağlık — 保健 🩺 «ملاحظة» \\u00e9 \\ud83e\\ude7a"\n';
    const { cwd } = registryWith(agreementYaml('a', { extra: notes }));
    const args = ['list', '--format', 'json'];
    const uncached = await coop([...args, '--no-cache'], { cwd });
    expect(uncached.stdout).toContain('Sağlık — 保健 🩺 «ملاحظة» é 🩺');
    const env = { COOP_CACHE_DIR: tempDir() };
    expect(await coop(args, { cwd, env })).toEqual(uncached);
    expect(await coop(args, { cwd, env })).toEqual(uncached);
  });

  it('--no-cache writes no cache', async () => {
    const { cwd } = registryWith(agreementYaml('a'));
    const dir = tempDir();
    await coop(['validate', '--no-cache'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readdirSync(dir)).toEqual([]);
  });
});
