import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { coop, fixture, ROOT, tempDir } from '../helpers/cli.js';

// Loaded with require: ajv-draft-04 is CommonJS with its class on `default`.
const Ajv4 = (createRequire(import.meta.url)('ajv-draft-04') as typeof AjvDraft04).default;
// The official schema, kept unchanged in test/vendor (see its README for where it comes from).
const SARIF_SCHEMA = join(ROOT, 'test', 'vendor', 'sarif-schema-2.1.0.json');

describe('validate --format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema', async () => {
    const ajv = new Ajv4({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    for (const scenario of ['unknown-country', 'status-date', 'clean', 'duplicate-id']) {
      const { stdout } = await coop(['validate', '--format', 'sarif', '--as-of', '2026-01-15'], { cwd: fixture(scenario) });
      const sarif = JSON.parse(stdout);
      expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('carries rule ids from the finding codes and line/column locations', async () => {
    const { code, stdout } = await coop(['validate', '--format', 'sarif'], { cwd: fixture('unknown-country') });
    expect(code).toBe(1);
    const run = JSON.parse(stdout).runs[0];
    expect(run.tool.driver.name).toBe('coop');
    const result = run.results[0];
    expect(result).toMatchObject({
      ruleId: 'unknown-country',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'registry/agreements/pk-ps-test.yaml' }, region: { startLine: 7, startColumn: 14 } } }],
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('unknown-country');
  });
});

describe('validate --format github escaping', () => {
  it('escapes %, CR, LF in messages and also : and , in file names and titles, as GitHub documents', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    const name = 'odd,name:100%';
    const text = readFileSync(join(fixture('clean'), 'registry/agreements/pk-ps-test.yaml'), 'utf8').replace('id: pk-ps-test', 'id: pk-ps-test\n"bad%key\\r\\nline": 1');
    writeFileSync(join(dir, 'registry', 'agreements', `${name}.yaml`), text);
    const { stdout } = await coop(['validate', '--format', 'github'], { cwd: dir });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('::error file=registry/agreements/odd%2Cname%3A100%25.yaml,line=1,col=5,title=coop id-mismatch::id "pk-ps-test" differs from the file name "odd,name:100%25"; rename the file to pk-ps-test.yaml or change the id');
    const unknown = lines.find((l) => l.includes('title=coop unknown-property'))!;
    expect(unknown).toBe('::error file=registry/agreements/odd%2Cname%3A100%25.yaml,line=2,col=1,title=coop unknown-property::unknown field "bad%25key%0D%0Aline"; known fields here: id, kind, title, title_descriptive, instrument, legal_nature, parties, signatories, signed, entry_into_force, expires, validity, status, status_as_of, status_source, history, organisations, areas, commitments, sources, notes');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('coop validate: 2 error(s), 0 warning(s) in 1 file(s)');
  });
});
