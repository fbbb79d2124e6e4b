import type { RecordCheck } from './check.js';
import { countryFindings } from './countries.js';
import { dateFindings } from './dates.js';
import { sourceFindings } from './sources.js';

/**
 * The rules that look at one record alone and not at the day: they run when a file is analysed,
 * so their findings are cached with the file's parse and schema findings, and a warm run skips them.
 */
export const RECORD_CHECKS: readonly RecordCheck[] = [countryFindings, dateFindings, sourceFindings];
