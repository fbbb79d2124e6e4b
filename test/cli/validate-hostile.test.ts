import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop, coopSpawned, tempDir } from '../helpers/cli.js';

const VALID = `id: NAME
kind: agreement
title: Test agreement
instrument: memorandum-of-understanding
parties:
  - country: PK
  - country: PS
status: signed
sources:
  - title: Test source
    publisher: Test publisher
`;

const LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`))
  .join('\n');

/** Files a CI check must survive, each with the single finding it must produce. */
const HOSTILE: { name: string; content: Buffer | string; code: string; line: number; column: number }[] = [
  { name: 'empty', content: '', code: 'not-a-record', line: 1, column: 1 },
  { name: 'list', content: '- id: list\n- kind: agreement\n', code: 'not-a-record', line: 1, column: 1 },
  { name: 'scalar', content: 'just some text\n', code: 'not-a-record', line: 1, column: 1 },
  { name: 'latin1', content: Buffer.concat([Buffer.from('id: latin1\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]), code: 'encoding', line: 2, column: 11 },
  { name: 'bom', content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID.replace('NAME', 'bom'))]), code: 'encoding', line: 1, column: 1 },
  { name: 'tabs', content: VALID.replace('NAME', 'tabs').replace('  - country: PK', '\t- country: PK'), code: 'yaml-syntax', line: 6, column: 1 },
  { name: 'huge', content: `id: huge\nnotes: ${'x'.repeat(5 * 1024 * 1024)}\n`, code: 'file-too-large', line: 1, column: 1 },
  { name: 'laughs', content: `${LAUGHS}\n`, code: 'yaml-aliases', line: 2, column: 8 },
  { name: 'two-docs', content: `${VALID.replace('NAME', 'two-docs')}---\nid: other\n`, code: 'yaml-syntax', line: 12, column: 1 },
  { name: 'binary', content: Buffer.from([0x00, 0xff, 0xfe, 0x00]), code: 'encoding', line: 1, column: 2 },
  { name: 'list-key', content: `${VALID.replace('NAME', 'list-key')}[a, b]: x\n`, code: 'yaml-syntax', line: 12, column: 1 },
  { name: 'map-key', content: `${VALID.replace('NAME', 'map-key')}? {k: v}\n: y\n`, code: 'yaml-syntax', line: 12, column: 3 },
];

let cwd: string;

beforeAll(() => {
  cwd = tempDir();
  mkdirSync(join(cwd, 'registry', 'agreements'), { recursive: true });
  for (const h of HOSTILE) writeFileSync(join(cwd, 'registry', 'agreements', `${h.name}.yaml`), h.content);
});

describe('hostile record files', () => {
  it.each(HOSTILE)('$name.yaml gets a located $code error', async (h) => {
    const { code, stdout, stderr } = await coop(['validate', '--format', 'json', `registry/agreements/${h.name}.yaml`], { cwd });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const problems = JSON.parse(stdout).problems;
    expect(problems[0]).toMatchObject({ file: `registry/agreements/${h.name}.yaml`, line: h.line, column: h.column, code: h.code, severity: 'error' });
  });

  it('all of them in one run, text format, no stack trace', async () => {
    const { code, stdout, stderr } = await coop(['validate'], { cwd });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/at .*\.js:\d+/);
    for (const h of HOSTILE) expect(stdout).toContain(`registry/agreements/${h.name}.yaml:${h.line}:${h.column}: error [${h.code}]`);
    expect(stdout).toContain(`${HOSTILE.length} files checked`);
  });

  it('a list or mapping as a key is a finding, with no warning from Node on stderr, and fmt leaves the file alone', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'keys.yaml'), `${VALID.replace('NAME', 'keys')}[a, b]: x\n`);
    const validate = await coopSpawned(['validate'], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('registry/agreements/keys.yaml:12:1: error [yaml-syntax] a list or mapping is used as a key');
    const fmt = await coopSpawned(['fmt', '--check'], { cwd: dir });
    expect(fmt.code).toBe(1);
    expect(fmt.stderr).not.toContain('Warning');
    expect(fmt.stderr).toContain('keys.yaml:12:1: a list or mapping is used as a key');
  });

  it('control characters and escape sequences in a record never reach the terminal raw', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'esc.yaml'), `id: esc\nkind: agreement\nbogus\u001b[2J: "\u001b[31mred \u202e"\n`);
    const { stdout } = await coop(['validate'], { cwd: dir });
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u202e');
    expect(stdout).toContain('\\u{1b}[31mred');
  });
});
