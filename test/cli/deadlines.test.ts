import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { coop, fixture } from '../helpers/cli.js';

const cwd = fixture('deadlines');
const run = (...args: string[]) => coop(['deadlines', ...args], { cwd });

describe('coop deadlines on the shipped registry', () => {
  it('lists the Pakistan–Palestine working group due 2025-10-17 with 16 days left', async () => {
    const { code, stdout } = await coop(['deadlines', '--as-of', '2025-10-01', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        record: 'pk-ps-health-mou-2025',
        record_kind: 'agreement',
        file: 'registry/agreements/pk-ps-health-mou-2025.yaml',
        type: 'commitment',
        item: 'health-working-group',
        countries: ['PK', 'PS'],
        what: "Establish a Pakistan–Palestine Health Working Group to supervise the MoU's implementation",
        due: '2025-10-17',
        due_latest: '2025-10-17',
        status: 'pending',
        timing: 'due',
        days_left: 16,
      },
    ]);
    const table = await coop(['deadlines', '--as-of', '2025-10-01']);
    expect(table.stdout).toMatch(/│ 2025-10-17 +│ 16 days left +│ pk-ps-health-mou-2025 +│/);
  });

  it('--check on the day after the due date reports it newly overdue and exits 1', async () => {
    const { code, stdout, stderr } = await coop(['deadlines', '--as-of', '2025-10-18', '--check']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/│ 2025-10-17 +│ 1 day overdue +│ pk-ps-health-mou-2025 +│/);
    expect(stderr).toBe('coop deadlines: 1 newly overdue as of 2025-10-18 (within P1D): pk-ps-health-mou-2025 health-working-group (due 2025-10-17, 1 day overdue)\n');
  });

  it('--check alerts once: on later days it lists the item but passes, unless --all or a wider --window', async () => {
    const daily = await coop(['deadlines', '--as-of', '2025-11-01', '--check']);
    expect(daily.code).toBe(0);
    expect(daily.stdout).toMatch(/│ 2025-10-17 +│ 15 days overdue +│ pk-ps-health-mou-2025 +│/);
    expect(daily.stderr).toBe(
      'coop deadlines: nothing newly overdue as of 2025-11-01 (within P1D)\n' +
        'coop deadlines: 1 overdue since before that, not failing (--check --all fails on them): pk-ps-health-mou-2025 health-working-group (due 2025-10-17, 15 days overdue)\n',
    );
    const all = await coop(['deadlines', '--as-of', '2025-11-01', '--check', '--all']);
    expect(all.code).toBe(1);
    expect(all.stderr).toBe('coop deadlines: 1 overdue as of 2025-11-01: pk-ps-health-mou-2025 health-working-group (due 2025-10-17, 15 days overdue)\n');
    const monthly = await coop(['deadlines', '--as-of', '2025-11-01', '--check', '--window', '30d']);
    expect(monthly.code).toBe(1);
    expect(monthly.stderr).toMatch(/^coop deadlines: 1 newly overdue as of 2025-11-01 \(within P30D\): /);
  });

  it('--check passes before the deadline', async () => {
    const { code, stderr } = await coop(['deadlines', '--as-of', '2025-10-17', '--check']);
    expect(code).toBe(0);
    expect(stderr).toBe('coop deadlines: nothing overdue as of 2025-10-17\n');
  });
});

