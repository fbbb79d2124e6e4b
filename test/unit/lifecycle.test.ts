import { describe, expect, it } from 'vitest';
import { collectDeadlines } from '../../src/core/deadlines/collect.js';
import { agreementExpiry } from '../../src/core/deadlines/expiry.js';
import { isClosed, isOpen, isUnverifiable } from '../../src/core/deadlines/standing.js';
import { becameOverdueWithin, selectDeadlines } from '../../src/core/deadlines/timing.js';
import type { Agreement, HistoryEvent } from '../../src/core/model.js';
import { recordDate } from '../../src/core/model.js';
import { recordDigest } from '../../src/core/digest/record-digest.js';
import { summariseCountries } from '../../src/core/query/country-summary.js';
import { currentStatus } from '../../src/core/status/current-status.js';
import { impliedStatus } from '../../src/core/status/history-status.js';
import { COMMITMENT_STATUSES } from '../../src/core/vocabulary.js';

const source: Agreement['sources'] = [{ title: 's', publisher: 'p' }];
const agreement = (extra: Partial<Agreement>): Agreement => ({
  id: 'a', kind: 'agreement', title: 'A', instrument: 'treaty', parties: [{ country: 'PK' }, { country: 'PS' }], status: 'signed', sources: source, ...extra,
});
const history = (...events: [HistoryEvent['type'], string?, string?][]): HistoryEvent[] => events.map(([type, date, party]) => ({ type, ...(date ? { date } : {}), ...(party ? { party } : {}) }));
const AS_OF = '2025-11-01';

describe('status derived from an agreement\'s history', () => {
  it('the latest event that changes the status decides; ratification and amendment do not', () => {
    const record = agreement({ history: history(['signature', '2010-03-01'], ['entry-into-force', '2010-06'], ['ratification', '2010-07', 'PK'], ['amendment', '2012']) });
    expect(impliedStatus(record, AS_OF)).toMatchObject({ status: 'in-force', index: 1 });
    const ended = agreement({ history: history(['signature', '2010'], ['entry-into-force', '2010'], ['suspension', '2015'], ['resumption', '2016'], ['termination', '2019-05-14']) });
    expect(impliedStatus(ended, AS_OF)).toMatchObject({ status: 'terminated', index: 4 });
    expect(impliedStatus(agreement({ history: history(['renewal', '2020']) }), AS_OF)?.status).toBe('in-force');
    expect(impliedStatus(agreement({ history: history(['expiry', '2020']) }), AS_OF)?.status).toBe('expired');
    expect(impliedStatus(agreement({ history: history(['supersession', '2020']) }), AS_OF)?.status).toBe('superseded');
    expect(impliedStatus(agreement({ history: history(['other', '2020'], ['ratification']) }), AS_OF)).toBeUndefined();
    expect(impliedStatus(agreement({}), AS_OF)).toBeUndefined();
  });

  it('an event still to come has not happened; an undated or partly dated one that may have has', () => {
    const record = agreement({ history: history(['signature', '2025-09-17'], ['entry-into-force', '2026-01-01']) });
    expect(impliedStatus(record, AS_OF)?.status).toBe('signed');
    expect(impliedStatus(record, '2026-01-01')?.status).toBe('in-force');
    expect(impliedStatus(agreement({ history: history(['signature', '2025-09-17'], ['entry-into-force', '2025']) }), AS_OF)?.status).toBe('in-force');
    expect(impliedStatus(agreement({ history: history(['signature', '2025-09-17'], ['entry-into-force']) }), AS_OF)?.status).toBe('in-force');
  });

  it('a withdrawal or denunciation ends an agreement only once fewer than two parties remain', () => {
    const bilateral = agreement({ history: history(['signature', '2011'], ['entry-into-force', '2011'], ['withdrawal', '2017', 'PS']) });
    expect(impliedStatus(bilateral, AS_OF)?.status).toBe('withdrawn');
    const trilateral = agreement({ parties: [{ country: 'ET' }, { country: 'KE' }, { country: 'SO' }], history: history(['signature', '2015'], ['entry-into-force', '2015'], ['withdrawal', '2019', 'SO']) });
    expect(impliedStatus(trilateral, AS_OF)?.status).toBe('in-force');
    const second = { ...trilateral, history: [...trilateral.history!, ...history(['denunciation', '2021', 'KE'])] };
    expect(impliedStatus(second, AS_OF)?.status).toBe('denounced');
    expect(impliedStatus(agreement({ history: history(['entry-into-force', '2011'], ['withdrawal', '2017']) }), AS_OF)?.status).toBe('withdrawn');
  });

  it('the current status: the history wins only when it is further along than the stated status', () => {
    const inForce = history(['signature', '2010'], ['entry-into-force', '2010']);
    expect(currentStatus(agreement({ status: 'signed', history: inForce }), AS_OF)).toMatchObject({ status: 'in-force', stated: 'signed', relation: 'history-ahead' });
    expect(currentStatus(agreement({ status: 'negotiating', history: inForce }), AS_OF)).toMatchObject({ status: 'in-force', relation: 'history-ahead' });
    expect(currentStatus(agreement({ status: 'in-force', history: inForce }), AS_OF)).toMatchObject({ status: 'in-force', relation: 'agrees' });
    expect(currentStatus(agreement({ status: 'terminated', history: inForce }), AS_OF)).toMatchObject({ status: 'terminated', relation: 'history-behind' });
    expect(currentStatus(agreement({ status: 'suspended', history: inForce }), AS_OF)).toMatchObject({ status: 'suspended', relation: 'conflict' });
    expect(currentStatus(agreement({ status: 'unknown', history: inForce }), AS_OF)).toMatchObject({ status: 'unknown', relation: 'stated-unknown', implied: { status: 'in-force' } });
    expect(currentStatus(agreement({ status: 'signed' }), AS_OF)).toEqual({ status: 'signed', stated: 'signed', relation: 'no-history' });
  });

  it('a signature or entry into force recorded only in the history dates the record and anchors deadlines', () => {
    const record = agreement({ history: history(['signature', '2015-04'], ['entry-into-force', '2015-09-01']), validity: { duration: 'P5Y' } });
    expect(recordDate(record)).toBe('2015-04');
    expect(agreementExpiry(record).window).toEqual({ earliest: '2020-09-01', latest: '2020-09-01' });
  });
});

