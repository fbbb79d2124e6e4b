import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { Document, parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commentsOf, formatRecordFile, sameData } from '../../src/core/authoring/format-record.js';
import { MIGRATIONS } from '../../src/core/authoring/migrations.js';
import { coop, fixture, ROOT, tempDir } from '../helpers/cli.js';

/** A copy of a fixture under test/fixtures/fmt/, to format in place. */
function copyOf(name: string): string {
  const dir = join(tempDir('coop-fmt-'), name);
  cpSync(fixture(join('fmt', name)), dir, { recursive: true });
  return dir;
}

function onlyRecord(dir: string): string {
  const folder = join(dir, 'registry', 'agreements');
  const [name] = readdirSync(folder).filter((n) => n.endsWith('.yaml'));
  return join(folder, name!);
}

const schemaKeys = (kind: string): string[] => Object.keys(JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')).properties);

describe('coop fmt keeps every comment', () => {
  it('of a record with comments in odd places, and running it twice changes nothing', async () => {
    const dir = copyOf('comments');
    const file = onlyRecord(dir);
    const before = readFileSync(file, 'utf8');
    const first = await coop(['fmt', '--registry', 'registry'], { cwd: dir });
    expect(first).toEqual({ code: 0, stdout: 'formatted registry/agreements/pk-ps-comments.yaml\n', stderr: '' });
    const after = readFileSync(file, 'utf8');
    expect(commentsOf(after).sort()).toEqual(commentsOf(before).sort());
    expect(commentsOf(before)).toHaveLength(20);
    expect(sameData(parse(after), parse(before))).toBe(true);
    expect(after).toBe(readFileSync(join(fixture('fmt/comments'), 'expected.yaml'), 'utf8'));
    // The modeline and the file's opening comment stay at the top, whatever key comes first.
    expect(after.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=../../../../../../schemas/agreement.schema.json', '# A record with comments in odd places: coop fmt must keep every one.', 'id: pk-ps-comments # the id, after kind']);

    const second = await coop(['fmt', '--registry', 'registry'], { cwd: dir });
    expect(second).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect((await coop(['fmt', '--check', '--registry', 'registry'], { cwd: dir })).code).toBe(0);
  });
});

describe('the layout', () => {
  it('orders keys as the schema does, uses block lists, quotes dates and folds long prose at 100 columns', async () => {
    const dir = copyOf('layout');
    await coop(['fmt', '--registry', 'registry'], { cwd: dir });
    const text = readFileSync(onlyRecord(dir), 'utf8');
    expect(text).toBe(readFileSync(join(fixture('fmt/layout'), 'expected.yaml'), 'utf8'));
    const keys = Object.keys(parse(text));
    expect(keys).toEqual(schemaKeys('agreement').filter((k) => keys.includes(k)));
    expect(text).not.toMatch(/[[{]/);
    expect(text).toContain('date: "2025-09-17"');
    expect(Math.max(...text.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(text).not.toMatch(/^---/);
  });

  it('is the layout of the shipped registry', async () => {
    expect(await coop(['fmt', '--check'])).toEqual({ code: 0, stdout: '', stderr: "coop fmt: 4 files checked, all in coop's layout\n" });
  });

  it('is a fixpoint for every record of the test fixtures that parses, keeping data and comments', () => {
    const files = yamlFiles(join(ROOT, 'test', 'fixtures')).concat(yamlFiles(join(ROOT, 'registry')));
    let formatted = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const once = formatRecordFile(file, bytes);
      if (!once.ok) continue;
      formatted++;
      const twice = formatRecordFile(file, Buffer.from(once.text));
      expect(twice.ok && twice.text, relative(ROOT, file)).toBe(once.text);
      expect(commentsOf(once.text).sort(), relative(ROOT, file)).toEqual(commentsOf(bytes.toString('utf8')).sort());
    }
    expect(formatted).toBeGreaterThan(50);
  });

  it('keeps the data of any record, whatever style it was written in, and is idempotent', () => {
    const text = fc.string({ minLength: 1, maxLength: 140 }).filter((s) => s.trim() !== '');
    const words = fc.array(fc.constantFrom('health', 'cooperation', 'the', 'Pakistan–Palestine', 'a', 'memorandum', 'of', 'understanding', 'working', 'group', '#', ':', '-', '"quoted"', "it's"), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
    const date = fc.constantFrom('2025', '2025-09', '2025-09-17');
    const record = fc.record(
      {
        title: fc.oneof(text, words),
        status: fc.constantFrom('signed', 'unknown', 'in-force'),
        notes: fc.oneof(text, words),
        signed: fc.record({ date, place: words }, { requiredKeys: [] }),
        areas: fc.uniqueArray(fc.constantFrom('cardiology', 'surgery', 'oncology'), { maxLength: 3 }),
        sources: fc.array(fc.record({ title: words, via: text, published: date }, { requiredKeys: ['title'] }), { minLength: 1, maxLength: 2 }),
        extra_unknown_key: words,
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(record, fc.boolean(), fc.boolean(), fc.context(), (fields, flow, shuffle, ctx) => {
        const data: Record<string, unknown> = { id: 'pk-ps-prop', kind: 'agreement', instrument: 'treaty', parties: [{ country: 'PK' }, { country: 'PS' }], ...fields };
        const entries = Object.entries(data);
        if (shuffle) entries.reverse();
        const doc = new Document(Object.fromEntries(entries));
        const input = doc.toString({ collectionStyle: flow ? 'flow' : 'block', lineWidth: 60 });
        ctx.log(input);
        const once = formatRecordFile('/x/agreements/pk-ps-prop.yaml', Buffer.from(input));
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(sameData(parse(once.text), parse(input))).toBe(true);
        const twice = formatRecordFile('/x/agreements/pk-ps-prop.yaml', Buffer.from(once.text));
        expect(twice.ok && twice.text).toBe(once.text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('coop fmt --check', () => {
  it('lists the files that would change, exits 1 and writes nothing', async () => {
    const dir = copyOf('layout');
    const before = readFileSync(onlyRecord(dir), 'utf8');
    const { code, stdout, stderr } = await coop(['fmt', '--check', '--registry', 'registry'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 1, stdout: 'registry/agreements/pk-ps-layout.yaml\n' });
    expect(stderr).toBe("coop fmt: 1 file of 1 not in coop's layout; run coop fmt to rewrite it\n");
    expect(readFileSync(onlyRecord(dir), 'utf8')).toBe(before);
  });
});

describe('a file that does not parse', () => {
  it('is reported with its place and never touched, while the others are formatted', async () => {
    const dir = copyOf('not-parsing');
    cpSync(join(fixture('fmt/layout'), 'registry/agreements/pk-ps-layout.yaml'), join(dir, 'registry/agreements/pk-ps-layout.yaml'));
    const broken = join(dir, 'registry/agreements/pk-ps-broken.yaml');
    const before = readFileSync(broken);
    for (const check of [['--check'], []]) {
      const { code, stdout, stderr } = await coop(['fmt', ...check, '--registry', 'registry'], { cwd: dir });
      expect(code).toBe(1);
      expect(stdout).toContain('pk-ps-layout.yaml');
      expect(stderr).toMatch(/^registry\/agreements\/pk-ps-broken\.yaml:4:1: .*\[yaml-syntax\]; not formatted\n/);
      expect(stderr).toContain('coop fmt: 1 file left as it is');
      expect(readFileSync(broken)).toEqual(before);
    }
    expect((await coop(['fmt', '--check', '--registry', 'registry', 'registry/agreements/pk-ps-layout.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('nor is a file with a duplicate key, a byte-order mark or aliases', async () => {
    const dir = tempDir('coop-fmt-');
    const files: Record<string, string | Buffer> = {
      'dup.yaml': 'id: dup\nkind: agreement\nid: again\n',
      'bom.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: agreement\nid: bom\n')]),
      'alias.yaml': 'kind: agreement\nid: alias\nparties: [&p {country: PK}, *p]\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { code, stderr } = await coop(['fmt', 'dup.yaml', 'bom.yaml', 'alias.yaml'], { cwd: dir });
    expect(code).toBe(1);
    expect(stderr).toContain('dup.yaml:3:1: this key already appears above in the same mapping; keep one of them [duplicate-key]; not formatted');
    expect(stderr).toContain('bom.yaml:1:1: file starts with a UTF-8 byte-order mark');
    expect(stderr).toContain('alias.yaml:1:1: uses YAML anchors and aliases');
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, name))).toEqual(Buffer.from(text));
  });
});

describe('coop fmt --migrate: one fixture per rewrite rule', () => {
  it('has a fixture for every rule', () => {
    expect(readdirSync(fixture('fmt/migrate')).sort()).toEqual(MIGRATIONS.map((m) => m.id).sort());
  });

  it.each(MIGRATIONS.map((m) => [m.id]))('%s: the old shape fails validation, --migrate rewrites it to one that passes', async (rule) => {
    const dir = copyOf(join('migrate', rule));
    const file = onlyRecord(dir);
    const before = await coop(['validate', '--registry', 'registry', '--format', 'json'], { cwd: dir });
    expect(before.code).toBe(1);

    // Without --migrate the layout changes, never a value.
    const check = await coop(['fmt', '--check', '--migrate', '--registry', 'registry'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`would migrate`);
    expect(check.stderr).toContain(`(${rule})`);
    const original = parse(readFileSync(file, 'utf8'));
    await coop(['fmt', '--registry', 'registry'], { cwd: dir });
    expect(sameData(parse(readFileSync(file, 'utf8')), original)).toBe(true);

    const migrated = await coop(['fmt', '--migrate', '--registry', 'registry'], { cwd: dir });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain(`(${rule})`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(fixture(join('fmt/migrate', rule)), 'expected.yaml'), 'utf8'));
    expect(await coop(['validate', '--registry', 'registry'], { cwd: dir })).toEqual({ code: 0, stdout: '✓ 1 file checked, no problems\n', stderr: '' });
    expect((await coop(['fmt', '--check', '--migrate', '--registry', 'registry'], { cwd: dir })).code).toBe(0);
  });
});

describe('coop fmt usage', () => {
  it('exits 2 outside any registry, and on a path that is not a record', async () => {
    expect((await coop(['fmt'], { cwd: tempDir() })).stderr).toMatch(/^coop: no registry here/);
    const { code, stderr } = await coop(['fmt', 'package.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a YAML record file: package.json/);
  });
});

function yamlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
