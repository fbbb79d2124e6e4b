import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, fixture, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';
import { checksum, checksumText } from '../../src/core/cache/checksum.js';

function registryWith(text: string): { cwd: string; file: string } {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'registry', 'agreements'), { recursive: true });
  const file = join(cwd, 'registry', 'agreements', 'a.yaml');
  writeFileSync(file, text);
  return { cwd, file };
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.cache'));

/** The header of a cache file: its fields, and its files and entries as flat arrays of slots (src/core/cache/header.ts). */
interface Header {
  format: string;
  build: string;
  dataLength: number;
  listingsLength: number;
  checks: number[];
  dailyAsOf?: string;
  dayAsOf?: string;
  files: unknown[];
  entries: unknown[];
}

const ENTRY_SLOTS = ['key', 'findings', 'record', 'id', 'kind', 'countries', 'more', 'dataOffset', 'dataLength', 'listingOffset', 'listingLength', 'dayFindings', 'dayStatus', 'dailyOffset', 'dailyLength', 'dailyNote'] as const;
type Entry = Record<(typeof ENTRY_SLOTS)[number], unknown>;

/** A cache file's parts: the header line (JSON), its entries slot by slot, and the records' data, listings and digests after it. */
function readCache(file: string): { header: Header; entries: Entry[]; body: Buffer } {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  // The header line is its JSON, a tab and the JSON's checksum.
  const header = JSON.parse(bytes.toString('utf8', 0, bytes.lastIndexOf(0x09, newline))) as Header;
  const entries: Entry[] = [];
  for (let at = 0; at < (header.entries?.length ?? 0); at += ENTRY_SLOTS.length) {
    entries.push(Object.fromEntries(ENTRY_SLOTS.map((slot, i) => [slot, header.entries[at + i]])) as Entry);
  }
  return { header, entries, body: bytes.subarray(newline + 1) };
}

/**
 * Writes a cache file as coop would, checksums and all, from a header (whose entries may be given
 * slot by slot) and a body: what the file then says is believed or not on its shape alone. The
 * sections' checksums are taken from the body where the header's lengths allow.
 */
function writeCache(file: string, header: unknown, body: Buffer, entries?: Entry[], { keepChecks = false } = {}): void {
  const written = Array.isArray(header) ? header : { ...(header as Header), ...(entries ? { entries: entries.flatMap((e) => ENTRY_SLOTS.map((slot) => e[slot])) } : {}) };
  const sections = Array.isArray(written) || keepChecks ? undefined : sectionsOf(written, body);
  if (sections) (written as Header).checks = sections.map((section) => checksum(section));
  const json = Buffer.from(JSON.stringify(written));
  writeFileSync(file, Buffer.concat([json, Buffer.from(`\t${checksumText(checksum(json))}\n`), body]));
}

/** The body's data, listings and digests, when the header's lengths can split it. */
function sectionsOf({ dataLength, listingsLength }: Header, body: Buffer): Buffer[] | undefined {
  const isLength = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (!isLength(dataLength) || !isLength(listingsLength) || dataLength + listingsLength > body.length) return undefined;
  return [body.subarray(0, dataLength), body.subarray(dataLength, dataLength + listingsLength), body.subarray(dataLength + listingsLength)];
}