describe('coop deadlines selection', () => {
  const items = async (...args: string[]) => {
    const { stdout } = await run(...args, '--format', 'json');
    return JSON.parse(stdout).map((d: { record: string; item: string; timing: string; days_left: number }) => `${d.record}/${d.item} ${d.timing} ${d.days_left}`);
  };

  it('by default: overdue, possibly due and due within 90 days, soonest first; met and cancelled left out', async () => {
    expect(await items('--as-of', '2025-10-17')).toEqual([
      'd-partial/plan possibly-due 13',
      'd-exact/working-group due 0',
      'd-programme/visit due 3',
      'd-exact/report due 45',
      'd-programme/first-cohort due 85',
    ]);
  });

  it('--within narrows the look-ahead and accepts 30d or P30D', async () => {
    const expected = ['d-partial/plan possibly-due 13', 'd-exact/working-group due 0', 'd-programme/visit due 3'];
    expect(await items('--as-of', '2025-10-17', '--within', '30d')).toEqual(expected);
    expect(await items('--as-of', '2025-10-17', '--within', 'P30D')).toEqual(expected);
  });

  it('--overdue keeps what has passed, a window only once its last day has', async () => {
    expect(await items('--as-of', '2025-10-30', '--overdue')).toEqual(['d-exact/working-group overdue -13']);
    expect(await items('--as-of', '2025-10-31', '--overdue')).toEqual(['d-partial/plan overdue -1', 'd-exact/working-group overdue -14']);
  });

  it('--all adds closed items, expiry and renewal notice', async () => {
    expect(await items('--as-of', '2025-10-17', '--all')).toEqual([
      'd-exact/done closed -17',
      'd-partial/plan possibly-due 13',
      'd-exact/dropped closed -12',
      'd-exact/working-group due 0',
      'd-programme/visit due 3',
      'd-exact/report due 45',
      'd-programme/first-cohort due 85',
      'd-partial/renewal-notice later 531',
      'd-partial/expiry later 714',
    ]);
  });

  it('takes the list filters', async () => {
    expect(await items('--as-of', '2025-10-17', '--country', 'Pakistan')).toEqual(['d-exact/working-group due 0', 'd-exact/report due 45']);
    expect(await items('--as-of', '2025-10-17', '--kind', 'programme')).toEqual(['d-programme/visit due 3', 'd-programme/first-cohort due 85']);
  });

  it('a commitment of unknown status past its due date is unverified: listed, never overdue', async () => {
    expect(await items('--as-of', '2025-10-31')).toEqual(['d-partial/plan overdue -1', 'd-exact/working-group overdue -14', 'd-programme/visit unverified -11', 'd-exact/report due 31', 'd-programme/first-cohort due 71']);
  });

  it('--check fails on what became overdue within --window, names older overdue and unverified items, whatever the selection shows', async () => {
    const { code, stderr } = await run('--as-of', '2025-10-31', '--check', '--format', 'json', '--overdue');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'coop deadlines: 1 newly overdue as of 2025-10-31 (within P1D): d-partial plan (due 2025-10-30, 1 day overdue)\n' +
        'coop deadlines: 1 overdue since before that, not failing (--check --all fails on them): d-exact working-group (due 2025-10-17, 14 days overdue)\n' +
        'coop deadlines: 1 unverified (status unknown after the due date), never failing: d-programme visit (due 2025-10-20, unverified, 11 days past due)\n',
    );
  });

  it('--check --all fails on everything overdue and still pending; unverified items never fail', async () => {
    const all = await run('--as-of', '2025-10-31', '--check', '--all', '--format', 'json', '--kind', 'agreement');
    expect(all.code).toBe(1);
    expect(all.stderr).toBe('coop deadlines: 2 overdue as of 2025-10-31: d-partial plan (due 2025-10-30, 1 day overdue); d-exact working-group (due 2025-10-17, 14 days overdue)\n');
    const programmes = await run('--as-of', '2025-10-31', '--check', '--all', '--format', 'json', '--kind', 'programme');
    expect(programmes.code).toBe(0);
    expect(programmes.stderr).toBe('coop deadlines: nothing overdue as of 2025-10-31\ncoop deadlines: 1 unverified (status unknown after the due date), never failing: d-programme visit (due 2025-10-20, unverified, 11 days past due)\n');
  });

  it('--window takes the same durations as --within, at least a day', async () => {
    expect((await run('--as-of', '2025-11-05', '--check', '--window', '7d', '--format', 'json')).code).toBe(1);
    expect((await run('--as-of', '2025-11-05', '--check', '--window', 'P1W', '--format', 'json')).code).toBe(1);
    expect((await run('--as-of', '2025-11-05', '--check', '--format', 'json')).code).toBe(0);
    expect(await run('--check', '--window', '0d')).toEqual({ code: 2, stdout: '', stderr: 'coop: --window must be a duration of at least a day like 1d, 7d or P1W; got "0d"\n' });
  });

  it('bad arguments exit 2', async () => {
    expect(await run('--within', 'soon')).toEqual({ code: 2, stdout: '', stderr: 'coop: --within must be a duration like 90d, 12w, 3m, 1y or P90D; got "soon"\n' });
    expect((await run('--overdue', '--all')).code).toBe(2);
    expect((await run('--format', 'pdf')).code).toBe(2);
  });

  it('nothing due: a message on stderr, exit 0', async () => {
    expect(await run('--as-of', '2025-10-17', '--overdue')).toEqual({ code: 0, stdout: '', stderr: 'No deadlines overdue as of 2025-10-17.\n' });
    expect(await run('--as-of', '2025-10-17', '--within', '2d', '--kind', 'programme')).toEqual({ code: 0, stdout: '', stderr: 'No deadlines due within P2D as of 2025-10-17.\n' });
    expect(await run('--as-of', '2025-10-17', '--overdue', '--format', 'json')).toEqual({ code: 0, stdout: '[]\n', stderr: 'No deadlines overdue as of 2025-10-17.\n' });
  });
});

