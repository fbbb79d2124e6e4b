import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop, tempDir } from '../helpers/cli.js';
import { agreementYaml } from '../helpers/git-repo.js';

const NOTE = 'coop: left out 1 file with errors (run coop validate): registry/agreements/bad.yaml\n';
let cwd: string;

beforeAll(() => {
  cwd = tempDir();
  mkdirSync(join(cwd, 'registry', 'agreements'), { recursive: true });
  writeFileSync(join(cwd, 'registry', 'agreements', 'pk-ps.yaml'), agreementYaml('pk-ps'));
  writeFileSync(join(cwd, 'registry', 'agreements', 'bad.yaml'), agreementYaml('bad', { status: 'in_force' }));
});

describe('coop show on a record that exists but is invalid', () => {
  it.each([[[]], [['--format', 'json']], [['--format', 'yaml']]])('says so, names its file and points to coop validate (exit 1) %j', async (format) => {
    expect(await coop(['show', 'bad', ...format], { cwd })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'coop: record "bad" in registry/agreements/bad.yaml is invalid; run coop validate to see why\n',
    });
  });

  it('a valid record still shows, with the note on the file left out', async () => {
    const { code, stdout, stderr } = await coop(['show', 'pk-ps'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Agreement pk-ps\n/);
    expect(stderr).toBe(NOTE);
  });

  it('an id that no file has is still unknown (exit 2)', async () => {
    expect(await coop(['show', 'pk-ps-2025'], { cwd })).toEqual({ code: 2, stdout: '', stderr: `${NOTE}coop: no record with id "pk-ps-2025"; coop list shows every id\n` });
  });
});