const dataSpan = (e: Entry): [number, number] => [e.dataOffset as number, e.dataLength as number];
const dailySpan = (e: Entry): [number, number] => [e.dailyOffset as number, e.dailyLength as number];
const listingSpan = (e: Entry): [number, number] => [e.listingOffset as number, e.listingLength as number];

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
    const { header, body } = readCache(join(dir, name!));
    // Text that is no cache file of this format, written as it is.
    const garbage = [
      '{"format":"coop-parse-cache/8","bu',
      '{"format":"coop-parse-cache/8","bu\n{}',
      // The previous formats: objects keyed by content, then a header line without a checksum.
      '{"format":"coop-parse-cache/5","entries":{},"stamps":{}}\n',
      `${JSON.stringify({ ...header, format: 'coop-parse-cache/7' })}\n`,
      // This format's header whose checksum is not its bytes'.
      `${JSON.stringify(header)}\t00000000\n`,
      `${JSON.stringify(header)}\n`,
      '[1,2,3]\n',
      '\u0000\u0001',
      '',
    ];
    for (const text of garbage) {
      writeFileSync(join(dir, name!), text);
      expect(await coop(['validate'], { cwd, env }), text.slice(0, 60)).toEqual(fresh);
      expect(readCache(join(dir, name!)).header.format).toBe('coop-parse-cache/8');
    }
    // Headers with good checksums over the real body, believed or not on what they say: each is
    // written again by the run (a cache it believed whole would be left as it is).
    const rewritten = async (what: string): Promise<void> => {
      const before = readFileSync(join(dir, name!));
      expect(await coop(['validate'], { cwd, env }), what).toEqual(fresh);
      const after = readCache(join(dir, name!));
      expect(readFileSync(join(dir, name!)).equals(before), what).toBe(false);
      expect(after.header.build, what).toBe(header.build);
      expect(after.header.checks, what).toHaveLength(3);
    };
    writeCache(join(dir, name!), header, body);
    const untouched = readFileSync(join(dir, name!));
    expect(await coop(['validate'], { cwd, env })).toEqual(fresh);
    expect(readFileSync(join(dir, name!)).equals(untouched)).toBe(true);
    const wrongs = { build: { ...header, build: 'other' }, files: { ...header, files: ['/elsewhere/a.yaml', 1, 2, 3, 4] }, entries: { ...header, entries: header.entries.slice(1) }, 'entries object': { ...header, entries: {} }, array: [1, 2, 3] };
    for (const [what, wrong] of Object.entries(wrongs)) {
      writeCache(join(dir, name!), wrong, body);
      await rewritten(what);
    }
    for (const checks of [undefined, [1, 2], [1, 2, -3], [1, 2, 2 ** 32], ['1', 2, 3]]) {
      writeCache(join(dir, name!), { ...header, checks }, body, undefined, { keepChecks: true });
      await rewritten(JSON.stringify(checks));
    }
  });

  it('bytes changed after coop wrote them are not believed, even where they still parse, and the cache is written again', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const runs = [['validate'], ['list'], ['list', '--format', 'json'], ['deadlines', '--all', '--format', 'json'], ['report']].map((args) => [...args, '--as-of', '2025-10-01']);
    const fresh = [];
    for (const args of runs) fresh.push(await coop(args, { cwd, env: { COOP_CACHE_DIR: tempDir() } }));
    for (const args of runs) await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const file = join(dir, name!);
    const good = readFileSync(file);
    const { header } = readCache(file);
    const bodyStart = good.indexOf(0x0a) + 1;
    const sections = {
      header: [0, bodyStart - 1],
      data: [bodyStart, bodyStart + header.dataLength],
      listings: [bodyStart + header.dataLength, bodyStart + header.dataLength + header.listingsLength],
      digests: [bodyStart + header.dataLength + header.listingsLength, good.length],
    } as const;
    expect(Object.values(sections).every(([from, to]) => to > from)).toBe(true);
    // Each reads its section; `list --country` reads the data of some records only: the others' spans into the corrupt section are dropped, not copied.
    const reader = { header: ['validate'], data: ['list', '--country', 'KZ', '--format', 'json'], listings: ['list'], digests: ['deadlines', '--all'] };
    // One letter of every "Agreement" or "Programme" (titles, findings, kinds) made another: the JSON still parses.
    for (const [section, [from, to]] of Object.entries(sections)) {
      const changed = Buffer.from(good);
      let flipped = 0;
      for (const word of ['agreement', 'Agreement', 'programme', 'Programme']) {
        for (let at = changed.indexOf(word, from); at >= 0 && at < to; at = changed.indexOf(word, at + 1)) {
          changed[at + 2] = changed[at + 2] === 0x72 ? 0x73 : 0x72;
          flipped++;
        }
      }
      expect(flipped, section).toBeGreaterThan(0);
      for (const [i, args] of runs.entries()) {
        writeFileSync(file, changed);
        expect(await coop(args, { cwd, env }), `${section}: ${args.join(' ')}`).toEqual(fresh[i]);
      }
      // A run that reads the section writes the cache again without the changed bytes.
      writeFileSync(file, changed);
      await coop([...reader[section as keyof typeof sections], '--as-of', '2025-10-01'], { cwd, env });
      const again = readFileSync(file);
      expect(['gseement', 'rrgramme'].filter((flip) => again.includes(flip)), section).toEqual([]);
      // Written again with what was read afresh: every valid record's listing and digest are back.
      const records = readCache(file).entries.filter((e) => e.record === 1 && e.findings === 0);
      expect(records.length, section).toBeGreaterThan(0);
      if (section === 'listings') expect(records.every((e) => (e.listingLength as number) > 0)).toBe(true);
      if (section === 'digests') expect(records.every((e) => (e.dailyLength as number) > 0)).toBe(true);
    }
  });

  it('an entry of the right build but the wrong shape is not believed', async () => {
    const { cwd } = registryWith(agreementYaml('a', { parties: ['PK', 'ZZ'] }));
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const fresh = await coop(['validate'], { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, entries, body } = readCache(join(dir, name!));
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    const wrongShapes: Entry[] = [
      { ...entry, findings: [{ line: 'x' }] },
      { ...entry, findings: 'none' },
      { ...entry, id: 7 },
      { ...entry, countries: 'PK' },
      { ...entry, more: { agreement: 7 } },
      // Data with no record's links.
      { ...entry, record: 0 },
      { ...entry, dataLength: body.length + 1 },
      { ...entry, dataOffset: -1, dataLength: 2 },
      { ...entry, dataOffset: 0.5 },
      { ...entry, dayFindings: { asOf: 1 } },
      { ...entry, dayStatus: 7 },
      { ...entry, listingOffset: 0, listingLength: body.length + 1 },
      { ...entry, key: 7 },
    ];
    for (const wrong of wrongShapes) {
      writeCache(join(dir, name!), header, body, [wrong]);
      expect(await coop(['validate'], { cwd, env }), JSON.stringify(wrong)).toEqual(fresh);
    }
    // A good cache again, then one whose split between data and digests is impossible.
    await coop(['validate'], { cwd, env });
    const good = readCache(join(dir, name!));
    expect(good.header.dataLength).toBeTypeOf('number');
    for (const dataLength of [-1, 0.5, '10', good.body.length + 1, undefined]) {
      writeCache(join(dir, name!), { ...good.header, dataLength }, good.body);
      expect(await coop(['validate'], { cwd, env }), String(dataLength)).toEqual(fresh);
    }
    for (const listingsLength of [-1, 0.5, '10', good.body.length - good.header.dataLength + 1, undefined]) {
      writeCache(join(dir, name!), { ...good.header, listingsLength }, good.body);
      expect(await coop(['validate'], { cwd, env }), String(listingsLength)).toEqual(fresh);
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
    const { header, entries, body } = readCache(join(dir, name!));
    expect(header.dayAsOf).toBe('2026-01-01');
    // Computed for that day, with nothing found.
    expect(entries.map((e) => e.dayFindings)).toEqual([1]);
    // With the data gone from the cache, only a run that reads data has to go back to the file.
    writeCache(join(dir, name!), header, Buffer.from(body).fill(0x20));
    expect(await coop(['validate', '--as-of', '2026-01-01'], { cwd, env })).toEqual(first);
    expect(readCache(join(dir, name!)).body.equals(Buffer.from(body).fill(0x20))).toBe(true);
  });

  it('a warm list reads no record data: titles and dates are cached per file, statuses per file and day', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const runs = [['list', '--as-of', '2025-10-01'], ['list', '--country', 'KZ', '--format', 'markdown', '--as-of', '2025-10-01'], ['list', '--sort', 'title', '--format', 'csv', '--as-of', '2025-10-01']];
    const first = await Promise.all(runs.map((args) => coop(args, { cwd, env: { COOP_CACHE_DIR: tempDir() } })));
    for (const args of runs) await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, entries, body } = readCache(join(dir, name!));
    expect(header.dayAsOf).toBe('2025-10-01');
    expect(entries.every((e) => typeof e.dayStatus === 'string' && (e.listingLength as number) > 0)).toBe(true);
    // Blank every record's data, keeping the listings: the table and Markdown come out the same without it.
    const blanked = Buffer.from(body).fill(0x20, 0, header.dataLength);
    writeCache(join(dir, name!), header, blanked);
    for (const [i, args] of runs.slice(0, 2).entries()) expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(first[i]);
    // Had either read a record, it would have found its data blank, read the file and saved the cache again.
    expect(readCache(join(dir, name!)).body.equals(blanked)).toBe(true);
    // A listing or status of the wrong shape is not believed: the record is read instead.
    for (const wrong of ['{"title":7}', '[]', '{"title":', 'null']) {
      const damaged = Buffer.from(body);
      for (const e of entries) {
        const [at, length] = listingSpan(e);
        const start = header.dataLength + at;
        damaged.fill(0x20, start, start + length).write(wrong.slice(0, length), start, 'latin1');
      }
      writeCache(join(dir, name!), header, damaged);
      expect(await coop(runs[0]!, { cwd, env }), wrong).toEqual(first[0]);
    }
    // Nor is a status that no record of its kind can have.
    for (const dayStatus of [7, 'bogus', 'active']) {
      writeCache(join(dir, name!), header, body, entries.map((e) => ({ ...e, dayStatus: e.kind === 'programme' && dayStatus === 'active' ? 'signed' : dayStatus })));
      expect(await coop(runs[0]!, { cwd, env }), String(dayStatus)).toEqual(first[0]);
    }
  });

  it('a status kept for one day is never shown on another: days alternate on one cache', async () => {
    // Its agreement's history puts it in force on 2025-10-01; the record says signed.
    const cwd = fixture('status-history');
    const env = { COOP_CACHE_DIR: tempDir() };
    for (const day of ['2025-09-30', '2025-10-01', '2025-09-30', '2025-10-01']) {
      for (const format of ['table', 'csv']) {
        const args = ['list', '--as-of', day, '--format', format];
        expect(await coop(args, { cwd, env }), `${day} ${format}`).toEqual(await coop([...args, '--no-cache'], { cwd }));
      }
    }
    const statuses = await Promise.all(['2025-09-30', '2025-10-01'].map(async (day) => (await coop(['list', '--as-of', day, '--format', 'csv'], { cwd, env })).stdout.split('\n')[1]));
    expect(statuses[0]).not.toBe(statuses[1]);
  });

  it('a warm deadlines or report reads no record data: each record\'s digest is cached per file and day', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const runs = [['deadlines', '--all', '--as-of', '2025-10-01'], ['report', '--as-of', '2025-10-01'], ['countries', '--as-of', '2025-10-01'], ['deadlines', '--format', 'ics', '--as-of', '2025-10-01'], ['deadlines', '--as-of', '2025-10-01'], ['deadlines', '--overdue', '--as-of', '2025-10-01']];
    const first = await Promise.all(runs.map((args) => coop(args, { cwd, env: { COOP_CACHE_DIR: tempDir() } })));
    for (const args of runs) await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, entries, body } = readCache(join(dir, name!));
    expect(header.dailyAsOf).toBe('2025-10-01');
    expect(entries.every((e) => (e.dailyOffset as number) >= 0 && (e.dailyLength as number) > 0)).toBe(true);
    // Beside each digest, the first day one of its open deadlines may fall due ('' for none), read without the digest.
    expect(entries.every((e) => typeof e.dailyNote === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(e.dailyNote))).toBe(true);
    expect(entries.some((e) => e.dailyNote === '') && entries.some((e) => e.dailyNote !== '')).toBe(true);
    // Blank every record's data, keeping the digests (which follow it): the summaries come out the same without it.
    const blanked = Buffer.from(body);
    for (const e of entries) {
      const [start, length] = dataSpan(e);
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

  it('deadlines passes over, unread, the digests of records with nothing due within its look-ahead', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const args = ['deadlines', '--as-of', '2025-10-01', '--format', 'json'];
    const fresh = await coop([...args, '--no-cache'], { cwd });
    await coop(args, { cwd, env });
    const [name] = cacheFiles(dir);
    const { header, entries, body } = readCache(join(dir, name!));
    // Blank the digests of the records whose note says nothing is due by 2025-12-30 (2025-10-01 and 90 days).
    const passedOver = entries.filter((e) => e.dailyNote === '' || (e.dailyNote as string) > '2025-12-30');
    expect(passedOver.length).toBeGreaterThan(0);
    expect(passedOver.length).toBeLessThan(entries.length);
    const blanked = Buffer.from(body);
    for (const e of passedOver) {
      const [at, length] = dailySpan(e);
      blanked.fill(0x20, header.dataLength + header.listingsLength + at, header.dataLength + header.listingsLength + at + length);
    }
    writeCache(join(dir, name!), header, blanked);
    expect(await coop(args, { cwd, env })).toEqual(fresh);
    // Had it read one of them, it would have found it blank, made it afresh and saved the cache again.
    expect(readCache(join(dir, name!)).body.equals(blanked)).toBe(true);
    // A note that is not '' or a day is not believed: the digest is read, and found blank, and made afresh.
    const damaged = entries.map((e) => (passedOver.includes(e) ? { ...e, dailyNote: 'later' } : e));
    writeCache(join(dir, name!), header, blanked, damaged);
    expect(await coop(args, { cwd, env })).toEqual(fresh);
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
    const { header, entries, body } = readCache(join(dir, name!));
    const blanked = Buffer.from(body);
    expect(entries.filter((e) => e.id === 'a-multi-2020')).toHaveLength(1);
    for (const e of entries) {
      if (e.id === 'a-multi-2020') continue;
      const [start, length] = dataSpan(e);
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

  it('a note kept for another day is not believed: a deadline closed then may be open now', async () => {
    const { cwd } = registryWith(agreementYaml('a', { extra: 'expires: "2026-03-01"\nhistory:\n  - type: termination\n    date: "2026-04-01"\n' }));
    const env = { COOP_CACHE_DIR: tempDir() };
    // Terminated by the summer: its expiry is closed, and its note says nothing is open.
    expect((await coop(['deadlines', '--as-of', '2026-06-30'], { cwd, env })).stdout).toBe('');
    const earlier = ['deadlines', '--as-of', '2026-01-01', '--format', 'json'];
    const warm = await coop(earlier, { cwd, env });
    expect(warm.stdout).toContain('"due": "2026-03-01"');
    expect(warm).toEqual(await coop([...earlier, '--no-cache'], { cwd }));
  });

  it('keeps one day\'s digests: a command that makes some for a new day drops the others of the old day', async () => {
    const cwd = fixture('query');
    const env = { COOP_CACHE_DIR: tempDir() };
    // Digests of every record for 2020, then of Pakistan's alone for 2026: the rest must not pass as 2026's.
    const runs = [['report', '--as-of', '2020-01-01'], ['deadlines', '--country', 'PK', '--as-of', '2026-06-30'], ['report', '--as-of', '2026-06-30'], ['deadlines', '--all', '--as-of', '2026-06-30']];
    for (const args of runs) expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(await coop([...args, '--no-cache'], { cwd }));
  });

  it('digests of another day are made afresh, and a digest of the wrong shape is not believed', async () => {
    const cwd = fixture('query');
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const days = ['2025-10-01', '2026-06-30', '2025-10-01', '2024-01-01'];
    for (const day of days) {
      // Plain deadlines and --overdue pass over records by the note kept with each digest: run first on a new day, they
      // find only the previous day's notes, which must not be believed.
      for (const args of [['deadlines', '--as-of', day], ['deadlines', '--overdue', '--as-of', day], ['deadlines', '--all', '--as-of', day], ['report', '--as-of', day]]) {
        expect(await coop(args, { cwd, env }), args.join(' ')).toEqual(await coop([...args, '--no-cache'], { cwd }));
      }
      expect(readCache(join(dir, cacheFiles(dir)[0]!)).header.dailyAsOf).toBe(day);
    }
    const args = ['report', '--as-of', '2024-01-01'];
    const fresh = await coop([...args, '--no-cache'], { cwd });
    const [name] = cacheFiles(dir);
    const { header, entries, body } = readCache(join(dir, name!));
    for (const wrong of ['{"id":7}', '{"id":"x","kind":"treaty","countries":[],"areas":[],"openCommitments":0,"status":"active","deadlines":[]}', '[]', '{"id":"x",', 'null']) {
      const damaged = Buffer.from(body);
      // Digests follow the records' data and listings; their spans count from where those end.
      const digestsStart = header.dataLength + header.listingsLength;
      for (const e of entries) {
        const [at, length] = dailySpan(e);
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

  it("a run that saves its cache removes coop's cache files of other formats, and nothing else", async () => {
    const { cwd } = registryWith(agreementYaml('a'));
    const dir = tempDir();
    const files = {
      // An older coop's cache of some registry, under a name of its own.
      '0123456789abcdef.cache': '{"format":"coop-parse-cache/6","build":"x","dataLength":0,"files":[],"entries":[]}\n',
      // This format's cache of another registry.
      'fedcba9876543210.cache': '{"format":"coop-parse-cache/8","build":"x","dataLength":0,"listingsLength":0,"files":[],"entries":[]}\n',
      // Not recognisably coop's.
      'aaaaaaaaaaaaaaaa.cache': 'something else\n',
      'notes.txt': '{"format":"coop-parse-cache/1"}\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    await coop(['validate'], { cwd, env: { COOP_CACHE_DIR: dir } });
    const [own] = cacheFiles(dir).filter((name) => !(name in files));
    expect(readdirSync(dir).sort()).toEqual([own, 'aaaaaaaaaaaaaaaa.cache', 'fedcba9876543210.cache', 'notes.txt'].sort());
    // A warm run that changes nothing writes nothing, and so removes nothing.
    writeFileSync(join(dir, '0123456789abcdef.cache'), files['0123456789abcdef.cache']);
    await coop(['validate'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readdirSync(dir)).toContain('0123456789abcdef.cache');
    // Nor does one that saves over the cache it read (a new day): only a run that found none of
    // this format, as the first after an upgrade does, looks through the folder.
    await coop(['validate', '--as-of', '2030-01-01'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readCache(join(dir, own!)).header.dayAsOf).toBe('2030-01-01');
    expect(readdirSync(dir)).toContain('0123456789abcdef.cache');
    rmSync(join(dir, own!));
    await coop(['validate'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readdirSync(dir)).not.toContain('0123456789abcdef.cache');
  });

  it('--no-cache writes no cache', async () => {
    const { cwd } = registryWith(agreementYaml('a'));
    const dir = tempDir();
    await coop(['validate', '--no-cache'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readdirSync(dir)).toEqual([]);
  });
});
