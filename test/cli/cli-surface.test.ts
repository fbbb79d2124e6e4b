import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/commands/io.js';
import { fakeIo } from '../helpers/fake-io.js';
import { fixture, ROOT } from '../helpers/cli.js';

async function coopIn(args: string[], io = fakeIo(fixture('query'))): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = await run(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const program = buildProgram({ io: fakeIo(fixture('query')), setExit: () => undefined });
const COMMANDS = program.commands.map((command) => command.name());

describe('typed flags', () => {
  it('src/cli reads commander only through @commander-js/extra-typings, and has no any', () => {
    const files = readdirSync(join(ROOT, 'src/cli'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'src/cli', file), 'utf8');
      expect(text, file).not.toMatch(/from 'commander'/);
      expect(text, file).not.toMatch(/:\s*any\b|\bas any\b|<any>/);
    }
    expect(readFileSync(join(ROOT, 'src/cli/program.ts'), 'utf8')).toContain("from '@commander-js/extra-typings'");
  });

  it('--debug is declared once, on the program: shown under Global Options, not among each command\'s options', async () => {
    for (const name of COMMANDS) {
      const help = (await coopIn([name, '--help'])).stdout;
      expect(help.match(/--debug/g), name).toHaveLength(1);
      expect(help.indexOf('--debug'), name).toBeGreaterThan(help.indexOf('Global Options:'));
    }
  });

  it('--debug after the command name shows the stack of an internal error; without it, a hint', async () => {
    const failing = (): Io & { stdout: string; stderr: string } => {
      const io = fakeIo(fixture('query'));
      io.out = () => {
        throw new Error('disk on fire');
      };
      return io;
    };
    const plain = await coopIn(['list'], failing());
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe('coop: internal error: disk on fire\nRun again with --debug for the stack trace, and please report it.\n');
    const debug = await coopIn(['list', '--debug'], failing());
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^coop: internal error: disk on fire\nError: disk on fire\n {4}at /);
  });
});

