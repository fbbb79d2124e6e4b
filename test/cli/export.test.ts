import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop, ROOT, tempDir } from '../helpers/cli.js';
import { generateRegistry } from '../helpers/generate-registry.js';

// coop export, checked from the outside: the SQLite file is opened with Debian's sqlite3 (as a
// user or datasette would), and every table is compared with `coop list --format json`.

const SQLITE3 = '/usr/bin/sqlite3';
const SKIP_SQLITE = !existsSync(SQLITE3) && process.env.CI !== 'true';
const AS_OF = '2025-11-01';

interface ListedRecord {
  id: string;
  kind: 'agreement' | 'programme';
  title: string;
  parties?: { country: string; role?: string }[];
  countries?: { country: string; role: string }[];
  areas?: string[];
  commitments?: { id: string; text: string; status: string }[];
  sources: { title: string; url?: string }[];
  events?: { description: string; people?: { name?: string; role?: string; country: string }[] }[];
  history?: { type: string; date?: string }[];
  organisations?: { name: string; role: string }[];
  signatories?: { name?: string; role?: string; country: string }[];
  country_names: Record<string, string>;
}

function sql<T = Record<string, unknown>>(db: string, query: string): T[] {
  const out = execFileSync(SQLITE3, ['-json', '-bail', db, query], { encoding: 'utf8' });
  return out.trim() ? (JSON.parse(out) as T[]) : [];
}