describe('expiry counts from the latest renewal', () => {
  const base = { signed: { date: '2010-03-01' }, entry_into_force: '2010-03-01', validity: { duration: 'P5Y', renewal: 'negotiated' as const } };

  it('without renewals: entry into force + duration, or expires as stated', () => {
    expect(agreementExpiry(agreement(base))).toEqual({ window: { earliest: '2015-03-01', latest: '2015-03-01' }, basis: 'entry into force + P5Y' });
    expect(agreementExpiry(agreement({ ...base, expires: '2014-12-31' }))).toEqual({ window: { earliest: '2014-12-31', latest: '2014-12-31' }, basis: 'as stated', stated: true });
  });

  it('the latest renewal\'s date + validity.duration, over a stated expires', () => {
    const renewed = agreement({ ...base, expires: '2015-03-01', history: history(['renewal', '2015-03-01'], ['renewal', '2020-03-01'], ['amendment', '2022']) });
    expect(agreementExpiry(renewed)).toEqual({ window: { earliest: '2025-03-01', latest: '2025-03-01' }, basis: 'renewal of 2020-03-01 + P5Y' });
  });

  it('a renewal\'s own duration or stated expires wins over validity.duration', () => {
    expect(agreementExpiry(agreement({ ...base, history: [{ type: 'renewal', date: '2015-03-01', duration: 'P3Y' }] })).window?.latest).toBe('2018-03-01');
    expect(agreementExpiry(agreement({ ...base, history: [{ type: 'renewal', date: '2015-03', expires: '2021-06-30' }] }))).toEqual({ window: { earliest: '2021-06-30', latest: '2021-06-30' }, basis: 'renewal of 2015-03, expiry as stated' });
  });

  it('a partial renewal date gives a window', () => {
    expect(agreementExpiry(agreement({ ...base, history: history(['renewal', '2020-03']) })).window).toEqual({ earliest: '2025-03-01', latest: '2025-03-31' });
  });

  it('says why the expiry is unknown', () => {
    expect(agreementExpiry(agreement({ signed: { date: '2018-06' }, validity: { duration: 'P5Y' } }))).toEqual({
      unknown: 'validity.duration is P5Y, but the agreement has no entry into force date to count it from (signed 2018-06; its entry into force is not recorded)',
    });
    expect(agreementExpiry(agreement({ validity: { duration: 'P5Y' } })).unknown).toBe('validity.duration is P5Y, but the agreement has no entry into force date to count it from');
    expect(agreementExpiry(agreement({ ...base, history: history(['renewal']) })).unknown).toBe('the latest renewal in history has no date, so its term cannot be counted; add its date or its expires');
    expect(agreementExpiry(agreement({ entry_into_force: '2010-03-01', history: history(['renewal', '2015-03-01']) })).unknown).toBe(
      "renewed 2015-03-01, but neither the renewal's duration nor validity.duration says how long the new term runs",
    );
    expect(agreementExpiry(agreement({}))).toEqual({});
  });

  it('automatic renewal rolls a term that has ended on to the one containing the day', () => {
    const automatic = agreement({ ...base, validity: { duration: 'P5Y', renewal: 'automatic' } });
    expect(agreementExpiry(automatic, '2014-01-01').window?.latest).toBe('2015-03-01');
    expect(agreementExpiry(automatic, AS_OF)).toEqual({ window: { earliest: '2030-03-01', latest: '2030-03-01' }, basis: 'entry into force + P5Y, renewed automatically 3 times by P5Y' });
    expect(agreementExpiry(agreement(base), AS_OF).window?.latest).toBe('2015-03-01');
  });

  it('deadlines use the current expiry and the current status', () => {
    const renewed = agreement({ ...base, status: 'in-force', validity: { ...base.validity, notice: 'P6M' }, history: history(['renewal', '2025-03-01']) });
    expect(collectDeadlines([{ file: 'a.yaml', record: renewed }], AS_OF).map((d) => [d.type, d.due.latest, d.status])).toEqual([
      ['expiry', '2030-03-01', 'pending'],
      ['renewal-notice', '2029-09-01', 'pending'],
    ]);
    const withdrawn = { ...renewed, status: 'in-force' as const, history: [...renewed.history!, ...history(['withdrawal', '2025-06', 'PS'])] };
    expect(collectDeadlines([{ file: 'a.yaml', record: withdrawn }], AS_OF).map((d) => d.status)).toEqual(['closed', 'closed']);
    const unknown = { ...renewed, status: 'unknown' as const };
    expect(collectDeadlines([{ file: 'a.yaml', record: unknown }], AS_OF).map((d) => d.status)).toEqual(['unknown', 'unknown']);
  });
});

