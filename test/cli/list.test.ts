import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coop, fixture, tempDir } from '../helpers/cli.js';

const cwd = fixture('query');

/** The ids `coop list ARGS --format json` prints, in order. */
async function ids(...args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await coop(['list', ...args, '--format', 'json'], { cwd });
  const found = JSON.parse(stdout).map((r: { id: string }) => r.id);
  expect(stderr).toBe(found.length ? '' : 'No records match.\n');
  expect(code).toBe(0);
  return found;
}

const sorted = async (...args: string[]): Promise<string[]> => (await ids(...args)).sort();

describe('coop list filters', () => {
  it('--country finds a country however it is written', async () => {
    const kazakhstan = ['a-kz-af-2024', 'a-kz-uz-neg', 'a-multi-2020', 'p-kz-af-training'];
    for (const spelling of ['Kazakhstan', 'kz', 'KAZ', 'kazakhstan', 'KZ']) expect(await sorted('--country', spelling)).toEqual(kazakhstan);
    const palestine = ['a-pk-ps-2025', 'a-tr-ps-2023', 'p-pk-ps-scholarships', 'p-tr-ps-mission'];
    for (const spelling of ['Palestine', 'PS', 'State of Palestine', 'Palestine, State of', 'pse']) expect(await sorted('--country', spelling)).toEqual(palestine);
    for (const spelling of ["Côte d'Ivoire", "cote d'ivoire", 'CIV', 'Ivory Coast']) expect(await sorted('--country', spelling)).toEqual(['a-ci-fr-2022', 'p-fr-ci-exchange']);
    expect(await sorted('--country', 'Kosovo')).toEqual(['a-xk-al-2021', 'p-xk-al-research']);
  });

  it('--kind, --status, --area, --instrument, --modality', async () => {
    expect(await sorted('--kind', 'programme')).toEqual(['p-fr-ci-exchange', 'p-hostile', 'p-kz-af-training', 'p-pk-ps-scholarships', 'p-tr-ps-mission', 'p-xk-al-research']);
    expect(await sorted('--status', 'active')).toEqual(['p-pk-ps-scholarships', 'p-tr-ps-mission']);
    expect(await sorted('--status', 'In Force')).toEqual(['a-kz-af-2024', 'a-tr-ps-2023']);
    expect(await sorted('--area', 'medical-education')).toEqual(['a-multi-2020', 'a-pk-ps-2025', 'p-pk-ps-scholarships']);
    expect(await sorted('--instrument', 'treaty')).toEqual(['a-ci-fr-2022']);
    expect(await sorted('--modality', 'training')).toEqual(['p-kz-af-training']);
  });

  it('--since and --until match partial dates whose span overlaps', async () => {
    expect(await sorted('--since', '2024')).toEqual(['a-kz-af-2024', 'a-pk-ps-2025', 'p-kz-af-training', 'p-tr-ps-mission', 'p-xk-al-research']);
    expect(await sorted('--until', '2023-06')).toEqual(['a-ci-fr-2022', 'a-multi-2020', 'a-tr-ps-2023', 'a-xk-al-2021', 'p-fr-ci-exchange', 'p-hostile']);
    expect(await sorted('--since', '2023-10-15', '--until', '2023-12')).toEqual(['a-tr-ps-2023', 'p-pk-ps-scholarships']);
    expect(await sorted('--since', '2024-05-31', '--until', '2024-05-31')).toEqual(['a-kz-af-2024', 'p-tr-ps-mission']);
  });

  it('--search is case- and accent-insensitive over title, areas, notes, people and places', async () => {
    expect(await sorted('--search', 'SANTE')).toEqual(['a-ci-fr-2022']);
    expect(await sorted('--search', 'jalali')).toEqual(['p-kz-af-training']);
    expect(await sorted('--search', 'abidjan')).toEqual(['a-ci-fr-2022']);
    expect(await sorted('--search', 'echange')).toEqual(['p-fr-ci-exchange']);
    expect(await sorted('--search', 'wazir akbar')).toEqual(['p-kz-af-training']);
    expect(await sorted('--search', 'burn care')).toEqual(['p-tr-ps-mission']);
    expect(await sorted('--search', 'working group')).toEqual(['a-pk-ps-2025']);
    expect(await sorted('--search', 'nothing like this')).toEqual([]);
  });

  it('repeated flags OR, different flags AND', async () => {
    expect(await sorted('--status', 'in-force', '--status', 'expired')).toEqual(['a-ci-fr-2022', 'a-kz-af-2024', 'a-tr-ps-2023']);
    expect(await sorted('--country', 'PS', '--kind', 'programme')).toEqual(['p-pk-ps-scholarships', 'p-tr-ps-mission']);
    expect(await sorted('--country', 'PS', '--country', 'KZ', '--kind', 'agreement', '--status', 'in-force')).toEqual(['a-kz-af-2024', 'a-tr-ps-2023']);
    expect(await sorted('--search', 'jalali', '--search', 'abidjan')).toEqual(['a-ci-fr-2022', 'p-kz-af-training']);
    expect(await sorted('--country', 'XK', '--kind', 'agreement', '--since', '2022')).toEqual([]);
  });
});

