import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render } from '@inquirer/testing';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/commands/io.js';
import { BIN, coop, ROOT, tempDir } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2026-01-15'];

/** A new registry made by `coop init` in a fresh temporary folder. */
async function initRegistry(): Promise<string> {
  const dir = join(tempDir('coop-init-'), 'health-registry');
  const { code, stderr } = await coop(['init', dir, '--coop-repo', 'https://github.com/example/coop', '--coop-rev', 'v0.1.0']);
  expect(stderr).toBe(`Next: cd ${dir} && git init (if it is not a repository yet), pre-commit install, then coop new agreement\n`);
  expect(code).toBe(0);
  return dir;
}

const AGREEMENT_FLAGS = [
  'new', 'agreement',
  '--id', 'pk-ps-health-mou-2025',
  '--title', 'Pakistan–Palestine memorandum of understanding on health cooperation',
  '--instrument', 'memorandum-of-understanding',
  '--country', 'Pakistan', '--country', 'State of Palestine',
  '--signed', '2025-09-17', '--signed-place', 'Islamabad',
  '--signatory', 'PK:Syed Mustafa Kamal:Health Minister', '--signatory', 'PS::Palestinian ambassador in Islamabad',
  '--status', 'signed',
  '--area', 'cardiology', '--area', 'Organ transplantation',
  '--commitment', "Establish a Pakistan–Palestine Health Working Group to supervise the MoU's implementation",
  '--source-title', 'They sign an MoU to expand bilateral cooperation in health',
  '--source-via', 'Associated Press of Pakistan (APP)',
  '--source-published', '2025-09-18',
];

