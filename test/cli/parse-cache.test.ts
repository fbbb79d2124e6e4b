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

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json'));

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
    for (const garbage of ['{"format":"coop-parse-cache/2","bu', '{"format":"coop-parse-cache/2","build":"other","entries":{},"stamps":{}}', '{"format":"coop-parse-cache/1","entries":{}}', '[1,2,3]', '\u0000\u0001']) {
      writeFileSync(join(dir, name!), garbage);
      expect(await coop(['validate'], { cwd, env })).toEqual(fresh);
      expect(JSON.parse(readFileSync(join(dir, name!), 'utf8')).format).toBe('coop-parse-cache/2');
    }
  });

  it('an entry of the right build but the wrong shape is not believed', async () => {
    const { cwd } = registryWith(agreementYaml('a', { parties: ['PK', 'ZZ'] }));
    const dir = tempDir();
    const env = { COOP_CACHE_DIR: dir };
    const fresh = await coop(['validate'], { cwd, env });
    const [name] = cacheFiles(dir);
    const cache = JSON.parse(readFileSync(join(dir, name!), 'utf8')) as { entries: Record<string, unknown> };
    for (const key of Object.keys(cache.entries)) cache.entries[key] = { data: 'not a mapping', findings: [{ line: 'x' }] };
    writeFileSync(join(dir, name!), JSON.stringify(cache));
    expect(await coop(['validate'], { cwd, env })).toEqual(fresh);
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

  it('--no-cache writes no cache', async () => {
    const { cwd } = registryWith(agreementYaml('a'));
    const dir = tempDir();
    await coop(['validate', '--no-cache'], { cwd, env: { COOP_CACHE_DIR: dir } });
    expect(readdirSync(dir)).toEqual([]);
  });
});
