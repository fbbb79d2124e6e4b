// Build step: compiles schemas/*.schema.json into standalone validator code, so that coop does
// not compile the schemas with Ajv every time it starts. Run by `npm run build` after tsc.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { BUILD_ID_FILE, DIST_DIR } from '../core/cache/build-id.js';
import { AJV_OPTIONS, COMPILED_VALIDATORS, SCHEMA_FILE, SCHEMAS_DIR, SHARED_SCHEMA_FILE } from '../core/schema/schema-validator.js';

const readSchema = (name: string): object => JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as object;

const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true } });
for (const file of [SHARED_SCHEMA_FILE, ...Object.values(SCHEMA_FILE)]) ajv.addSchema(readSchema(file));
writeFileSync(COMPILED_VALIDATORS, standaloneCode.default(ajv, { agreement: SCHEMA_FILE.agreement, programme: SCHEMA_FILE.programme }));

// The parse cache trusts an entry only from the same build: a hash of every compiled file and
// schema, so any change to coop's code or schemas starts a fresh cache.
const hash = createHash('sha256');
// dist/bundle/ is made from these files afterwards (scripts/bundle.mjs), so it is left out.
const distFiles = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c?js)$/.test(f) && !f.startsWith(`bundle${sep}`)).sort();
for (const file of distFiles) hash.update(file).update(readFileSync(join(DIST_DIR, file)));
for (const file of readdirSync(SCHEMAS_DIR).sort()) hash.update(file).update(readFileSync(join(SCHEMAS_DIR, file)));
writeFileSync(BUILD_ID_FILE, hash.digest('hex'));
