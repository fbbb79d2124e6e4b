// `npm run docs:fields`: writes the field reference generated from schemas/ into README.md,
// between the markers; `--check` exits 1 instead when README.md is not up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/paths.js';
import { fieldReference, withFieldReference, type SchemaSet } from './field-reference.js';

const schema = (name: string): SchemaSet['defs'] => JSON.parse(readFileSync(join(PACKAGE_ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as SchemaSet['defs'];
const readmePath = join(PACKAGE_ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withFieldReference(readme, fieldReference({ agreement: schema('agreement'), programme: schema('programme'), defs: schema('defs') }));

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write('README.md: the field reference is out of date; run npm run docs:fields\n');
    process.exitCode = 1;
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  process.stdout.write('README.md: field reference updated\n');
}
