import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/core/findings.js';
import { END_MARKER, fieldReference, START_MARKER, withFieldReference } from '../../src/build/field-reference.js';
import { ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('documents every finding code with its severity', () => {
    for (const [code, [severity]] of Object.entries(FINDING_CODES)) {
      expect(readme, code).toMatch(new RegExp(`^\\| \`${code}\` \\| ${severity} \\|`, 'm'));
    }
  });

  it('has the field reference generated from the current schemas (npm run docs:fields)', () => {
    const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    const reference = fieldReference({ agreement: schema('agreement'), programme: schema('programme'), defs: schema('defs') });
    expect(readme).toContain(START_MARKER);
    expect(readme).toContain(END_MARKER);
    expect(withFieldReference(readme, reference)).toBe(readme);
  });

  it('the field reference documents every property of the schemas and every health area', () => {
    const section = readme.slice(readme.indexOf(START_MARKER), readme.indexOf(END_MARKER));
    for (const field of ['history[].type', 'history[].party', 'organisations', 'parties[].role', 'title_descriptive', 'status_as_of', 'status_source', 'events[].country']) expect(section, field).toContain(`| \`${field}\` |`);
    for (const field of ['archive_url', 'language', 'title_translation', 'met_on_unknown', 'role', 'type', 'country']) expect(section, field).toContain(`| \`${field}\` |`);
    expect(section).toContain('| `immunisation` | Immunisation and vaccines | `12250` |');
    expect(section).toContain('| `traditional-medicine` | Traditional medicine | none |');
  });

  it('opens with the install-and-run command and npm test', () => {
    const firstBlock = readme.split('```sh\n')[1]!.split('```')[0]!;
    expect(firstBlock).toMatch(/^npm ci && npx coop \w+/);
    expect(firstBlock).toContain('\nnpm test ');
  });
});
