import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coop, fixture } from '../helpers/cli.js';
import { markdownlint, mermaidBlocks, parseMermaid } from '../helpers/markdown-checks.js';
import { recordDate, type CoopRecord } from '../../src/core/model.js';
import { AGREEMENT_STATUSES, AREAS, COUNTRY_ROLES, HISTORY_EVENT_TYPES, ORGANISATION_ROLES, ORGANISATION_TYPES, PROGRAMME_EVENT_TYPES, PROGRAMME_STATUSES } from '../../src/core/vocabulary.js';

/**
 * test/fixtures/model: 18 records from 1963 to 2025 that use every field and status issue 12
 * added: a trilateral agreement, a five-yearly renewed MoU, a programme ended by withdrawal, a
 * commitment met on an unknown date, non-state actors, sources in other languages and archives.
 * The records are plausible test data, not sourced facts.
 */
const cwd = fixture('model');
const AS_OF = ['--as-of', '2025-11-01'];
const run = (...args: string[]) => coop([...args, ...AS_OF], { cwd });
const json = async (...args: string[]) => JSON.parse((await run(...args, '--format', 'json')).stdout);

const records = ['agreements', 'programmes'].flatMap((folder) =>
  readdirSync(join(cwd, 'registry', folder)).map((file) => parse(readFileSync(join(cwd, 'registry', folder, file), 'utf8')) as Record<string, unknown>),
);

