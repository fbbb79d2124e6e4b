import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));

describe('files for registry CI', () => {
  it('the workflow validates PRs in the github format, writes the diff to the summary and checks deadlines daily', () => {
    const workflow = read('.github/workflows/registry.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'schedule', 'workflow_dispatch']);
    const pr = workflow.jobs['pull-request'].steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(pr).toContain('npx coop validate --changed-since "origin/${{ github.base_ref }}" --format github');
    expect(pr).toContain('npx coop diff "origin/${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"');
    expect(workflow.jobs['pull-request'].steps[0].with['fetch-depth']).toBe(0);
    const daily = workflow.jobs.deadlines.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(daily).toContain('npx coop deadlines --check');
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