describe('coop deadlines formats', () => {
  it('markdown: a table with due windows and what is left', async () => {
    const { stdout } = await run('--as-of', '2025-10-17', '--within', '5d', '--format', 'markdown');
    expect(stdout).toBe(
      [
        '| Due | When | Record | Countries | What | Status |',
        '|---|---|---|---|---|---|',
        '| 2025-10-01 – 2025-10-30 | possibly due, 13 days at most | d-partial | Kazakhstan, Afghanistan | Agree a work plan | pending |',
        '| 2025-10-17 | due today | d-exact | Pakistan, Palestine | Set up a working group; report back, quickly | pending |',
        '| 2025-10-20 | 3 days left | d-programme | Kazakhstan, Afghanistan | Return visit | unknown |',
        '',
      ].join('\n'),
    );
  });

  it('ics: RFC 5545 with CRLF, folded lines, escaped text, stable UIDs, DTSTAMP from --as-of', async () => {
    const { stdout } = await run('--as-of', '2025-10-17', '--all', '--format', 'ics');
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(stdout.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of stdout.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(stdout).toContain('SUMMARY:Set up a working group\\; report back\\, quickly (Pakistan\\, Palestin\r\n e)');
    expect(stdout.match(/^DTSTAMP:.*$/gm)).toEqual(Array(9).fill('DTSTAMP:20251017T000000Z'));
    const again = await run('--as-of', '2025-10-17', '--all', '--format', 'ics');
    expect(again.stdout).toBe(stdout);
  });

  it('ics: an independent parser reads all-day events with the right dates', async () => {
    const { stdout } = await run('--as-of', '2025-10-17', '--all', '--format', 'ics');
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(9);
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
    }
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const group = byUid.get('d-exact.commitment.working-group@coop')!;
    expect([group.startDate.toString(), group.endDate.toString(), group.summary]).toEqual(['2025-10-17', '2025-10-18', 'Set up a working group; report back, quickly (Pakistan, Palestine)']);
    expect(group.description).toBe('Exact dates agreement (d-exact)\nCountries: Pakistan, Palestine\nStatus: pending\nSource wording: within the next 30 days');
    const plan = byUid.get('d-partial.commitment.plan@coop')!;
    expect([plan.startDate.toString(), plan.endDate.toString()]).toEqual(['2025-10-01', '2025-10-31']);
    expect(byUid.get('d-partial.expiry.expiry@coop')!.startDate.toString()).toBe('2027-10-01');
    expect(byUid.get('d-exact.commitment.done@coop')!.summary).toBe('[met] Exchange letters (Pakistan, Palestine)');
  });

  it('-o FILE.ics writes the calendar', async () => {
    const { tempDir } = await import('../helpers/cli.js');
    const { readFileSync } = await import('node:fs');
    const file = `${tempDir()}/deadlines.ics`;
    expect((await run('--as-of', '2025-10-17', '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('BEGIN:VEVENT\r\nUID:d-partial.commitment.plan@coop\r\n');
  });
});

describe('coop show with computed due dates', () => {
  it('shows when a relative commitment falls due, as a window for a partial anchor', async () => {
    const { stdout } = await coop(['show', 'd-partial'], { cwd });
    expect(stdout).toContain('  Expires       2027-10-01 (entry into force + P2Y)\n  Validity      runs P2Y, renewal: automatic, notice: P6M\n');
    expect(stdout).toContain('  plan · pending · due within P30D of signing → 2025-10-01 – 2025-10-30\n');
  });
});
