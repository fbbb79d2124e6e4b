import type { Finding } from '../findings.js';
import type { LoadedRecord } from '../registry/record.js';
import type { RecordCheck, RecordDayCheck } from './check.js';
import { commitmentFindings } from './commitments.js';
import { countryFindings } from './countries.js';
import { dateFindings } from './dates.js';
import { historyFindings } from './history.js';
import { sourceFindings } from './sources.js';
import { statusFindings } from './status.js';

/**
 * The rules that look at one record alone and not at the day: they run when a file is analysed,
 * so their findings are cached with the file's parse and schema findings, and a warm run skips them.
 */
export const RECORD_CHECKS: readonly RecordCheck[] = [countryFindings, dateFindings, sourceFindings];

/** The rules about one record and the day of the check: cached per file content and day. */
export const RECORD_DAY_CHECKS: readonly RecordDayCheck[] = [commitmentFindings, statusFindings, historyFindings];

/** Everything the rules about one record and a day find in it. */
export function recordDayFindings(record: LoadedRecord, asOf: string): Finding[] {
  return RECORD_DAY_CHECKS.flatMap((check) => check(record, asOf));
}