describe('coop help', () => {
  it('coop help prints what coop --help prints, and exits 0', async () => {
    const help = await coopIn(['help']);
    expect(help).toEqual({ code: 0, stdout: (await coopIn(['--help'])).stdout, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: coop \[options\] \[command\]\n/);
    expect(help.stdout).toContain('\n  help [command]  ');
    expect(help.stdout).toContain('\n  completion <shell>  ');
  });

  it.each(COMMANDS)('coop help %s prints what its --help prints', async (name) => {
    const help = await coopIn(['help', name]);
    expect(help).toEqual({ code: 0, stdout: (await coopIn([name, '--help'])).stdout, stderr: '' });
    expect(help.stdout).toMatch(new RegExp(`^Usage: coop ${name} `));
  });

  it('coop help with an unknown command is a usage error, with a did-you-mean when one is close', async () => {
    expect(await coopIn(['help', 'nosuch'])).toEqual({ code: 2, stdout: '', stderr: "coop: unknown command 'nosuch'; coop --help lists the commands\n" });
    expect(await coopIn(['help', 'lst'])).toEqual({ code: 2, stdout: '', stderr: "coop: unknown command 'lst' (Did you mean list?)\n" });
  });

  it('-v, -V and --version print the version', async () => {
    for (const flag of ['-v', '-V', '--version']) expect(await coopIn([flag])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });
});

describe('--format in any case', () => {
  const withFormat = program.commands.flatMap((command) => command.options.filter((o) => o.long === '--format').map((o) => [command.name(), o] as const));

  it.each(withFormat.map(([name, option]) => [name, option]))('%s --format takes its formats in upper case', (_, option) => {
    expect(option.argChoices?.length).toBeGreaterThan(0);
    for (const choice of option.argChoices ?? []) expect(option.parseArg?.(choice.toUpperCase(), undefined)).toBe(choice);
  });

  it('covers every command that writes a format', () => {
    expect(withFormat.map(([name]) => name)).toEqual(['validate', 'list', 'show', 'countries', 'deadlines', 'report', 'diff', 'site', 'export']);
  });

  it('list --format JSON prints what --format json prints', async () => {
    const upper = await coopIn(['list', '--format', 'JSON']);
    expect(upper.code).toBe(0);
    expect(upper).toEqual(await coopIn(['list', '--format', 'json']));
    expect(await coopIn(['show', 'a-pk-ps-2025', '--format', 'Yaml'])).toEqual(await coopIn(['show', 'a-pk-ps-2025', '--format', 'yaml']));
  });

  it('an unknown format still lists the choices', async () => {
    expect(await coopIn(['list', '--format', 'XML'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "coop: option '--format <format>' argument 'XML' is invalid. Allowed choices are table, json, csv, yaml, markdown.\n",
    });
  });
});

describe('one error style: coop: ..., exit 2', () => {
  const cases: [string, string[], string][] = [
    ['an unknown option, with a did-you-mean', ['list', '--contry', 'PK'], "coop: unknown option '--contry' (Did you mean --country?)\n"],
    ['an unknown option, with where to look', ['list', '--zzzzzz'], "coop: unknown option '--zzzzzz'; coop list --help lists the options\n"],
    ['an unknown command, with a did-you-mean', ['lsit'], "coop: unknown command 'lsit' (Did you mean list?)\n"],
    ['an unknown command, with where to look', ['xyzzy'], "coop: unknown command 'xyzzy'; coop --help lists the commands\n"],
    ['a missing argument', ['show'], 'coop: show needs a record id, e.g. coop show pk-ps-health-mou-2025 (coop list shows every id)\n'],
    ['a missing kind', ['new'], 'coop: new needs the kind of record: coop new agreement or coop new programme\n'],
    ['a missing shell', ['completion'], 'coop: completion needs a shell: coop completion bash, zsh or fish\n'],
    ['a missing option value', ['list', '--country'], "coop: option '--country <country>' argument missing\n"],
    ['too many arguments', ['list', 'extra'], "coop: too many arguments for 'list'. Expected 0 arguments but got 1.\n"],
    ['a bad choice', ['new', 'treaty'], "coop: command-argument value 'treaty' is invalid for argument 'kind'. Allowed choices are agreement, programme.\n"],
    ['a control character in an unknown option', ['list', '--x\u001b[31m'], "coop: unknown option '--x\\u{1b}[31m'; coop list --help lists the options\n"],
  ];
  it.each(cases)('%s', async (_, args, stderr) => {
    expect(await coopIn(args)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('help polish', () => {
  it.each(COMMANDS)('coop %s --help has examples and no "(default: [])"', async (name) => {
    const { stdout } = await coopIn([name, '--help']);
    expect(stdout).toMatch(/\nExamples:\n( {2}\S.*\n)+/);
    expect(stdout.slice(stdout.indexOf('\nExamples:'))).toContain(`coop ${name === 'help' ? '' : name}`);
    expect(stdout).not.toContain('default: []');
  });

  it('repeatable flags say so', async () => {
    const { stdout } = await coopIn(['list', '--help']);
    for (const flag of ['country', 'kind', 'status', 'area', 'instrument', 'modality', 'search']) expect(stdout).toMatch(new RegExp(`--${flag} <\\w+> [\\s\\S]*?\\(repeatable\\)`));
  });

  it('--search names the fields it looks through', async () => {
    const { stdout } = await coopIn(['list', '--help']);
    const search = stdout.slice(stdout.indexOf('--search <text>'), stdout.indexOf('--format <format>')).replace(/\s+/g, ' ');
    expect(search).toBe("--search <text> words that must all appear (any case or accent) in a record's id, title, notes, areas, commitments, organisations, people's names and roles, place of signing, or programme events' descriptions and sites (repeatable) ");
  });

  it('coop diff without BASE says what to give', async () => {
    expect(await coopIn(['diff'])).toEqual({ code: 2, stdout: '', stderr: 'coop: diff needs a git revision to compare from, e.g. coop diff origin/main\n' });
  });
});