async function listed(registry: string): Promise<ListedRecord[]> {
  const { stdout, code } = await coop(['list', '--registry', registry, '--format', 'json', '--as-of', AS_OF]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as ListedRecord[];
}

const countriesOf = (r: ListedRecord): { country: string; role: string }[] => r.parties?.map((p) => ({ country: p.country, role: p.role ?? 'party' })) ?? r.countries!;
const peopleOf = (r: ListedRecord) => [...(r.signatories ?? []), ...(r.events ?? []).flatMap((e) => e.people ?? [])];

describe.skipIf(SKIP_SQLITE).each([
  ['the shipped registry', () => join(ROOT, 'registry')],
  ['a 300-record generated registry', () => generateRegistry(300, 7).dir],
])('coop export --format sqlite on %s, read with sqlite3', (_name, registryOf) => {
  let registry: string;
  let db: string;
  let records: ListedRecord[];

  beforeAll(async () => {
    registry = registryOf();
    db = join(tempDir('coop-export-'), 'coop.db');
    const result = await coop(['export', '--registry', registry, '--format', 'sqlite', '-o', db, '--as-of', AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    records = await listed(registry);
  }, 60_000);

  it('opens with sqlite3: integrity and foreign keys check, the tables and indexes are there', () => {
    expect(sql(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(sql(db, 'PRAGMA foreign_key_check')).toEqual([]);
    const tables = sql<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((t) => t.name);
    expect(tables).toEqual(['areas', 'commitments', 'countries', 'events', 'history', 'organisations', 'people', 'record_countries', 'records', 'sources']);
    const foreignKeys = sql<{ t: string; target: string }>(db, "SELECT m.name AS t, f.\"table\" AS target FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY 1, 2");
    expect(foreignKeys).toEqual(expect.arrayContaining([{ t: 'record_countries', target: 'records' }, { t: 'record_countries', target: 'countries' }, { t: 'commitments', target: 'records' }, { t: 'areas', target: 'records' }, { t: 'sources', target: 'records' }, { t: 'events', target: 'records' }, { t: 'people', target: 'records' }, { t: 'records', target: 'records' }]));
    const indexes = sql<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").map((i) => i.name);
    expect(indexes).toEqual(expect.arrayContaining(['record_countries_by_country', 'areas_by_area', 'commitments_by_due_earliest', 'records_by_date_earliest']));
  });

  it('has as many rows in each table as coop list --format json has records, countries, areas, commitments, sources, events and people', () => {
    const count = (table: string): number => sql<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`)[0]!.n;
    expect(count('records')).toBe(records.length);
    expect(count('record_countries')).toBe(records.flatMap(countriesOf).length);
    expect(count('areas')).toBe(records.flatMap((r) => r.areas ?? []).length);
    expect(count('commitments')).toBe(records.flatMap((r) => r.commitments ?? []).length);
    expect(count('sources')).toBe(records.flatMap((r) => r.sources).length);
    expect(count('events')).toBe(records.flatMap((r) => r.events ?? []).length);
    expect(count('people')).toBe(records.flatMap(peopleOf).length);
    expect(count('history')).toBe(records.flatMap((r) => r.history ?? []).length);
    expect(count('organisations')).toBe(records.flatMap((r) => r.organisations ?? []).length);
    const codes = new Set(records.flatMap((r) => [...countriesOf(r).map((c) => c.country), ...peopleOf(r).map((p) => p.country)]));
    expect(count('countries')).toBeGreaterThanOrEqual(codes.size);
  });

  it('joins: records with their countries by name and role, in order', () => {
    const rows = sql<{ id: string; names: string; roles: string }>(
      db,
      'SELECT r.id, group_concat(c.name, \'|\') AS names, group_concat(rc.role, \'|\') AS roles FROM records r JOIN record_countries rc ON rc.record_id = r.id JOIN countries c ON c.code = rc.country GROUP BY r.id ORDER BY r.id',
    );
    // group_concat follows the join's order only loosely, so compare as sorted sets per record.
    const expected = [...records].sort((a, b) => a.id.localeCompare(b.id)).map((r) => ({ id: r.id, names: countriesOf(r).map((c) => r.country_names[c.country]!).sort(), roles: countriesOf(r).map((c) => c.role).sort() }));
    expect(rows.map((row) => ({ id: row.id, names: row.names.split('|').sort(), roles: row.roles.split('|').sort() }))).toEqual(expected);
  });

  it('joins: areas, sources, events, people and commitments to their records', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const row of sql<{ id: string; kind: string; area: string }>(db, 'SELECT r.id, r.kind, a.area FROM areas a JOIN records r ON r.id = a.record_id')) {
      expect(byId.get(row.id)!.areas).toContain(row.area);
      expect(byId.get(row.id)!.kind).toBe(row.kind);
    }
    for (const row of sql<{ id: string; position: number; title: string; url: string | null }>(db, 'SELECT r.id, s.position, s.title, s.url FROM sources s JOIN records r ON r.id = s.record_id')) {
      const source = byId.get(row.id)!.sources[row.position - 1]!;
      expect(row.title).toBe(source.title);
      expect(row.url).toBe(source.url ?? null);
    }
    for (const row of sql<{ id: string; position: number; type: string; date: string | null }>(db, 'SELECT r.id, h.position, h.type, h.date FROM history h JOIN records r ON r.id = h.record_id')) {
      const event = byId.get(row.id)!.history![row.position - 1]!;
      expect([row.type, row.date]).toEqual([event.type, event.date ?? null]);
    }
    for (const row of sql<{ id: string; position: number; name: string; role: string }>(db, 'SELECT r.id, o.position, o.name, o.role FROM organisations o JOIN records r ON r.id = o.record_id')) {
      expect(byId.get(row.id)!.organisations![row.position - 1]).toMatchObject({ name: row.name, role: row.role });
    }
    for (const row of sql<{ id: string; position: number; description: string }>(db, 'SELECT r.id, e.position, e.description FROM events e JOIN records r ON r.id = e.record_id')) {
      expect(row.description).toBe(byId.get(row.id)!.events![row.position - 1]!.description);
    }
    const people = sql<{ id: string; country_name: string; name: string | null }>(db, 'SELECT p.record_id AS id, c.name AS country_name, p.name FROM people p JOIN countries c ON c.code = p.country ORDER BY p.id');
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining(records.filter((r) => peopleOf(r).length).map((r) => r.id)));
    for (const row of sql<{ id: string; commitment: string; text: string; title: string }>(db, 'SELECT r.id, c.id AS commitment, c.text, r.title FROM commitments c JOIN records r ON r.id = c.record_id')) {
      const record = byId.get(row.id)!;
      expect(row.title).toBe(record.title);
      expect(record.commitments!.find((c) => c.id === row.commitment)!.text).toBe(row.text);
    }
  });

  it('commitments carry the due dates coop deadlines computes', async () => {
    const { stdout } = await coop(['deadlines', '--registry', registry, '--all', '--format', 'json', '--as-of', AS_OF]);
    const deadlines = (JSON.parse(stdout) as { record: string; type: string; item: string; due: string; due_latest: string; timing: string }[]).filter((d) => d.type === 'commitment');
    const rows = sql<{ record: string; item: string; due: string; due_latest: string; timing: string }>(
      db,
      'SELECT r.id AS record, c.id AS item, c.due_earliest AS due, c.due_latest, c.timing FROM commitments c JOIN records r ON r.id = c.record_id WHERE c.due_earliest IS NOT NULL',
    );
    const key = (d: { record: string; item: string }): string => `${d.record} ${d.item}`;
    expect(rows.map((r) => ({ ...r })).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      deadlines.map(({ record, item, due, due_latest, timing }) => ({ record, item, due, due_latest, timing })).sort((a, b) => key(a).localeCompare(key(b))),
    );
  });
});

describe('coop export', () => {
  it('gives the same bytes for the same registry and --as-of', async () => {
    const dir = tempDir('coop-export-');
    for (const name of ['a.db', 'b.db']) await coop(['export', '--format', 'sqlite', '-o', join(dir, name), '--as-of', AS_OF]);
    expect(readFileSync(join(dir, 'a.db')).equals(readFileSync(join(dir, 'b.db')))).toBe(true);
  });

  it('--format csv writes the same tables as CSV files, one per table, header first', async () => {
    const dir = join(tempDir('coop-export-'), 'tables');
    const { code, stderr } = await coop(['export', '--format', 'csv', '-o', dir, '--as-of', AS_OF]);
    expect(code, stderr).toBe(0);
    const records = await listed(join(ROOT, 'registry'));
    const table = (name: string): Record<string, string>[] => parse(readFileSync(join(dir, `${name}.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(table('records').map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(table('record_countries')).toHaveLength(records.flatMap(countriesOf).length);
    expect(table('areas')).toHaveLength(records.flatMap((r) => r.areas ?? []).length);
    expect(table('sources')).toHaveLength(records.flatMap((r) => r.sources).length);
    expect(table('events')).toHaveLength(records.flatMap((r) => r.events ?? []).length);
    expect(table('people')).toHaveLength(records.flatMap(peopleOf).length);
    const commitment = table('commitments').find((c) => c.id === 'health-working-group')!;
    expect(commitment).toMatchObject({ record_id: 'pk-ps-health-mou-2025', due_within: 'P30D', due_from: 'signed', due_earliest: '2025-10-17', due_latest: '2025-10-17', timing: 'overdue' });
    expect(Object.keys(table('records')[0]!)).toContain('date_earliest');
  });

  it('the format follows a .db or .sqlite extension; without -o, or with an unknown extension, it stops with exit 2', async () => {
    const dir = tempDir('coop-export-');
    expect((await coop(['export', '-o', join(dir, 'x.sqlite')])).code).toBe(0);
    const none = await coop(['export', '--format', 'sqlite']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('coop export needs somewhere to write');
    const json = await coop(['export', '-o', join(dir, 'x.json')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('cannot tell the format');
    const folder = await coop(['export', '-o', join(dir, 'tables')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--format sqlite or --format csv');
  });

  it('refuses to write inside the registry folder unless --force', async () => {
    const registry = generateRegistry(4, 3).dir;
    const refused = await coop(['export', '--registry', registry, '-o', join(registry, 'coop.db')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('inside the registry folder');
    expect(existsSync(join(registry, 'coop.db'))).toBe(false);
    expect((await coop(['export', '--registry', registry, '-o', join(registry, 'coop.db'), '--force'])).code).toBe(0);
  });
});
