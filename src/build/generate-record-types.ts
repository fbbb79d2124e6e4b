// `npm run generate:types`: writes the record types generated from schemas/ to
// src/core/generated/record-types.ts, which is committed (an install builds coop without
// development dependencies, json-schema-to-typescript among them).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../core/paths.js';
import { generateRecordTypes, RECORD_TYPES_FILE } from './record-types.js';

writeFileSync(join(PACKAGE_ROOT, RECORD_TYPES_FILE), await generateRecordTypes());