/** Every key path used in the fixture's records, list items as []: "history[].party". */
function keyPaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${path}[]`, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      out.add(here);
      keyPaths(child, here, out);
    }
  }
  return out;
}

/** Every value found at a key path in the fixture's records. */
function valuesAt(path: string, kind?: string): unknown[] {
  const walk = (value: unknown, parts: string[]): unknown[] => {
    if (parts.length === 0) return Array.isArray(value) ? value : [value];
    const [head, ...rest] = parts;
    const list = head!.endsWith('[]');
    const next = (value as Record<string, unknown> | undefined)?.[list ? head!.slice(0, -2) : head!];
    if (next === undefined) return [];
    return list ? (next as unknown[]).flatMap((item) => walk(item, rest)) : walk(next, rest);
  };
  return records.filter((r) => !kind || r.kind === kind).flatMap((r) => walk(r, path.split('.')));
}

describe('the model fixture exercises every new field and status', () => {
  it('has at least 12 records over a 60-year span, 1963 to 2025', async () => {
    expect(records.length).toBeGreaterThanOrEqual(12);
    const listed = await json('list', '--sort', 'date');
    expect(listed).toHaveLength(records.length);
    const years = listed.map((r: CoopRecord) => recordDate(r)!.slice(0, 4));
    expect([years[0], years.at(-1)]).toEqual(['1963', '2025']);
  });

  it('uses every new field', () => {
    const used = new Set(records.flatMap((r) => [...keyPaths(r)]));
    const fields = [
      'title_descriptive', 'status_as_of', 'status_source', 'parties[].role',
      'history', 'history[].type', 'history[].date', 'history[].party', 'history[].place', 'history[].duration', 'history[].expires', 'history[].record', 'history[].description', 'history[].source',
      'organisations', 'organisations[].name', 'organisations[].role', 'organisations[].type', 'organisations[].country', 'organisations[].source',
      'sources[].id', 'sources[].archive_url', 'sources[].language', 'sources[].title_translation',
      'commitments[].met_on_unknown', 'commitments[].status_as_of', 'commitments[].status_source',
      'events[].country', 'events[].source',
    ];
    expect(fields.filter((f) => !used.has(f))).toEqual([]);
  });

  it('uses every status, event type, role and organisation type, and every health area the issue asked for', () => {
    const missing = (values: readonly string[], path: string, kind?: string) => values.filter((v) => !valuesAt(path, kind).includes(v));
    expect(missing(AGREEMENT_STATUSES.filter((s) => !['negotiating'].includes(s)), 'status', 'agreement')).toEqual([]);
    expect(missing(['completed', 'ended-early', 'withdrawn', 'handed-over', 'active'], 'status', 'programme')).toEqual([]);
    expect(PROGRAMME_STATUSES).toEqual(expect.arrayContaining(['ended-early', 'withdrawn', 'handed-over']));
    expect(missing(HISTORY_EVENT_TYPES, 'history[].type')).toEqual([]);
    expect(missing(PROGRAMME_EVENT_TYPES.filter((t) => !['delegation-visit', 'training-cohort', 'student-cohort', 'meeting', 'other'].includes(t)), 'events[].type')).toEqual([]);
    expect(missing(ORGANISATION_ROLES, 'organisations[].role')).toEqual([]);
    expect(missing(ORGANISATION_TYPES, 'organisations[].type')).toEqual([]);
    expect(missing(COUNTRY_ROLES, 'parties[].role')).toEqual(['partner']);
    expect(missing(['facilitator'], 'countries[].role')).toEqual([]);
    const asked = ['immunisation', 'hiv-aids', 'tuberculosis', 'malaria', 'nutrition', 'reproductive-health', 'digital-health', 'pandemic-preparedness', 'health-security', 'traditional-medicine', 'medical-devices', 'emergency-medical-teams'];
    expect(missing(asked, 'areas')).toEqual([]);
    expect(asked.filter((a) => !(a in AREAS))).toEqual([]);
  });

  it('validates with no problem at all', async () => {
    expect(await run('validate')).toEqual({ code: 0, stdout: '✓ 18 files checked, no problems\n', stderr: '' });
  });
});

describe('derived status', () => {
  it('show gives the last status the history knows when the stated one is unknown', async () => {
    const { stdout } = await run('show', 'a-dz-cu-1963');
    expect(stdout).toContain('  Status        unknown\n                last known from the history: in-force (entry into force in 1963)\n');
    expect(stdout).toContain('a-dz-cu-1963 · agreement · registry/agreements/a-dz-cu-1963.yaml\n(a descriptive title, not quoted from a source)\n');
  });

  it('a party withdrawing from a trilateral agreement leaves it in force; from a bilateral one, withdrawn', async () => {
    const trilateral = await json('show', 'a-et-ke-so-2015');
    expect(trilateral.current_status).toEqual({ status: 'in-force', stated: 'in-force', relation: 'agrees', history: { status: 'in-force', event: 1, type: 'entry-into-force', date: '2015-09' } });
    const bilateral = await json('show', 'a-cl-pe-2011');
    expect(bilateral.current_status).toMatchObject({ status: 'withdrawn', relation: 'agrees', history: { type: 'withdrawal', date: '2017-09' } });
  });

  it('a stated status the history has moved past: the history wins, and validate warns', async () => {
    const at = fixture('status-history');
    const { stdout } = await coop(['show', 'pk-ps-test', ...AS_OF], { cwd: at });
    expect(stdout).toContain('  Status        in-force\n                from the history (entry into force on 2025-10-01); the record says\n                signed\n');
    const before = await coop(['show', 'pk-ps-test', '--as-of', '2025-09-30', '--format', 'json'], { cwd: at });
    expect(JSON.parse(before.stdout).current_status).toMatchObject({ status: 'signed', relation: 'agrees' });
    const validate = await coop(['validate', '--format', 'json', ...AS_OF], { cwd: at });
    expect(JSON.parse(validate.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['status-history']);
  });

  it('list filters and shows the current status; its JSON keeps the record as stored', async () => {
    const at = fixture('status-history');
    const table = await coop(['list', '--status', 'in-force', '--format', 'markdown', ...AS_OF], { cwd: at });
    expect(table.stdout).toContain('| pk-ps-test | agreement | Pakistan, Palestine | 2025-09-17 | in-force | Test agreement |');
    expect((await coop(['list', '--status', 'signed', '--format', 'json', ...AS_OF], { cwd: at })).stdout).toBe('[]\n');
    const stored = JSON.parse((await coop(['list', '--status', 'in-force', '--format', 'json', ...AS_OF], { cwd: at })).stdout);
    expect(stored.map((r: { status: string }) => r.status)).toEqual(['signed']);
  });

  it('the report timeline\'s To column gives each agreement\'s current status and end', async () => {
    const { stdout } = await run('report');
    for (const row of [
      '| [a-dz-cu-1963][] | 1963-05 | unknown |',
      '| [a-ar-bo-1985][] | 1985-08 | terminated 1994-07 |',
      '| [a-sn-ma-1999][] | 1999-02-10 | denounced 2012-06 |',
      '| [a-gh-ng-2001][] | 2001-06-12 | expired 2014-06-30 |',
      '| [a-ph-vn-2002][] | 2002-11-12 | superseded 2020-01-20 |',
      '| [a-kz-kg-2010][] | 2010-03-01 | in-force |',
      '| [a-cl-pe-2011][] | 2011-05-04 | withdrawn 2017-09 |',
      '| [p-cl-pe-nutrition-2012][] | 2012-03 | 2017-09 (withdrawn) |',
      '| [p-la-vn-malaria-2014][] | 2014-04 | 2019-12 (handed-over) |',
      '| [a-ml-ne-2016][] | 2016-10 | suspended |',
      '| [p-ml-ne-emt-2017][] | 2017-03 | 2023-08 (ended-early) |',
      '| [a-uz-tj-2018][] | 2018-06 | signed |',
    ]) {
      expect(stdout).toContain(`${row}\n`);
    }
  });
});

describe('renewals and expiry', () => {
  it('the five-yearly renewed MoU expires five years after its latest renewal', async () => {
    const { stdout } = await run('show', 'a-kz-kg-2010');
    expect(stdout).toContain('  Expires       2030-03-01 (renewal of 2025-03-01 + P5Y)\n');
    expect((await json('show', 'a-kz-kg-2010')).expiry).toEqual({ due: '2030-03-01', due_latest: '2030-03-01', basis: 'renewal of 2025-03-01 + P5Y' });
    const items = (await json('deadlines', '--all', '--country', 'KG')).map((d: { item: string; due: string; status: string }) => `${d.item} ${d.due} ${d.status}`);
    expect(items).toEqual(['joint-tb-register 2025-10-31 pending', 'renewal-notice 2029-09-01 pending', 'expiry 2030-03-01 pending']);
  });

  it('a renewal with its own expiry, and an agreement that has expired, give no open deadline', async () => {
    expect((await json('show', 'a-gh-ng-2001')).expiry).toEqual({ due: '2014-06-30', due_latest: '2014-06-30', basis: 'renewal of 2009-06-12, expiry as stated' });
    expect(await json('deadlines', '--country', 'GH')).toEqual([]);
  });

  it('show says why the expiry is unknown when validity.duration has no entry into force to count from', async () => {
    const { stdout } = await run('show', 'a-uz-tj-2018');
    expect(stdout).toContain(
      '  Expires       unknown: validity.duration is P5Y, but the agreement has no entry into\n' +
        '                force date to count it from (signed 2018-06; its entry into force is not\n' +
        '                recorded)\n',
    );
    expect((await json('show', 'a-uz-tj-2018')).expiry).toEqual({ unknown: 'validity.duration is P5Y, but the agreement has no entry into force date to count it from (signed 2018-06; its entry into force is not recorded)' });
  });
});

describe('open, overdue and unverified in every command', () => {
  it('deadlines: pending and past due is overdue; unknown and past due is unverified; outcomes are closed', async () => {
    const items = (await json('deadlines', '--all')).filter((d: { type: string }) => d.type === 'commitment').map((d: { record: string; item: string; timing: string }) => `${d.record}/${d.item} ${d.timing}`);
    expect(items).toEqual([
      'a-et-ke-so-2015/cross-border-surveillance overdue',
      'a-uz-tj-2018/telemedicine-link unverified',
      'a-kz-kg-2010/joint-tb-register overdue',
      'p-uz-tj-telehealth-2025/first-clinics due',
    ]);
  });

  it('countries count the same open commitments as pending, and not the unverified one', async () => {
    const rows = await json('countries');
    const pending = Object.fromEntries(rows.map((r: { code: string; pending_commitments: number }) => [r.code, r.pending_commitments]));
    expect(pending).toMatchObject({ ET: 1, KE: 1, SO: 1, KZ: 1, KG: 1, UZ: 1, TJ: 1, MZ: 0, PE: 0 });
  });

  it('report: headline figures and deadline sections follow the same rules', async () => {
    const { stdout } = await run('report');
    expect(stdout).toContain('| Pending commitments | 3 |\n| Overdue deadlines | 2 |\n| Unverified deadlines | 1 |\n');
    expect(stdout).toContain('### Unverified\n\nPast their due date with status unknown: nobody has recorded whether they were\nkept.\n\n- 2019-06-01 – 2019-06-30 (unverified, 2316 days past due): Connect the two\n  national telemedicine centres. [a-uz-tj-2018][], unknown.\n');
  });

  it('a commitment met on an unknown date is closed, and show says so', async () => {
    const { stdout } = await run('show', 'a-br-jp-mz-2009');
    expect(stdout).toContain('  nursing-curriculum · met, date unknown · no deadline given\n    Revise the national nursing curriculum\n    Status met as of 2021-06-30, source: jica-2021\n');
  });
});

describe('deadlines --check as a daily job', () => {
  it('fails on the day after a due date, not on the days after that', async () => {
    const today = await run('deadlines', '--check', '--format', 'json');
    expect(today.code).toBe(1);
    expect(today.stderr.split('\n')[0]).toBe('coop deadlines: 1 newly overdue as of 2025-11-01 (within P1D): a-kz-kg-2010 joint-tb-register (due 2025-10-31, 1 day overdue)');
    const tomorrow = await coop(['deadlines', '--check', '--format', 'json', '--as-of', '2025-11-02'], { cwd });
    expect(tomorrow.code).toBe(0);
    expect(tomorrow.stderr).toBe(
      'coop deadlines: nothing newly overdue as of 2025-11-02 (within P1D)\n' +
        'coop deadlines: 2 overdue since before that, not failing (--check --all fails on them): a-et-ke-so-2015 cross-border-surveillance (due 2016-12-31, 3228 days overdue); a-kz-kg-2010 joint-tb-register (due 2025-10-31, 2 days overdue)\n' +
        'coop deadlines: 1 unverified (status unknown after the due date), never failing: a-uz-tj-2018 telemedicine-link (due 2019-06-30, unverified, 2317 days past due)\n',
    );
  });

  it('--window matches the schedule: a weekly job sees a week', async () => {
    expect((await coop(['deadlines', '--check', '--window', '7d', '--format', 'json', '--as-of', '2025-11-07'], { cwd })).code).toBe(1);
    expect((await coop(['deadlines', '--check', '--window', '7d', '--format', 'json', '--as-of', '2025-11-08'], { cwd })).code).toBe(0);
  });

  it('--check --all fails on everything overdue and pending; unverified items never fail', async () => {
    const all = await coop(['deadlines', '--check', '--all', '--format', 'json', '--as-of', '2025-11-02'], { cwd });
    expect(all.code).toBe(1);
    expect(all.stderr.split('\n')[0]).toBe('coop deadlines: 2 overdue as of 2025-11-02: a-et-ke-so-2015 cross-border-surveillance (due 2016-12-31, 3228 days overdue); a-kz-kg-2010 joint-tb-register (due 2025-10-31, 2 days overdue)');
    const unverifiedOnly = await run('deadlines', '--check', '--all', '--country', 'Uzbekistan', '--format', 'json');
    expect(unverifiedOnly.code).toBe(0);
    expect(unverifiedOnly.stderr).toBe('coop deadlines: nothing overdue as of 2025-11-01\ncoop deadlines: 1 unverified (status unknown after the due date), never failing: a-uz-tj-2018 telemedicine-link (due 2019-06-30, unverified, 2316 days past due)\n');
  });
});

describe('parties, participants and organisations', () => {
  it('--country matches parties and participating countries, whatever their role, and never an organisation\'s country', async () => {
    expect((await json('list', '--country', 'Japan')).map((r: { id: string }) => r.id)).toEqual(['a-br-jp-mz-2009', 'p-mz-nursing-2010']);
    const korea = await run('list', '--country', 'KR');
    expect(korea).toEqual({ code: 0, stdout: '', stderr: 'No records match.\n' });
    expect((await json('countries')).map((r: { code: string }) => r.code)).not.toContain('KR');
  });

  it('organisations are found by --search and shown with their role', async () => {
    expect((await json('list', '--search', 'KOICA')).map((r: { id: string }) => r.id)).toEqual(['p-la-vn-malaria-2014']);
    const { stdout } = await run('show', 'p-la-vn-malaria-2014');
    expect(stdout).toContain('  Organisations Korea International Cooperation Agency (KOICA) (development agency),\n                funding, South Korea\n                Lao Ministry of Health (ministry), implementing, Laos\n');
  });

  it('a trilateral agreement lists three parties with their roles', async () => {
    const { stdout } = await run('show', 'a-br-jp-mz-2009');
    expect(stdout).toContain('  Parties       Brazil (BR), provider\n                Japan (JP), facilitator\n                Mozambique (MZ), recipient\n');
  });
});

describe('health areas and CRS purpose codes', () => {
  it('show --format json gives each area\'s CRS purpose codes', async () => {
    expect((await json('show', 'a-et-ke-so-2015')).crs_codes).toEqual({ 'health-security': ['12250', '74020'], 'pandemic-preparedness': ['12250', '74020'], immunisation: ['12250'] });
    expect((await json('show', 'a-sn-ma-1999')).crs_codes).toEqual({ 'traditional-medicine': [] });
  });

  it('--area takes an alias', async () => {
    expect((await json('list', '--area', 'vaccines')).map((r: { id: string }) => r.id)).toEqual(['a-gh-ng-2001', 'a-et-ke-so-2015']);
  });
});

describe('sources', () => {
  it('show gives a source\'s id, translation, language and archived copy', async () => {
    const { stdout } = await run('show', 'a-dz-cu-1963');
    expect(stdout).toContain(
      '  1. Accord de coopération médicale entre l\'Algérie et Cuba [archive-1963]\n' +
        '     "Medical cooperation agreement between Algeria and Cuba"\n' +
        '     Test archive, in French\n' +
        '     https://example.org/archive/1963/accord\n' +
        '     archived: https://web.archive.org/web/2005/https://example.org/archive/1963/accord\n',
    );
  });
});

describe('reports of a 60-year registry pass markdownlint', () => {
  it('the registry report groups by decade, and every report passes markdownlint with default rules', async () => {
    const { stdout } = await run('report');
    expect(stdout).toContain('## By decade\n');
    expect(stdout).toContain('    x-axis ["1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s"]\n');
    expect(stdout).toContain('| Decade | Agreements | Programmes |\n| --- | ---: | ---: |\n| 1960s | 1 | 1 |\n| 1970s | 0 | 0 |\n| 1980s | 1 | 0 |\n');
    for (const args of [[], ['--country', 'Mozambique'], ['--country', 'KZ'], ['--country', 'Algeria'], ['--country', 'Somalia'], ['--country', 'Viet Nam']]) {
      const report = (await run('report', ...args)).stdout;
      const lint = await markdownlint(report);
      expect(lint.output, `${args.join(' ')}\n${lint.output}`).toContain('Summary: 0 error(s)');
      for (const block of mermaidBlocks(report)) await expect(parseMermaid(block), block).resolves.toMatchObject({ diagramType: expect.any(String) });
    }
  });
});
