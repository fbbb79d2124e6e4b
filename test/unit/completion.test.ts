import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, coop, fixture, tempDir } from '../helpers/cli.js';

const QUERY_IDS = [
  'a-ci-fr-2022', 'a-kz-af-2024', 'a-kz-uz-neg', 'a-multi-2020', 'a-pk-ps-2025', 'a-tr-ps-2023', 'a-xk-al-2021',
  'p-fr-ci-exchange', 'p-hostile', 'p-kz-af-training', 'p-pk-ps-scholarships', 'p-tr-ps-mission', 'p-xk-al-research',
];
const COMMANDS = ['validate', 'list', 'show', 'countries', 'deadlines', 'report', 'diff', 'site', 'export', 'new', 'fmt', 'init', 'help', 'completion'];

const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** What bash offers for the last of `words` (typed after `coop`), through the script coop prints. */
function bashComplete(words: string[], cwd = fixture('query')): Promise<{ candidates: string[]; stderr: string }> {
  const script = `coop() { node ${JSON.stringify(BIN)} "$@"; }
eval "$(coop completion bash)"
COMP_WORDS=(coop "$@"); COMP_CWORD=$#
_coop_complete
[ \${#COMPREPLY[@]} -eq 0 ] || printf '%s\\n' "\${COMPREPLY[@]}"`;
  return new Promise((resolve, reject) => {
    execFile('bash', ['--norc', '--noprofile', '-c', script, 'bash', ...words], { cwd, env: { PATH: process.env.PATH ?? '', HOME: tempDir() } }, (error, stdout, stderr) => {
      if (error) reject(error);
      else resolve({ candidates: stdout === '' ? [] : stdout.slice(0, -1).split('\n'), stderr });
    });
  });
}

/** A registry whose files have the given ids, each a minimal agreement. */
function registryWithIds(ids: string[]): string {
  const dir = join(tempDir(), 'registry');
  mkdirSync(join(dir, 'agreements'), { recursive: true });
  ids.forEach((id, i) => writeFileSync(join(dir, 'agreements', `a${i}.yaml`), `id: ${JSON.stringify(id)}\nkind: agreement\nparties:\n  - country: ${JSON.stringify(id)}\n  - country: KZ\n`));
  return dir;
}

describe.runIf(has('bash'))('bash completion', () => {
  const cases: [string, string[], string[]][] = [
    ['commands', [''], COMMANDS],
    ['a command by its start', ['de'], ['deadlines']],
    ['the flags of one command', ['show', '--'], ['--registry', '--output', '--force', '--as-of', '--no-color', '--no-cache', '--format', '--help', '--debug']],
    ['a flag by its start', ['list', '--st'], ['--status']],
    ['the flags where no argument is left', ['countries', ''], ['--registry', '--output', '--force', '--as-of', '--no-color', '--no-cache', '--country', '--kind', '--status', '--area', '--instrument', '--modality', '--since', '--until', '--search', '--format', '--limit', '--help', '--debug']],
    ['record ids for show', ['show', ''], QUERY_IDS],
    ['record ids by their start, after a flag', ['show', '--format', 'json', 'p-k'], ['p-kz-af-training']],
    ['countries in the registry', ['list', '--country', ''], ['AF', 'AL', 'CI', 'FR', 'KZ', 'PK', 'PS', 'TR', 'UZ', 'XK']],
    ['countries after bash splits --country=', ['list', '--country', '=', 'p'], ['PK', 'PS']],
    ['areas', ['list', '--area', 'cardi'], ['cardiology']],
    ['statuses', ['deadlines', '--status', 'in'], ['in-force']],
    ['kinds', ['list', '--kind', ''], ['agreement', 'programme']],
    ['the kind of a new record', ['new', ''], ['agreement', 'programme']],
    ['the formats of the command', ['validate', '--format', ''], ['text', 'json', 'github', 'sarif']],
    ['sort fields', ['list', '--sort', '-t'], ['-title']],
    ['shells', ['completion', ''], ['bash', 'zsh', 'fish']],
    ['commands to explain', ['help', 'co'], ['countries', 'completion']],
    ['file names for paths', ['validate', 'reg'], ['registry']],
    ['file names for -o', ['list', '-o', 'exp'], ['expected']],
    ['nothing for free text', ['new', 'agreement', '--title', ''], []],
    ['nothing after an unknown command', ['nosuch', ''], []],
  ];
  it.each(cases)('%s', async (_, words, candidates) => {
    expect(await bashComplete(words)).toEqual({ candidates, stderr: '' });
  });

  it('reads the registry that --registry on the line names', async () => {
    const other = join(fixture('clean'), 'registry');
    expect(await bashComplete(['show', '--registry', other, ''], tempDir())).toEqual({ candidates: ['kz-af-test', 'pk-ps-test'], stderr: '' });
    expect(await bashComplete(['list', `--registry=${other}`, '--country', ''], tempDir())).toEqual({ candidates: ['AF', 'KZ', 'PK', 'PS'], stderr: '' });
  });

  it('offers nothing, and says nothing, when the registry is missing or broken', async () => {
    expect(await bashComplete(['show', '--registry', '/nonexistent/registry', ''])).toEqual({ candidates: [], stderr: '' });
    expect(await bashComplete(['show', ''], fixture('yaml-syntax'))).toEqual({ candidates: [], stderr: '' });
  });

  it('never offers a value a shell could run or misread, and runs none', async () => {
    const cwd = tempDir();
    const registry = registryWithIds(['fine-id', '$(touch pwned)', '`touch pwned`', 'two words', 'x\u001b[31m', ':files', 'a*']);
    expect(await bashComplete(['show', '--registry', registry, ''], cwd)).toEqual({ candidates: ['fine-id'], stderr: '' });
    expect(await bashComplete(['list', '--registry', registry, '--country', ''], cwd)).toEqual({ candidates: ['KZ'], stderr: '' });
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
  });
});

