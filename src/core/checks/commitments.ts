import type { Finding } from '../findings.js';
import { asArray, asObject, asString, type Check } from './check.js';

/** Commitment ids are unique within their record, so deadlines and calendar entries stay stable. */
export const checkCommitments: Check = ({ records }) => {
  const findings: Finding[] = [];
  for (const record of records) {
    const seen = new Set<string>();
    asArray(record.data.commitments).forEach((item, i) => {
      const id = asString(asObject(item).id);
      if (id === undefined) return;
      if (seen.has(id)) findings.push(record.finding(['commitments', i, 'id'], 'duplicate-commitment', `commitment id "${id}" is used twice in this record; give each commitment its own id`));
      seen.add(id);
    });
  }
  return findings;
};