describe('coop list order', () => {
  it('sorts by date by default, oldest first, undated last', async () => {
    expect(await ids()).toEqual([
      'p-hostile', 'a-multi-2020', 'a-xk-al-2021', 'a-ci-fr-2022', 'p-fr-ci-exchange', 'a-tr-ps-2023', 'p-pk-ps-scholarships',
      'p-tr-ps-mission', 'a-kz-af-2024', 'p-kz-af-training', 'a-pk-ps-2025', 'p-xk-al-research', 'a-kz-uz-neg',
    ]);
  });

  it('-date reverses, undated still last; --limit cuts', async () => {
    expect(await ids('--sort', '-date', '--limit', '3')).toEqual(['p-xk-al-research', 'a-pk-ps-2025', 'p-kz-af-training']);
    expect((await ids('--sort', '-date')).at(-1)).toBe('a-kz-uz-neg');
  });

  it('sorts by id, title, kind and status', async () => {
    expect(await ids('--sort', 'id', '--limit', '2')).toEqual(['a-ci-fr-2022', 'a-kz-af-2024']);
    expect(await ids('--sort', 'title', '--limit', '2')).toEqual(['p-hostile', 'a-ci-fr-2022']);
    expect(await ids('--sort', '-kind', '--limit', '1')).toEqual(['p-fr-ci-exchange']);
    expect(await ids('--sort', 'status', '--kind', 'programme')).toEqual(['p-pk-ps-scholarships', 'p-tr-ps-mission', 'p-fr-ci-exchange', 'p-kz-af-training', 'p-xk-al-research', 'p-hostile']);
  });
});