describe('coop __complete', () => {
  it('prints candidates one a line, and :files where the shell should complete file names', async () => {
    expect(await coop(['__complete', 'list', '--format=m'])).toEqual({ code: 0, stdout: '--format=markdown\n', stderr: '' });
    expect(await coop(['__complete', 'fmt', ''])).toEqual({ code: 0, stdout: ':files\n', stderr: '' });
    expect(await coop(['__complete', 'validate', '--', '--strict'])).toEqual({ code: 0, stdout: ':files\n', stderr: '' });
    expect(await coop(['__complete', '--de'])).toEqual({ code: 0, stdout: '--debug\n', stderr: '' });
    expect(await coop(['__complete'])).toEqual({ code: 0, stdout: `${COMMANDS.join('\n')}\n`, stderr: '' });
  });

  it('exits 0 with nothing on stdout or stderr when the registry cannot be read', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(await coop(['__complete', 'show', '--registry', file, ''])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await coop(['__complete', 'show', ''], { env: { COOP_REGISTRY: '/nonexistent' } })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is not a command users see', async () => {
    const help = await coop(['--help']);
    expect(help.stdout).not.toContain('__complete');
    expect((await coop(['__complet'])).stderr).toBe("coop: unknown command '__complet'; coop --help lists the commands\n");
  });
});

describe('coop completion SHELL', () => {
  it('prints a bash script that registers _coop_complete for coop', async () => {
    const { code, stdout, stderr } = await coop(['completion', 'bash']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# coop completion for bash\. Load it from ~\/\.bashrc with: eval "\$\(coop completion bash\)"\n/);
    expect(stdout).toContain('coop __complete "${COMP_WORDS[@]:1:COMP_CWORD}"');
    expect(stdout.endsWith('\ncomplete -F _coop_complete coop\n')).toBe(true);
  });

  it('prints a zsh script that asks coop __complete and registers with compdef', async () => {
    const { code, stdout } = await coop(['completion', 'zsh']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#compdef coop\n/);
    expect(stdout).toContain('$(coop __complete "${(@)words[2,CURRENT]}" 2>/dev/null)');
    expect(stdout).toContain('if [[ "${candidates[1]}" == ":files" ]]; then\n    _files');
    expect(stdout).toContain('compdef _coop coop');
  });

  it('prints a fish script that asks coop __complete for every token', async () => {
    const { code, stdout } = await coop(['completion', 'fish']);
    expect(code).toBe(0);
    expect(stdout).toContain('set -l candidates (coop __complete $words "$current" 2>/dev/null)');
    expect(stdout).toContain('__fish_complete_path (commandline -ct)');
    expect(stdout.endsWith("\ncomplete -c coop -f -a '(__coop_complete)'\n")).toBe(true);
  });

  it.runIf(has('zsh') || process.env.CI !== undefined)('the zsh script parses', async () => {
    const script = (await coop(['completion', 'zsh'])).stdout;
    expect(spawnSync('zsh', ['-n'], { input: script }).status).toBe(0);
  });

  it.runIf(has('fish') || process.env.CI !== undefined)('the fish script parses', async () => {
    const script = (await coop(['completion', 'fish'])).stdout;
    // fish reads a script to check from a file: given one on a pipe, it reports a read error.
    const file = join(tempDir(), 'coop.fish');
    writeFileSync(file, script);
    expect(spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' })).toMatchObject({ status: 0, stderr: '' });
  });

  it.runIf(has('fish') || process.env.CI !== undefined)('fish completes commands, words and record ids through the script', async () => {
    const file = join(tempDir(), 'coop.fish');
    writeFileSync(file, (await coop(['completion', 'fish'])).stdout);
    const complete = (line: string): string[] => {
      const script = `function coop; node ${JSON.stringify(BIN)} $argv; end; source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`;
      const result = spawnSync('fish', ['-c', script], { cwd: fixture('query'), encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean);
    };
    expect(complete('coop sh')).toEqual(['show']);
    expect(complete('coop list --kind ')).toEqual(['agreement', 'programme']);
    expect(complete('coop show a-kz')).toEqual(['a-kz-af-2024', 'a-kz-uz-neg']);
  });

  it('names the shells it knows when given another', async () => {
    expect(await coop(['completion', 'ksh'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "coop: command-argument value 'ksh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n",
    });
  });
});
