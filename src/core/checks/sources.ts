import type { Finding } from '../findings.js';
import { didYouMean } from '../text/suggest.js';
import { asArray, asObject, asString, type RecordCheck } from './check.js';
import { sourceRefFields } from './fields.js';

/** Source ids are unique within their record, and every citation of a source names one of them. */
export const sourceFindings: RecordCheck = (record) => {
  const findings: Finding[] = [];
  const ids: string[] = [];
  const known = new Set<string>();
  asArray(record.data.sources).forEach((source, i) => {
    const id = asString(asObject(source).id);
    if (id === undefined) return;
    if (known.has(id)) findings.push(record.finding(['sources', i, 'id'], 'duplicate-source', `source id "${id}" is used twice in this record; give each source its own id`));
    ids.push(id);
    known.add(id);
  });
  for (const { path, value } of sourceRefFields(record)) {
    if (known.has(value)) continue;
    const fix = ids.length ? `one of: ${ids.join(', ')}${didYouMean(value, ids)}` : 'no source has an id yet; add id: to the source it means';
    findings.push(record.finding(path, 'dangling-reference', `source "${value}" is not the id of a source of this record; ${fix}`));
  }
  return findings;
};