describe('coop init, then coop new with flags, then validate and fmt --check', () => {
  it('starts a registry that validates, with a record written from flags alone', async () => {
    const dir = await initRegistry();
    expect(listFiles(dir)).toEqual([
      '.github/workflows/registry.yml',
      '.pre-commit-config.yaml',
      'README.md',
      'registry/agreements/.gitkeep',
      'registry/programmes/.gitkeep',
      'schemas/agreement.schema.json',
      'schemas/defs.schema.json',
      'schemas/programme.schema.json',
    ]);
    // Editors: the schemas are copied, so the modeline works wherever the registry lives.
    expect(readFileSync(join(dir, 'schemas/agreement.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));
    expect(parse(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8'))).toEqual({
      repos: [{ repo: 'https://github.com/example/coop', rev: 'v0.1.0', hooks: [{ id: 'coop-validate' }, { id: 'coop-fmt' }] }],
    });
    expect(parse(readFileSync(join(dir, '.github/workflows/registry.yml'), 'utf8')).env.COOP_PACKAGE).toBe('git+https://github.com/example/coop#v0.1.0');

    const created = await coop([...AGREEMENT_FLAGS, ...AS_OF], { cwd: dir });
    expect(created).toEqual({ code: 0, stdout: 'registry/agreements/pk-ps-health-mou-2025.yaml\n', stderr: '' });
    expect(readFileSync(join(dir, 'registry/agreements/pk-ps-health-mou-2025.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=../../schemas/agreement.schema.json
id: pk-ps-health-mou-2025
kind: agreement
title: Pakistan–Palestine memorandum of understanding on health cooperation
instrument: memorandum-of-understanding
parties:
  - country: PK
  - country: PS
signatories:
  - name: Syed Mustafa Kamal
    role: Health Minister
    country: PK
  - role: Palestinian ambassador in Islamabad
    country: PS
signed:
  date: "2025-09-17"
  place: Islamabad
status: signed
areas:
  - cardiology
  - organ-transplantation
commitments:
  - id: establish-a-pakistan-palestine-health
    text: Establish a Pakistan–Palestine Health Working Group to supervise the MoU's implementation
    status: pending
sources:
  - title: They sign an MoU to expand bilateral cooperation in health
    via: Associated Press of Pakistan (APP)
    published: "2025-09-18"
`);
    const programme = await coop(['new', 'programme', '--id', 'pk-ps-medical-scholarships', '--title', "Pakistan's medical scholarships for Palestinian students", '--modality', 'scholarship', '--country', 'PK:provider', '--country', 'PS:recipient', '--agreement', 'pk-ps-health-mou-2025', '--start', '2023-10', '--status', 'active', '--area', 'medical-education', '--event', 'student-cohort:2024:Hundreds of Palestinian medical students arrived in Pakistan: on scholarships', '--source-title', 'They sign an MoU', '--source-via', 'APP', ...AS_OF], { cwd: dir });
    expect(programme).toEqual({ code: 0, stdout: 'registry/programmes/pk-ps-medical-scholarships.yaml\n', stderr: '' });
    expect(parse(readFileSync(join(dir, programme.stdout.trim()), 'utf8')).events).toEqual([{ type: 'student-cohort', description: 'Hundreds of Palestinian medical students arrived in Pakistan: on scholarships', date: '2024' }]);

    expect(await coop(['validate', '--strict', ...AS_OF], { cwd: dir })).toEqual({ code: 0, stdout: '✓ 2 files checked, no problems\n', stderr: '' });
    expect(await coop(['fmt', '--check'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: "coop fmt: 2 files checked, all in coop's layout\n" });
  });

  it('refuses a folder that is not empty unless --force, and then replaces only the schema copies', async () => {
    const dir = tempDir('coop-init-');
    writeFileSync(join(dir, 'README.md'), 'my own readme\n');
    const refused = await coop(['init', dir, '--coop-repo', 'https://github.com/example/coop']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not empty \(README\.md\); give --force/);
    expect(readdirSync(dir)).toEqual(['README.md']);

    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas/agreement.schema.json'), '{}');
    const forced = await coop(['init', dir, '--force', '--coop-repo', 'https://github.com/example/coop']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`kept    ${join(dir, 'README.md')} (it exists)\n`);
    expect(forced.stdout).toContain(`updated ${join(dir, 'schemas/agreement.schema.json')}\n`);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('my own readme\n');
    expect(readFileSync(join(dir, 'schemas/agreement.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));
    // The default revision is the tag of this coop's version.
    expect(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')).toContain('rev: v0.1.0\n');
  });

  it('warns of a local checkout only when it writes the hooks and workflow that install coop from it', async () => {
    const dir = join(tempDir('coop-init-'), 'registry');
    const checkout = resolve(ROOT);
    const local = ['init', dir, '--coop-repo', checkout, '--coop-rev', 'v0.1.0'];
    const first = await coop(local);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`coop init: the hooks and the workflow install coop from the local checkout ${checkout} at v0.1.0, which only this machine can reach;`);
    expect(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')).toContain(`repo: ${checkout}\n`);
    // Pointed at a public repository by hand, then refreshed with --force: both files are kept, so nothing installs from here.
    for (const file of ['.pre-commit-config.yaml', '.github/workflows/registry.yml']) {
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replaceAll(checkout, 'https://github.com/example/coop'));
    }
    const again = await coop([...local, '--force']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`kept    ${join(dir, '.pre-commit-config.yaml')} (it exists)\n`);
    expect(again.stderr).not.toContain('local checkout');
  });

  it('a folder holding only .git counts as empty', async () => {
    const dir = tempDir('coop-init-');
    mkdirSync(join(dir, '.git'));
    expect((await coop(['init', dir, '--coop-repo', 'https://github.com/example/coop'])).code).toBe(0);
  });
});

describe('coop new', () => {
  it('refuses an id that is taken, in either kind, and writes nothing', async () => {
    const dir = await initRegistry();
    expect((await coop([...AGREEMENT_FLAGS, ...AS_OF], { cwd: dir })).code).toBe(0);
    const again = await coop([...AGREEMENT_FLAGS, ...AS_OF], { cwd: dir });
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'coop: a record with id pk-ps-health-mou-2025 already exists: registry/agreements/pk-ps-health-mou-2025.yaml; choose another id\n' });
    const asProgramme = await coop(['new', 'programme', '--id', 'pk-ps-health-mou-2025', '--title', 'x', '--modality', 'training', '--country', 'PK:provider', '--country', 'PS:recipient', '--status', 'active', '--source-title', 't', '--source-via', 'v'], { cwd: dir });
    expect(asProgramme.code).toBe(2);
    expect(existsSync(join(dir, 'registry/programmes/pk-ps-health-mou-2025.yaml'))).toBe(false);
  });

  it('--dry-run prints the record and writes nothing', async () => {
    const dir = await initRegistry();
    const { code, stdout, stderr } = await coop([...AGREEMENT_FLAGS, '--dry-run', ...AS_OF], { cwd: dir });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/agreement\.schema\.json\nid: pk-ps-health-mou-2025\nkind: agreement\n/);
    expect(readdirSync(join(dir, 'registry/agreements'))).toEqual(['.gitkeep']);
  });

  it('leaves out what was not given rather than inventing it', async () => {
    const dir = await initRegistry();
    const { code, stdout } = await coop(['new', 'agreement', '--id', 'kz-af-health', '--title', 'Kazakhstan–Afghanistan health cooperation', '--instrument', 'agreement', '--country', 'KZ', '--country', 'AF', '--status', 'unknown', '--source-title', 'Kazakhstan Trains Afghan Health Workers', '--source-publisher', 'DID Press', '--dry-run'], { cwd: dir });
    expect(code).toBe(0);
    expect(Object.keys(parse(stdout))).toEqual(['id', 'kind', 'title', 'instrument', 'parties', 'status', 'sources']);
  });

  it('without a terminal, names every missing flag and exits 2', async () => {
    const dir = await initRegistry();
    const { code, stdout, stderr } = await coop(['new', 'programme', '--country', 'KZ'], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('coop: missing --id, --title, --modality, --country (2 or more), --status, --source-title, one of --source-publisher/--source-via/--source-url; give them as flags, or run coop new in a terminal to be asked\n');
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown country, with a suggestion', ['--country', 'Kazakstan'], /unknown country "Kazakstan"; did you mean Kazakhstan \(KZ\)\?/],
    ['an unknown status, with a suggestion', ['--status', 'in_force'], /status "in_force" is not one of: negotiating, signed, in-force.*; did you mean "in-force"\?/],
    ['an unknown area', ['--area', 'cardiolgy'], /area "cardiolgy" is not one of: .*did you mean "cardiology"\?/],
    ['an impossible date', ['--signed', '2025-02-30'], /--signed must be a real date/],
    ['a bad id', ['--id', 'PK_PS'], /--id must be lowercase letters and digits/],
    ['a programme flag on an agreement', ['--start', '2025'], /--start is not for an agreement/],
    ['a source url with a space', ['--source-url', 'https://example.org/a b'], /--source-url must be an absolute http or https address/],
  ];
  it.each(usage)('stops on %s with exit 2', async (_, flags, message) => {
    const dir = await initRegistry();
    const { code, stderr } = await coop(['new', 'agreement', ...flags], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('does not write a record that would not validate, and says why', async () => {
    const dir = await initRegistry();
    const { code, stdout, stderr } = await coop([...AGREEMENT_FLAGS, '--entry-into-force', '2025-01-01', ...AS_OF], { cwd: dir });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('error [date-order]');
    expect(stderr).toContain('coop new: the record would not be valid, so it was not written\n');
    expect(readdirSync(join(dir, 'registry/agreements'))).toEqual(['.gitkeep']);
  });

  it('refuses to write into the example registry shipped with coop', async () => {
    const { code, stderr } = await coop([...AGREEMENT_FLAGS], { cwd: tempDir() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^coop: no registry here .* run coop init to start one/);
  });
});

describe('coop new in a terminal, driven through @inquirer/testing', () => {
  it('asks for what the flags leave out, autocompleting from the schema vocabularies, and the result validates', async () => {
    const dir = await initRegistry();
    let stdout = '';
    let stderr = '';
    const { answer, events, getScreen } = await render(
      ((_: unknown, context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }) => {
        const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false, today: '2026-01-15', prompt: { input: context.input, output: context.output } };
        return run(['new', 'programme', '--source-title', 'Kazakhstan Trains Afghan Health Workers in Joint Programme', '--source-publisher', 'DID Press'], io);
      }) as never,
      {},
    );
    /** Waits until the prompt shows `text` (and none of `absent`: the list has been filtered). */
    const screen = async (text: string, ...absent: string[]): Promise<void> => {
      const ready = (s: string): boolean => s.includes(text) && absent.every((a) => !s.includes(a));
      for (let i = 0; i < 1000 && !ready(getScreen()); i++) await new Promise((r) => setTimeout(r, 10));
      expect(getScreen()).toContain(text);
      for (const a of absent) expect(getScreen()).not.toContain(a);
    };
    const type = async (prompt: string, text: string): Promise<void> => {
      await screen(prompt);
      events.type(text);
      events.keypress('enter');
    };

    await type('Title', "Kazakhstan's specialised training programme for Afghan health workers");
    // Modalities autocomplete from the schema's list; "done" once one is chosen.
    await screen('Modalities');
    events.type('train');
    await screen('training', 'scholarship');
    events.keypress('enter');
    await screen('chosen: training');
    events.keypress('enter'); // done
    // Countries by name, alias or code.
    await screen('Countries taking part');
    events.type('kazakh');
    await screen('Kazakhstan (KZ)', 'Afghanistan');
    events.keypress('enter');
    await screen('chosen: KZ');
    events.type('AFG');
    await screen('Afghanistan (AF)', 'Albania');
    events.keypress('enter');
    await screen('chosen: KZ, AF');
    events.keypress('enter'); // done
    // Roles from the schema, filtered as typed.
    await screen('Role of Kazakhstan');
    events.type('prov');
    await screen('provider', 'recipient');
    events.keypress('enter');
    await screen('Role of Afghanistan');
    events.type('recip');
    await screen('recipient', 'provider');
    events.keypress('enter');
    await type('Started on', '');
    // Statuses are the programme schema's.
    await screen('Status', 'in-force');
    events.type('act');
    await screen('active', 'planned');
    events.keypress('enter');
    await screen('Health areas');
    events.type('workforce');
    await screen('health-workforce (Health workforce)', 'cardiology');
    events.keypress('enter');
    await screen('chosen: health-workforce');
    events.keypress('enter'); // done
    await type('Source: published on', '');
    await screen('kz-af-kazakhstan-specialised-training'); // the suggested id
    events.type('kz-af-health-worker-training');
    events.keypress('enter');

    expect(await answer).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('registry/programmes/kz-af-health-worker-training.yaml\n');
    const record = parse(readFileSync(join(dir, 'registry/programmes/kz-af-health-worker-training.yaml'), 'utf8'));
    expect(record).toEqual({
      id: 'kz-af-health-worker-training',
      kind: 'programme',
      title: "Kazakhstan's specialised training programme for Afghan health workers",
      modalities: ['training'],
      countries: [{ country: 'KZ', role: 'provider' }, { country: 'AF', role: 'recipient' }],
      status: 'active',
      areas: ['health-workforce'],
      sources: [{ title: 'Kazakhstan Trains Afghan Health Workers in Joint Programme', publisher: 'DID Press' }],
    });
    expect(await coop(['validate', '--strict', ...AS_OF], { cwd: dir })).toEqual({ code: 0, stdout: '✓ 1 file checked, no problems\n', stderr: '' });
    expect((await coop(['fmt', '--check'], { cwd: dir })).code).toBe(0);
  });
});

const hasPython = spawnSync('python3', ['-c', 'import pty']).status === 0;

describe.skipIf(!hasPython)('coop new in a pseudo-terminal (the built CLI)', () => {
  it('prompts only for what is missing when stdin is a terminal, and writes a record that validates', async () => {
    const dir = await initRegistry();
    const flags = AGREEMENT_FLAGS.filter((_, i, all) => all[i] !== '--status' && all[i - 1] !== '--status' && all[i] !== '--area' && all[i - 1] !== '--area');
    const steps = [
      ['Status', 'signed'],
      ['Health areas', 'cardio'],
      ['chosen: cardiology', ''],
    ];
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile('python3', [join(ROOT, 'test/helpers/answer-prompts.py'), JSON.stringify(steps), process.execPath, BIN, ...flags, ...AS_OF], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', TERM: 'xterm' } }, (error, stdout) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output: stdout });
      });
    });
    expect(output).toContain('Status (type to search; unknown when no source says)');
    expect(output).not.toContain('Title'); // given as a flag
    expect(output).toContain('registry/agreements/pk-ps-health-mou-2025.yaml');
    expect(code).toBe(0);
    const record = parse(readFileSync(join(dir, 'registry/agreements/pk-ps-health-mou-2025.yaml'), 'utf8'));
    expect({ status: record.status, areas: record.areas }).toEqual({ status: 'signed', areas: ['cardiology'] });
    expect((await coop(['validate', '--strict', ...AS_OF], { cwd: dir })).code).toBe(0);
    expect((await coop(['fmt', '--check'], { cwd: dir })).code).toBe(0);
  });
});

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; name: string; parentPath: string }[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
