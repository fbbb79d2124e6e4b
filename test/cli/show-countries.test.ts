import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coop, fixture } from '../helpers/cli.js';

const cwd = fixture('query');

describe('coop show', () => {
  it('prints every field readably, countries by name', async () => {
    const { code, stdout } = await coop(['show', 'p-kz-af-training'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe(`Training for Afghan health workers in Kazakhstan
p-kz-af-training · programme · registry/programmes/p-kz-af-training.yaml

  Modalities    training, capacity-building
  Countries     Kazakhstan (KZ), provider
                Afghanistan (AF), recipient
  Agreement     a-kz-af-2024
  Start         2024-09-01
  End           2025-06-30
  Status        completed
  Areas         Health workforce

Events
  delegation-visit · 13 people
    A delegation visited hospitals in Kabul.
    Sites: Wazir Mohammad Akbar Khan (hospital)
    People: Noorjalal Jalali, Acting minister (Afghanistan)

Sources
  1. Test source
     Test publisher
`);
  });

  it('shows commitments with their deadlines', async () => {
    const { stdout } = await coop(['show', 'a-pk-ps-2025'], { cwd });
    expect(stdout).toContain('\nCommitments\n  working-group · pending · due within P30D of signing → 2025-10-17\n    Set up a joint health working group\n');
  });

  it('--format json and yaml give the record as stored', async () => {
    const json = JSON.parse((await coop(['show', 'a-xk-al-2021', '--format', 'json'], { cwd })).stdout);
    expect(json).toMatchObject({ id: 'a-xk-al-2021', parties: [{ country: 'XK' }, { country: 'AL' }], country_names: { XK: 'Kosovo', AL: 'Albania' } });
    const yaml = parseYaml((await coop(['show', 'a-xk-al-2021', '--format', 'yaml'], { cwd })).stdout);
    const { country_names: _, crs_codes: _codes, current_status: _status, expiry: _expiry, ...stored } = json;
    expect(yaml).toEqual(stored);
  });

  it('--format json adds the CRS purpose codes of the areas and the current status', async () => {
    const json = JSON.parse((await coop(['show', 'a-pk-ps-2025', '--format', 'json', '--as-of', '2025-11-01'], { cwd })).stdout);
    expect(json.crs_codes).toEqual({ cardiology: ['12350'], 'medical-education': ['12181'] });
    expect(json.current_status).toEqual({ status: 'signed', stated: 'signed', relation: 'no-history' });
  });

  it('an unknown id exits 2 with a did-you-mean', async () => {
    expect(await coop(['show', 'a-pk-ps'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'coop: no record with id "a-pk-ps"; did you mean "a-pk-ps-2025"?\n' });
    expect(await coop(['show', 'a-kz-af-2042'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'coop: no record with id "a-kz-af-2042"; did you mean "a-kz-af-2024"?\n' });
    expect(await coop(['show', 'zzz'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'coop: no record with id "zzz"; coop list shows every id\n' });
  });
});

describe('coop countries', () => {
  it('counts agreements, programmes and pending commitments per country, most records first', async () => {
    const { code, stdout } = await coop(['countries', '--format', 'json'], { cwd });
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { code: string; agreements: number; programmes: number; pending_commitments: number }[];
    expect(rows.map((r) => `${r.code} ${r.agreements}+${r.programmes} ${r.pending_commitments}`)).toEqual([
      'KZ 3+1 0', 'PK 2+2 1', 'PS 2+2 1', 'AF 1+2 0', 'TR 2+1 0', 'AL 1+1 0', 'CI 1+1 0', 'FR 1+1 0', 'XK 1+1 0', 'UZ 1+0 0',
    ]);
    expect(rows[0]).toEqual({ code: 'KZ', name: 'Kazakhstan', agreements: 3, programmes: 1, pending_commitments: 0, partners: ['AF', 'PK', 'TR', 'UZ'] });
  });

  it('takes the list filters and formats', async () => {
    const { stdout } = await coop(['countries', '--kind', 'programme', '--country', 'PS', '--format', 'csv'], { cwd });
    expect(stdout).toBe('code,name,agreements,programmes,pending_commitments,partners\r\nPS,Palestine,0,2,0,PK;TR\r\nPK,Pakistan,0,1,0,PS\r\nTR,Türkiye,0,1,0,PS\r\n');
    const md = await coop(['countries', '--country', 'Kosovo', '--kind', 'agreement', '--format', 'markdown'], { cwd });
    expect(md.stdout).toBe('| Code | Country | Agreements | Programmes | Pending commitments | Partners |\n|---|---|---|---|---|---|\n| AL | Albania | 1 | 0 | 0 | Kosovo |\n| XK | Kosovo | 1 | 0 | 0 | Albania |\n');
  });

  it('a table, right-aligned counts', async () => {
    const { stdout } = await coop(['countries', '--country', 'UZ'], { cwd });
    expect(stdout).toBe(
      [
        '┌──────┬────────────┬────────────┬────────────┬─────────────────────┬────────────┐',
        '│ CODE │ COUNTRY    │ AGREEMENTS │ PROGRAMMES │ PENDING COMMITMENTS │ PARTNERS   │',
        '├──────┼────────────┼────────────┼────────────┼─────────────────────┼────────────┤',
        '│ KZ   │ Kazakhstan │          1 │          0 │                   0 │ Uzbekistan │',
        '├──────┼────────────┼────────────┼────────────┼─────────────────────┼────────────┤',
        '│ UZ   │ Uzbekistan │          1 │          0 │                   0 │ Kazakhstan │',
        '└──────┴────────────┴────────────┴────────────┴─────────────────────┴────────────┘',
        '',
      ].join('\n'),
    );
  });
});

describe('queries on a registry with a broken record', () => {
  it('leave the broken file out and say so on stderr', async () => {
    const { code, stdout, stderr } = await coop(['list', '--format', 'json'], { cwd: fixture('dangling-reference') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(['pk-ps-test']);
    expect(stderr).toBe('coop: left out 1 file with errors (run coop validate): registry/programmes/kz-af-test.yaml\n');
  });
});

describe('the shipped registry', () => {
  it('coop list --country Kazakhstan finds its two records', async () => {
    const { stdout } = await coop(['list', '--country', 'Kazakhstan', '--format', 'json']);
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(['kz-af-health-cooperation', 'kz-af-health-worker-training']);
  });
});
