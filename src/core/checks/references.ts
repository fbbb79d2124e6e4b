import type { Finding } from '../findings.js';
import { didYouMean } from '../text/suggest.js';
import { asString, type Check } from './check.js';

const MAX_SUGGESTIONS = 100;

/** A programme's `agreement` names an agreement record that exists. */
export const checkReferences: Check = ({ records, byId }) => {
  const findings: Finding[] = [];
  const agreementIds = records.filter((r) => r.kind === 'agreement' && r.id).map((r) => r.id!);
  // Each suggestion compares against every agreement id. Many dangling references are a
  // deleted agreement or a bulk import, not typos: past this many, none is suggested.
  let suggestions = MAX_SUGGESTIONS;
  const hint = (target: string): string => (suggestions-- > 0 ? didYouMean(target, agreementIds) : '');
  for (const record of records) {
    const target = asString(record.data.agreement);
    if (record.kind !== 'programme' || target === undefined) continue;
    const found = byId.get(target) ?? [];
    if (found.length === 0) {
      findings.push(record.finding(['agreement'], 'dangling-reference', `agreement "${target}" does not exist in the registry${hint(target)}`));
    } else if (!found.some((r) => r.kind === 'agreement')) {
      findings.push(record.finding(['agreement'], 'dangling-reference', `"${target}" is a ${found[0]!.kind ?? 'record'}, not an agreement`));
    }
  }
  return findings;
};
