import type { AnalysedFile, StoredFinding } from '../cache/parse-cache.js';
import { RECORD_CHECKS, recordDayFindings } from '../checks/record-checks.js';
import type { Finding } from '../findings.js';
import { recordSchemaFindings } from '../schema/record-schema-findings.js';
import { decodeRecordText, parseRecordFile } from './parse-record.js';
import { LoadedRecord, type RecordKind } from './record.js';
import { linksOf } from './record-links.js';

/** A file analysed, and when a day is given, what the rules about one record and that day find. */
export interface FileAnalysis extends AnalysedFile {
  day?: StoredFinding[];
}

/**
 * What a file's bytes say on their own: parse, schema and single-record findings, and the record
 * when it parsed; with `asOf`, also the findings of the rules about the record and that day.
 */
export function analyseFile(file: string, bytes: Uint8Array, folderKind: RecordKind | undefined, asOf?: string): FileAnalysis {
  const parsed = parseRecordFile(file, bytes);
  if (!parsed.data) return { findings: parsed.findings.map(withoutFile) };
  const data = parsed.data;
  const links = linksOf(data);
  const record = new LoadedRecord(file, folderKind, links, () => data, () => decodeRecordText(bytes));
  const findings = [...parsed.findings, ...recordSchemaFindings(record), ...RECORD_CHECKS.flatMap((check) => check(record))];
  const analysis: FileAnalysis = { findings: findings.map(withoutFile), record: { data, links } };
  if (asOf !== undefined) analysis.day = recordDayFindings(record, asOf).map(withoutFile);
  return analysis;
}

export const withoutFile = ({ file: _, lineText: __, ...rest }: Finding): StoredFinding => rest;
