import type { Finding } from '../findings.js';
import { didYouMean } from '../text/suggest.js';
import type { LoadedRecord } from '../registry/record.js';
import type { FieldPath } from '../yaml/locate.js';
import type { Check } from './check.js';

const MAX_SUGGESTIONS = 100;

/** A programme's `agreement`, and an agreement's history `record`, name an agreement record that exists. */
export const checkReferences: Check = ({ records, byId }) => {
  const findings: Finding[] = [];
  const agreementIds = records.filter((r) => r.kind === 'agreement' && r.id).map((r) => r.id!);
  // Each suggestion compares against every agreement id. Many dangling references are a
  // deleted agreement or a bulk import, not typos: past this many, none is suggested.
  let suggestions = MAX_SUGGESTIONS;
  const hint = (target: string): string => (suggestions-- > 0 ? didYouMean(target, agreementIds) : '');
  const check = (record: LoadedRecord, path: FieldPath, target: string, what: string): void => {
    const found = byId.get(target) ?? [];
    if (found.length === 0) {
      findings.push(record.finding(path, 'dangling-reference', `${what} "${target}" does not exist in the registry${hint(target)}`));
    } else if (!found.some((r) => r.kind === 'agreement')) {
      findings.push(record.finding(path, 'dangling-reference', `"${target}" is a ${found[0]!.kind ?? 'record'}, not an agreement`));
    }
  };
  for (const record of records) {
    const { agreement, historyRecords = [] } = record.links;
    if (record.kind === 'programme' && agreement !== undefined) check(record, ['agreement'], agreement, 'agreement');
    if (record.kind !== 'agreement') continue;
    for (const [i, other] of historyRecords) check(record, ['history', i, 'record'], other, 'record');
  }
  return findings;
};
