import { isSurelyAfter, realDate } from '../dates.js';
import type { Finding } from '../findings.js';
import { anchorDate, type AnchorDates } from '../model.js';
import type { LoadedRecord } from '../registry/record.js';
import { asArray, asObject, asString, type RecordDayCheck } from './check.js';

const ANCHOR_WORDS = { signed: 'signed.date', entry_into_force: 'entry_into_force', start: 'start' };

/**
 * Commitment ids are unique within their record (deadlines and calendar entries rest on them),
 * a relative deadline counts from a date the record has, and a met commitment says when (or says
 * that no source gives the date). `future-date` compares with the day of the check.
 */
export const commitmentFindings: RecordDayCheck = (record, asOf) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const today = realDate(asOf);
  const { data } = record;
  const anchors: AnchorDates = { kind: record.kind, signed: data.signed, entry_into_force: data.entry_into_force, start: data.start, history: data.history };
  asArray(data.commitments).forEach((item, i) => {
    const commitment = asObject(item);
    const at = (...rest: string[]) => ['commitments', i, ...rest];
    const id = asString(commitment.id);
    if (id !== undefined && seen.has(id)) findings.push(record.finding(at('id'), 'duplicate-commitment', `commitment id "${id}" is used twice in this record; give each commitment its own id`));
    if (id !== undefined) seen.add(id);

    const from = asString(asObject(commitment.due).from);
    if (isAnchor(from) && typeof anchorDate(anchors, from) !== 'string') {
      const field = ANCHOR_WORDS[from];
      const fix = record.kind === 'agreement' && from === 'start' ? 'agreements have no start; count from signed or entry_into_force' : `add ${field} or give due.date instead`;
      findings.push(record.finding(at('due', 'from'), 'missing-anchor', `the deadline counts from ${field}, which this record does not have; ${fix}`));
    }

    const status = asString(commitment.status);
    const metOn = asString(commitment.met_on);
    const dateUnknown = commitment.met_on_unknown === true;
    if (status === 'met' && metOn === undefined && !dateUnknown) {
      findings.push(record.finding(at('status'), 'met-without-date', 'status is met but met_on is missing; add the date it was met (YYYY-MM-DD, YYYY-MM or YYYY), or met_on_unknown: true when the source gives none'));
    }
    if (dateUnknown && metOn !== undefined) findings.push(record.finding(at('met_on_unknown'), 'schema', 'met_on_unknown: true contradicts met_on; keep met_on when the date is known'));
    if (dateUnknown && status !== undefined && status !== 'met') findings.push(record.finding(at('met_on_unknown'), 'schema', `met_on_unknown goes with status met, but status is ${status}; remove it`));
    for (const key of ['met_on', 'status_as_of'] as const) {
      const text = asString(commitment[key]);
      const date = text === undefined ? undefined : realDate(text);
      if (date && today && isSurelyAfter(date, today)) {
        findings.push(record.finding(at(key), 'future-date', `${key} (${text}) is after ${asOf}; ${key === 'met_on' ? 'a commitment can only be met on a day that has come' : 'a status can only be known as of a day that has come'}`));
      }
    }
  });
  return findings;
};

function isAnchor(from: string | undefined): from is keyof typeof ANCHOR_WORDS {
  return from !== undefined && Object.hasOwn(ANCHOR_WORDS, from);
}
