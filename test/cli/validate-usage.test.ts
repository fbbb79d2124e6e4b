import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop, fixture, ROOT, tempDir } from '../helpers/cli.js';

describe('the shipped registry', () => {
  it('validates clean from the repository root', async () => {
    const result = await coop(['validate', '--strict']);
    expect(result).toEqual({ code: 0, stdout: '✓ 4 files checked, no problems\n', stderr: '' });
  });

  it('is the default outside any registry, so coop works right after install', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'json'], { cwd: tempDir() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, errors: 0, warnings: 0, problems: [] });
  });
});

describe('exit code 2: the command could not run', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing --registry', ['validate', '--registry', 'no/such/dir'], /^coop: registry folder not found: .*no\/such\/dir \(from --registry no\/such\/dir\)\n$/],
    ['a missing path', ['validate', 'registry/agreements/nope.yaml'], /^coop: no such file or folder: registry\/agreements\/nope.yaml\n$/],
    ['a path that is not YAML', ['validate', 'package.json'], /^coop: not a YAML record file: package.json/],
    ['an unknown format', ['validate', '--format', 'xml'], /argument 'xml' is invalid. Allowed choices are text, json, github/],
    ['an impossible --as-of', ['validate', '--as-of', '2025-02-30'], /^coop: --as-of must be a real date written YYYY-MM-DD/],
    ['an unknown option', ['validate', '--strcit'], /^coop: unknown option '--strcit' \(Did you mean --strict\?\)\n$/],
    ['an unknown command', ['valdate'], /^coop: unknown command 'valdate' \(Did you mean validate\?\)\n$/],
    ['an output extension it cannot map', ['validate', '-o', 'out.pdf'], /cannot tell the format from "out.pdf"/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const { code, stdout, stderr } = await coop(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('COOP_REGISTRY pointing nowhere', async () => {
    const { code, stderr } = await coop(['validate'], { env: { COOP_REGISTRY: '/nonexistent/registry' } });
    expect(code).toBe(2);
    expect(stderr).toBe('coop: registry folder not found: /nonexistent/registry (from COOP_REGISTRY=/nonexistent/registry)\n');
  });
});

describe('validate PATH...', () => {
  it('reports only the named file, still checked against the rest of the registry', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'json', 'registry/programmes/pk-ps-test.yaml'], { cwd: fixture('duplicate-id') });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems).toEqual([
      {
        file: 'registry/programmes/pk-ps-test.yaml',
        line: 1,
        column: 5,
        severity: 'error',
        code: 'duplicate-id',
        message: 'id "pk-ps-test" is also used by agreements/pk-ps-test.yaml:1; ids must be unique across the registry',
      },
    ]);
  });

  it('a folder stands for the files under it', async () => {
    const { code, stdout } = await coop(['validate', 'registry/agreements'], { cwd: fixture('dangling-reference') });
    expect(code).toBe(0);
    expect(stdout).toBe('✓ 1 file checked, no problems\n');
  });

  it('a new file outside the registry is checked against it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'programmes'));
    const file = join(dir, 'programmes', 'new-one.yaml');
    const text = readFileSync(join(fixture('dangling-reference'), 'registry/programmes/kz-af-test.yaml'), 'utf8').replace('kz-af-test', 'new-one');
    writeFileSync(file, text);
    const { code, stdout } = await coop(['validate', '--registry', join(fixture('clean'), 'registry'), '--format', 'json', file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems.map((p: { code: string; line: number }) => `${p.code}@${p.line}`)).toEqual(['dangling-reference@11']);
  });
});

describe('output options', () => {
  it('-o FILE.json writes JSON to the file and nothing to stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'findings.json');
    const { code, stdout } = await coop(['validate', '-o', out], { cwd: fixture('invalid-date') });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).problems[0].code).toBe('invalid-date');
  });

  it('colour only when asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const forced = await coop(['validate'], { cwd: fixture('invalid-date'), env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stdout).toContain('\u001b[31m');
    const flagged = await coop(['validate', '--no-color'], { cwd: fixture('invalid-date'), env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(flagged.stdout).not.toContain('\u001b[');
    const plain = await coop(['validate'], { cwd: fixture('invalid-date'), env: { NO_COLOR: '' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('--help shows examples and exit codes; --version prints the package version', async () => {
    const help = await coop(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:\n  coop validate ');
    expect(help.stdout).toContain('Exit codes: 0 no errors, 1 errors found');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V', '-v']) expect(await coop([flag]), flag).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
