import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));

describe('files for registry CI', () => {
  it('the workflow validates PRs in the github format, writes the diff to the summary and checks deadlines daily', () => {
    const workflow = read('.github/workflows/registry.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'schedule', 'workflow_dispatch', 'push']);
    const pr = workflow.jobs['pull-request'].steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(pr).toContain('npx coop validate --changed-since "origin/${{ github.base_ref }}" --format github');
    expect(pr).toContain('npx coop diff "origin/${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"');
    expect(workflow.jobs['pull-request'].steps[0].with['fetch-depth']).toBe(0);
    const daily = workflow.jobs.deadlines.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(daily).toContain('npx coop deadlines --check');
    expect(workflow.jobs.deadlines.if).not.toContain('push');
  });

  it('the workflow publishes the site to GitHub Pages from the default branch, with only the permissions Pages needs', () => {
    const workflow = read('.github/workflows/registry.yml');
    const site = workflow.jobs.site;
    expect(site.if).toContain("github.event_name == 'push'");
    expect(site.if).toContain('github.ref_name == github.event.repository.default_branch');
    expect(site.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(site.environment.name).toBe('github-pages');
    const steps = site.steps as { uses?: string; run?: string; with?: Record<string, string>; id?: string }[];
    const build = steps.findIndex((s) => s.run?.startsWith('npx coop site -o _site --repo-url'));
    const upload = steps.findIndex((s) => s.uses === 'actions/upload-pages-artifact@v3');
    const deploy = steps.findIndex((s) => s.uses === 'actions/deploy-pages@v4');
    expect(build).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]!.with!.path).toBe('_site');
    expect(deploy).toBeGreaterThan(upload);
    expect(steps[deploy]!.id).toBe('deployment');
  });

  it('.ci/run installs chromium and sqlite3 when they are missing, so browser and export tests never skip in CI', () => {
    const run = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(run).toContain('apt-get install -y "$@"');
    for (const tool of ['chromium', 'sqlite3', 'pre-commit']) expect(run).toContain(`command -v ${tool} >/dev/null || install ${tool}`);
  });

  it('the pre-commit hook runs coop validate on registry YAML files', () => {
    const [hook] = read('.pre-commit-hooks.yaml');
    expect(hook).toMatchObject({ id: 'coop-validate', entry: 'coop validate', language: 'node' });
    const files = new RegExp(hook.files);
    expect(files.test('registry/agreements/pk-ps-health-mou-2025.yaml')).toBe(true);
    expect(files.test('registry/programmes/x.yml')).toBe(true);
    expect(files.test('schemas/agreement.schema.json')).toBe(false);
    expect(files.test('docs/registry.yaml')).toBe(false);
  });
});