describe('open, overdue and unverified: one definition', () => {
  it('every commitment status is exactly one of open, unverifiable or closed', () => {
    for (const status of COMMITMENT_STATUSES) expect([isOpen(status), isUnverifiable(status), isClosed(status)].filter(Boolean), status).toHaveLength(1);
    expect(COMMITMENT_STATUSES.filter(isOpen)).toEqual(['pending']);
    expect(COMMITMENT_STATUSES.filter(isUnverifiable)).toEqual(['unknown']);
  });

  const record = agreement({
    id: 'x',
    signed: { date: '2013-01-10' },
    commitments: [
      { id: 'old-pending', text: 't', status: 'pending', due: { date: '2013-06-01' } },
      { id: 'old-unknown', text: 't', status: 'unknown', due: { date: '2013-06-01' } },
      { id: 'yesterday', text: 't', status: 'pending', due: { date: '2025-10-31' } },
      { id: 'soon-unknown', text: 't', status: 'unknown', due: { date: '2025-11-20' } },
      { id: 'partly', text: 't', status: 'partially-met', due: { date: '2014-01-01' } },
      { id: 'undated', text: 't', status: 'pending' },
    ],
  });
  const timed = selectDeadlines(collectDeadlines([{ file: 'x.yaml', record }], AS_OF), { asOf: AS_OF, within: 'P90D', all: true });
  const timing = Object.fromEntries(timed.map((d) => [d.item, d.timing]));

  it('a 2013 commitment of unknown status is unverified, not thousands of days overdue', () => {
    expect(timing).toEqual({ 'old-pending': 'overdue', 'old-unknown': 'unverified', partly: 'closed', yesterday: 'overdue', 'soon-unknown': 'due' });
  });

  it('countries count as pending exactly the open commitments, dated or not', () => {
    const [row] = summariseCountries([recordDigest(record, AS_OF)]);
    expect(row!.pending_commitments).toBe(3);
  });

  it('became overdue within a window: the day after the last possible due day, for the length of the window', () => {
    const overdue = timed.filter((d) => d.timing === 'overdue');
    expect(overdue.filter((d) => becameOverdueWithin(d, AS_OF, 'P1D')).map((d) => d.item)).toEqual(['yesterday']);
    expect(overdue.filter((d) => becameOverdueWithin(d, '2025-11-02', 'P1D')).map((d) => d.item)).toEqual([]);
    expect(overdue.filter((d) => becameOverdueWithin(d, '2025-11-02', 'P2D')).map((d) => d.item)).toEqual(['yesterday']);
    expect(overdue.filter((d) => becameOverdueWithin(d, AS_OF, 'P20Y')).map((d) => d.item)).toEqual(['old-pending', 'yesterday']);
  });
});
