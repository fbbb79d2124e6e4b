import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../src/core/findings.js';
import { ROOT } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('documents every finding code with its severity', () => {
    for (const [code, [severity]] of Object.entries(FINDING_CODES)) {
      expect(readme, code).toMatch(new RegExp(`^\\| \`${code}\` \\| ${severity} \\|`, 'm'));
    }
  });

  it('opens with the install-and-run command and npm test', () => {
    const firstBlock = readme.split('```sh\n')[1]!.split('```')[0]!;
    expect(firstBlock).toMatch(/^npm ci && npx coop \w+/);
    expect(firstBlock).toContain('\nnpm test ');
  });
});
