import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, tempDir } from '../helpers/cli.js';
import { agreementYaml, GitRepo } from '../helpers/git-repo.js';

interface Problem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/** A registry folder in a fresh temp dir, with one valid agreement and one broken one beside whatever the test adds. */
function registry(): { cwd: string; agreements: string } {
  const cwd = tempDir();
  const agreements = join(cwd, 'registry', 'agreements');
  mkdirSync(agreements, { recursive: true });
  mkdirSync(join(cwd, 'registry', 'programmes'));
  writeFileSync(join(agreements, 'good.yaml'), agreementYaml('good'));
  writeFileSync(join(agreements, 'broken.yaml'), agreementYaml('broken', { parties: ['PK', 'ZZ'] }));
  return { cwd, agreements };
}

async function problems(cwd: string, ...args: string[]): Promise<{ code: number; found: Problem[]; stderr: string }> {
  const { code, stdout, stderr } = await coop(['validate', '--format', 'json', ...args], { cwd });
  return { code, found: stdout ? (JSON.parse(stdout) as { problems: Problem[] }).problems : [], stderr };
}

const place = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.code}`;

describe('files that are not plain files', () => {
  it('a link to the environment or /etc/passwd is a located finding and never read', async () => {
    const { cwd, agreements } = registry();
    symlinkSync('/proc/self/environ', join(agreements, 'environ.yaml'));
    symlinkSync('/etc/passwd', join(agreements, 'passwd.yaml'));
    const { code, stdout } = await coop(['validate'], { cwd, env: { COOP_SECRET_TOKEN: 'hunter2-secret' } });
    expect(code).toBe(1);
    expect(stdout).not.toContain('hunter2-secret');
    expect(stdout).not.toContain('root:');
    expect(stdout).toContain('registry/agreements/environ.yaml:1:1: error [file-type] this is a symbolic link; coop never follows links in a registry');
    expect(stdout).toContain('registry/agreements/passwd.yaml:1:1: error [file-type]');
    // Everything else is still checked.
    expect(stdout).toContain('registry/agreements/broken.yaml:7:14: error [unknown-country]');
  });

  it('a FIFO, a link to /dev/zero, a link loop, a dangling link and a folder named like a record: one finding each, nothing hangs', async () => {
    const { cwd, agreements } = registry();
    execFileSync('mkfifo', [join(agreements, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(agreements, 'zero.yaml'));
    symlinkSync('loop-b.yaml', join(agreements, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(agreements, 'loop-b.yaml'));
    symlinkSync('nowhere.yaml', join(agreements, 'dangling.yaml'));
    mkdirSync(join(agreements, 'folder.yaml'));
    const { code, found } = await problems(cwd);
    expect(code).toBe(1);
    expect(found.map(place)).toEqual([
      'registry/agreements/broken.yaml:7:14 unknown-country',
      'registry/agreements/dangling.yaml:1:1 file-type',
      'registry/agreements/fifo.yaml:1:1 file-type',
      'registry/agreements/folder.yaml:1:1 file-type',
      'registry/agreements/loop-a.yaml:1:1 file-type',
      'registry/agreements/loop-b.yaml:1:1 file-type',
      'registry/agreements/zero.yaml:1:1 file-type',
    ]);
    expect(found.find((p) => p.file.endsWith('fifo.yaml'))?.message).toBe('this is a named pipe (FIFO), named like a record; a record must be a regular file. Remove or rename it');
    expect(found.find((p) => p.file.endsWith('folder.yaml'))?.message).toBe('this is a folder, named like a record; a record must be a regular file. Remove or rename it');
  });

  it('list does not hang on a FIFO either, and leaves the file out', async () => {
    const { cwd, agreements } = registry();
    execFileSync('mkfifo', [join(agreements, 'fifo.yaml')]);
    const { code, stdout, stderr } = await coop(['list', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id)).toEqual(['good']);
    expect(stderr).toContain('registry/agreements/fifo.yaml');
  });

  it('paths given as arguments get the same treatment', async () => {
    const { cwd, agreements } = registry();
    execFileSync('mkfifo', [join(agreements, 'fifo.yaml')]);
    symlinkSync('/etc/passwd', join(cwd, 'outside.yaml'));
    const { code, found } = await problems(cwd, 'registry/agreements/fifo.yaml', 'outside.yaml', 'registry/agreements/good.yaml');
    expect(code).toBe(1);
    expect(found.map(place)).toEqual(['outside.yaml:1:1 file-type', 'registry/agreements/fifo.yaml:1:1 file-type']);
  });
});

describe('YAML that should not pass', () => {
  const CASES: { name: string; text: string; code: string; line: number; column: number }[] = [
    { name: 'nul', text: `${agreementYaml('nul')}notes: a\u0000b\n`, code: 'control-character', line: 14, column: 9 },
    { name: 'esc', text: `${agreementYaml('esc')}notes: a\u001b[2Jb\n`, code: 'control-character', line: 14, column: 9 },
    { name: 'c1', text: `${agreementYaml('c1')}notes: a\u009bb\n`, code: 'control-character', line: 14, column: 9 },
    { name: 'del', text: `${agreementYaml('del')}notes: a\u007fb\n`, code: 'control-character', line: 14, column: 9 },
    { name: 'js-function', text: agreementYaml('js-function').replace('title: Agreement js-function', 'title: !!js/function "function () { return 1 }"'), code: 'yaml-tag', line: 3, column: 8 },
    { name: 'python', text: agreementYaml('python').replace('title: Agreement python', 'title: !!python/object/apply:os.system ["id"]'), code: 'yaml-tag', line: 3, column: 8 },
    { name: 'local-tag', text: agreementYaml('local-tag').replace('title: Agreement local-tag', 'title: !foo bar'), code: 'yaml-tag', line: 3, column: 8 },
    { name: 'int-tag', text: agreementYaml('int-tag').replace('country: PK', 'country: !!int Pakistan'), code: 'yaml-tag', line: 6, column: 14 },
    { name: 'yaml11', text: `%YAML 1.1\n---\n${agreementYaml('yaml11')}`, code: 'yaml-tag', line: 1, column: 1 },
    { name: 'cycle', text: `${agreementYaml('cycle')}self: &s [*s]\n`, code: 'yaml-aliases', line: 14, column: 11 },
  ];

  it.each(CASES)('$name: a located $code error', async (c) => {
    const { cwd, agreements } = registry();
    writeFileSync(join(agreements, `${c.name}.yaml`), c.text);
    const { code, found } = await problems(cwd, `registry/agreements/${c.name}.yaml`);
    expect(code).toBe(1);
    expect(found.map(place)[0]).toBe(`registry/agreements/${c.name}.yaml:${c.line}:${c.column} ${c.code}`);
  });

  it('counts the other control characters of a file instead of listing each', async () => {
    const { cwd, agreements } = registry();
    writeFileSync(join(agreements, 'many.yaml'), `${agreementYaml('many')}notes: ${'\u0000'.repeat(5000)}\n`);
    const { found } = await problems(cwd, 'registry/agreements/many.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('a raw control character U+0000 is not allowed in YAML (and 4999 more in this file); remove it, or write it as an escape such as \\x00 inside double quotes');
  });
});

describe('files that look like records are never skipped in silence', () => {
  it('X.YAML, x.yaml.bak, x.yaml~ and hidden .yaml files get findings; .gitkeep stays silent', async () => {
    const { cwd, agreements } = registry();
    writeFileSync(join(agreements, 'LOUD.YAML'), 'id: [broken\n');
    writeFileSync(join(agreements, 'good.yaml.bak'), 'id: [broken\n');
    writeFileSync(join(agreements, 'good.yaml~'), 'id: [broken\n');
    writeFileSync(join(agreements, '.hidden.yaml'), 'id: [broken\n');
    writeFileSync(join(agreements, '.gitkeep'), '');
    const { found } = await problems(cwd);
    expect(found.map(place)).toEqual([
      'registry/agreements/.hidden.yaml:1:1 file-name',
      'registry/agreements/LOUD.YAML:1:1 file-name',
      'registry/agreements/LOUD.YAML:2:1 yaml-syntax',
      'registry/agreements/broken.yaml:7:14 unknown-country',
      'registry/agreements/good.yaml.bak:1:1 file-name',
      'registry/agreements/good.yaml~:1:1 file-name',
    ]);
  });
});

describe('what validate accepts, every command handles', () => {
  it('durations too long for a calendar are invalid-format, and no command prints an internal error', async () => {
    const { cwd, agreements } = registry();
    const due = (within: string): string => `commitments:\n  - id: c\n    text: Do it\n    due: {within: ${within}, from: signed}\n    status: pending\n`;
    writeFileSync(join(agreements, 'days.yaml'), agreementYaml('days', { extra: due('P999999999999D') }));
    writeFileSync(join(agreements, 'years.yaml'), agreementYaml('years', { extra: due('P300000Y') }));
    const { found } = await problems(cwd);
    expect(found.filter((p) => p.code === 'invalid-format').map(place)).toEqual(['registry/agreements/days.yaml:14:19 invalid-format', 'registry/agreements/years.yaml:14:19 invalid-format']);
    for (const args of [['deadlines', '--all'], ['show', 'days'], ['report'], ['list'], ['countries']]) {
      const result = await coop(args, { cwd });
      expect([0, 1, 2], args.join(' ')).toContain(result.code);
      expect(result.stderr + result.stdout, args.join(' ')).not.toContain('internal error');
    }
  });

  it('--within is bounded the same way', async () => {
    const { cwd } = registry();
    const result = await coop(['deadlines', '--within', 'P999999999999D'], { cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'coop: --within must be a duration like 90d, 12w, 3m, 1y or P90D; got "P999999999999D"\n' });
  });

  it('due.from: constructor is an invalid value, not a function', async () => {
    const { cwd, agreements } = registry();
    writeFileSync(join(agreements, 'ctor.yaml'), agreementYaml('ctor', { extra: 'commitments:\n  - id: c\n    text: Do it\n    due: {within: P1M, from: constructor}\n    status: pending\n' }));
    const { code, stdout } = await coop(['validate'], { cwd });
    expect(code).toBe(1);
    expect(stdout).not.toContain('native code');
    expect(stdout).toContain('registry/agreements/ctor.yaml:14:30: error [invalid-enum]');
  });

  it('diff copes with prototype-named keys and self-referencing aliases, and leaves no temporary folder', async () => {
    const repo = new GitRepo({ 'registry/agreements/a.yaml': agreementYaml('a'), 'registry/programmes/.gitkeep': '' }).commit('base');
    repo.write({
      'registry/agreements/a.yaml': `${agreementYaml('a')}valueOf: 1\ntoString: x\nconstructor: y\n`,
      'registry/agreements/b.yaml': `${agreementYaml('b')}self: &s [*s]\n`,
    });
    const tmp = tempDir('coop-tmpdir-');
    for (const args of [['diff', 'HEAD'], ['diff', '^HEAD'], ['diff', 'HEAD', '--format', 'json']]) {
      const result = await coop(args, { cwd: repo.dir, env: { TMPDIR: tmp } });
      expect(result.stderr, args.join(' ')).not.toContain('internal error');
      expect([0, 2], args.join(' ')).toContain(result.code);
    }
    const { stdout } = await coop(['diff', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    const changed = (JSON.parse(stdout) as { changed: { id: string; changes: { field: string }[] }[] }).changed;
    expect(changed.map((c) => [c.id, c.changes.map((f) => f.field)])).toEqual([['a', ['valueOf', 'toString', 'constructor']]]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('unbounded work from one value stays bounded', () => {
  it('a 400 KB country value gets one short finding with no suggestion', async () => {
    const { cwd, agreements } = registry();
    writeFileSync(join(agreements, 'long.yaml'), agreementYaml('long', { parties: ['PK', 'Q'.repeat(400_000)] }));
    const { found } = await problems(cwd, 'registry/agreements/long.yaml');
    expect(found.map((p) => p.code)).toEqual(['unknown-country']);
    expect(found[0]!.message).not.toContain('did you mean');
  });

  it('many records with one id: one finding per file, each naming at most three others', async () => {
    const { cwd, agreements } = registry();
    for (let i = 0; i < 60; i++) writeFileSync(join(agreements, `dup-${i}.yaml`), agreementYaml('same'));
    const { found } = await problems(cwd);
    const duplicates = found.filter((p) => p.code === 'duplicate-id');
    expect(duplicates).toHaveLength(60);
    expect(duplicates[0]!.message).toBe('id "same" is also used by agreements/dup-1.yaml:1, agreements/dup-10.yaml:1, agreements/dup-11.yaml:1 and 56 more files; ids must be unique across the registry');
    // A holder among the first few names the others around it, never itself.
    const third = duplicates.find((p) => p.file.endsWith('dup-10.yaml'));
    expect(third!.message).toBe('id "same" is also used by agreements/dup-0.yaml:1, agreements/dup-1.yaml:1, agreements/dup-11.yaml:1 and 56 more files; ids must be unique across the registry');
  });

  it('four records with one id: each names the other three, and no "more files"', async () => {
    const { cwd, agreements } = registry();
    for (let i = 0; i < 4; i++) writeFileSync(join(agreements, `dup-${i}.yaml`), agreementYaml('same'));
    const { found } = await problems(cwd);
    expect(found.filter((p) => p.code === 'duplicate-id').map((p) => p.message)).toEqual(
      [0, 1, 2, 3].map((i) => `id "same" is also used by ${[0, 1, 2, 3].filter((k) => k !== i).map((k) => `agreements/dup-${k}.yaml:1`).join(', ')}; ids must be unique across the registry`),
    );
  });
});