describe('coop list formats', () => {
  it('json: records as stored plus country_names', async () => {
    const { stdout } = await coop(['list', '--country', 'Kosovo', '--kind', 'agreement', '--format', 'json'], { cwd });
    expect(JSON.parse(stdout)).toEqual([
      {
        id: 'a-xk-al-2021',
        kind: 'agreement',
        title: 'Kosovo–Albania letter of intent on hospital twinning',
        instrument: 'letter-of-intent',
        parties: [{ country: 'XK' }, { country: 'AL' }],
        signed: { date: '2021-11-02' },
        status: 'terminated',
        sources: [{ title: 'Test source', publisher: 'Test publisher' }],
        country_names: { XK: 'Kosovo', AL: 'Albania' },
      },
    ]);
  });

  it('csv: RFC 4180 that a real CSV parser reads back, formulas neutralised', async () => {
    const { stdout } = await coop(['list', '--format', 'csv'], { cwd });
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(13);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'kind', 'title', 'countries', 'country_names', 'date', 'status', 'instrument', 'modalities', 'areas', 'agreement']);
    const hostile = rows.find((r) => r.id === 'p-hostile')!;
    expect(hostile.title).toBe(`'=HYPERLINK("http://evil.example") | # <script>alert(1)</script> [x](javascript:alert(1)) \`code\``);
    const multi = rows.find((r) => r.id === 'a-multi-2020')!;
    expect(multi).toMatchObject({ countries: 'PK;KZ;TR', country_names: 'Pakistan; Kazakhstan; Türkiye', date: '2020-01-15', instrument: 'agreement', areas: 'medical-education' });
    const training = rows.find((r) => r.id === 'p-kz-af-training')!;
    expect(training).toMatchObject({ modalities: 'training;capacity-building', agreement: 'a-kz-af-2024', instrument: '' });
  });

  it('yaml: parses back to the stored records', async () => {
    const { stdout } = await coop(['list', '--country', 'CI', '--format', 'yaml'], { cwd });
    const records = parseYaml(stdout) as { id: string; notes?: string }[];
    expect(records.map((r) => r.id)).toEqual(['a-ci-fr-2022', 'p-fr-ci-exchange']);
    expect(records[1]!.notes).toBe('Échange de médecins hospitaliers.');
  });

  it('markdown: a table whose cells cannot break out or inject', async () => {
    const { stdout } = await coop(['list', '--country', 'AF', '--kind', 'programme', '--format', 'markdown'], { cwd });
    expect(stdout).toBe(
      [
        '| Id | Kind | Countries | Date | Status | Title |',
        '|---|---|---|---|---|---|',
        '| p-hostile | programme | Pakistan, Afghanistan | 2019-02-28 | unknown | \\=HYPERLINK("http\\://evil.example") \\| # &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\`code\\` |',
        '| p-kz-af-training | programme | Kazakhstan, Afghanistan | 2024-09-01 | completed | Training for Afghan health workers in Kazakhstan |',
        '',
      ].join('\n'),
    );
  });

  it('table: fits the width, names countries, wraps titles', async () => {
    const { stdout } = await coop(['list', '--country', 'Kosovo'], { cwd, env: { COLUMNS: '100' } });
    expect(stdout).toBe(
      [
        '┌──────────────────┬───────────┬─────────────┬────────────┬────────────┬───────────────────────────┐',
        '│ ID               │ KIND      │ COUNTRIES   │ DATE       │ STATUS     │ TITLE                     │',
        '├──────────────────┼───────────┼─────────────┼────────────┼────────────┼───────────────────────────┤',
        '│ a-xk-al-2021     │ agreement │ Kosovo,     │ 2021-11-02 │ terminated │ Kosovo–Albania letter of  │',
        '│                  │           │ Albania     │            │            │ intent on hospital        │',
        '│                  │           │             │            │            │ twinning                  │',
        '├──────────────────┼───────────┼─────────────┼────────────┼────────────┼───────────────────────────┤',
        '│ p-xk-al-research │ programme │ Kosovo,     │ 2027-01    │ planned    │ Kosovo–Albania joint      │',
        '│                  │           │ Albania     │            │            │ research on antimicrobial │',
        '│                  │           │             │            │            │ resistance                │',
        '└──────────────────┴───────────┴─────────────┴────────────┴────────────┴───────────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('table: in 80 columns the kind column gives way and nothing is cut', async () => {
    const { stdout } = await coop(['list', '--country', 'Kosovo'], { cwd, env: { COLUMNS: '80' } });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('│ ID               │ COUNTRIES │ DATE       │ STATUS     │ TITLE               │');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    const wide = await coop(['list', '--search', 'hyperlink'], { cwd, env: { COLUMNS: '80' } });
    const titleColumn = wide.stdout
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .slice(1)
      .map((line) => line.split('│').at(-2)!.trim())
      .join('');
    expect(titleColumn.replace(/\s+/g, '')).toBe('=HYPERLINK("http://evil.example")|#<script>alert(1)</script>[x](javascript:alert(1))`code`');
  });

  it('-o FILE takes the format from the extension', async () => {
    const dir = tempDir();
    for (const [name, check] of [
      ['out.csv', (t: string) => t.startsWith('id,kind,title,')],
      ['out.json', (t: string) => JSON.parse(t).length === 13],
      ['out.md', (t: string) => t.startsWith('| Id | Kind |')],
      ['out.yaml', (t: string) => (parseYaml(t) as unknown[]).length === 13],
    ] as const) {
      const { code, stdout } = await coop(['list', '-o', join(dir, name)], { cwd });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      expect(check(readFileSync(join(dir, name), 'utf8')), name).toBe(true);
    }
  });

  it('no match: a message on stderr, for the table nothing on stdout, [] in json, exit 0 both', async () => {
    expect(await coop(['list', '--search', 'zzzz'], { cwd })).toEqual({ code: 0, stdout: '', stderr: 'No records match.\n' });
    expect(await coop(['list', '--search', 'zzzz', '--format', 'json'], { cwd })).toEqual({ code: 0, stdout: '[]\n', stderr: 'No records match.\n' });
    expect((await coop(['list', '--search', 'zzzz', '--format', 'csv'], { cwd })).stdout).toBe('id,kind,title,countries,country_names,date,status,instrument,modalities,areas,agreement\r\n');
  });

  it('never writes control characters or escape sequences from records to the terminal', async () => {
    const { stdout } = await coop(['list', '--search', 'hyperlink'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    const table = await coop(['show', 'p-hostile'], { cwd });
    for (const out of [stdout, table.stdout]) {
      expect(out).not.toContain('\u001b[31m');
      expect(out).not.toContain('\u202e');
    }
    expect(table.stdout).toContain('\\u{1b}[31mred\\u{1b}[0m \\u{202e}evil');
  });
});

describe('coop list: bad arguments exit 2 with a suggestion', () => {
  const cases: [string[], string][] = [
    [['--country', 'Kazakstan'], 'coop: unknown country "Kazakstan"; did you mean Kazakhstan?\n'],
    [['--country', 'Congo'], 'coop: "Congo" may mean CD (Democratic Republic of the Congo) or CG (Republic of the Congo); give the code\n'],
    [['--status', 'in_forse'], 'coop: unknown --status "in_forse"; did you mean "in-force"?\n'],
    [['--since', '2025-13'], 'coop: --since must be a date written YYYY-MM-DD, YYYY-MM or YYYY; got "2025-13"\n'],
    [['--sort', 'dat'], 'coop: cannot sort by "dat"; did you mean "date"? (one of date, id, title, kind, status; -field sorts descending)\n'],
    [['--limit', '0'], 'coop: --limit must be a whole number above 0; got "0"\n'],
  ];
  it.each(cases)('%j', async (args, message) => {
    expect(await coop(['list', ...args], { cwd })).toEqual({ code: 2, stdout: '', stderr: message });
  });
});
