import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop, tempDir } from '../helpers/cli.js';
import { agreementYaml, GitRepo } from '../helpers/git-repo.js';
import { nastyAgreementYaml, RAW_CONTROL, RAW_CONTROL_OR_CR, renderMarkdown, writeNastyRegistry } from '../helpers/hostile-output.js';

const AS_OF = ['--as-of', '2025-10-01'];

/** Every command and format over records full of escape sequences: [args, exit code, CRLF format]. */
const RUNS: [string[], number, boolean][] = [
  ...['table', 'json', 'csv', 'yaml', 'markdown'].flatMap((f): [string[], number, boolean][] => [
    [['list', '--format', f], 0, f === 'csv'],
    [['countries', '--format', f], 0, f === 'csv'],
  ]),
  ...['text', 'json', 'yaml'].map((f): [string[], number, boolean] => [['show', 'nasty', '--format', f], 0, false]),
  [['show', 'nasty-training'], 0, false],
  ...['table', 'json', 'markdown', 'ics'].map((f): [string[], number, boolean] => [['deadlines', '--all', ...AS_OF, '--format', f], 0, f === 'ics']),
  [['deadlines', ...AS_OF, '--check', '--within', '30d'], 0, false],
  [['report', ...AS_OF], 0, false],
  [['report', ...AS_OF, '--country', 'PK'], 0, false],
  ...['text', 'json', 'github', 'sarif'].map((f): [string[], number, boolean] => [['validate', '--format', f], 1, false]),
];

let cwd: string;

beforeAll(() => {
  cwd = tempDir();
  writeNastyRegistry(cwd);
});

describe('no output format carries a raw control or bidi character', () => {
  it('the nasty records are valid, so every command shows them', async () => {
    const { stdout } = await coop(['list', '--format', 'json'], { cwd });
    expect(JSON.parse(stdout).map((r: { id: string }) => r.id)).toEqual(['nasty', 'nasty-training']);
  });

  it.each(RUNS)('coop %j', async (args, exitCode, crlf) => {
    const { code, stdout, stderr } = await coop(args, { cwd });
    expect(code).toBe(exitCode);
    expect(stdout).not.toMatch(crlf ? RAW_CONTROL : RAW_CONTROL_OR_CR);
    expect(stderr).not.toMatch(RAW_CONTROL_OR_CR);
    expect(stdout.length).toBeGreaterThan(0);
  });
});

describe('each format keeps the data, inert', () => {
  it('JSON escapes DEL, C1 and bidi as \\u and round-trips every character', async () => {
    const { stdout } = await coop(['show', 'nasty', '--format', 'json'], { cwd });
    expect(stdout).toContain('\\u001b[31mred\\u001b[0m \\u0007\\u0000\\u007f\\u0085\\u009b \\u202eevil\\u202c \\u2066iso\\u2069');
    expect(JSON.parse(stdout).title).toBe('Title \u001b[31mred\u001b[0m \u0007\u0000\u007f\u0085\u009b \u202eevil\u202c \u2066iso\u2069 \u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\ | `tick` <b>bold</b>');
  });

  it('YAML writes such strings double-quoted with escapes, and reads back the same', async () => {
    const yaml = await coop(['show', 'nasty', '--format', 'yaml'], { cwd });
    const json = await coop(['show', 'nasty', '--format', 'json'], { cwd });
    expect(yaml.stdout).toContain('title: "Title \\e[31mred\\e[0m \\a\\0\\x7f\\x85\\x9b \\u202eevil\\u202c \\u2066iso\\u2069');
    // JSON adds country names and what coop works out (CRS codes, current status, expiry) to the stored record.
    const { country_names: _, crs_codes: _codes, current_status: _status, expiry: _expiry, ...stored } = JSON.parse(json.stdout);
    expect(parseYaml(yaml.stdout)).toEqual(stored);
  });

  it('a YAML string whose only oddity is a bidi override is quoted too', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'bidi.yaml'), agreementYaml('bidi').replace('title: Agreement bidi', 'title: "abc \\u202edcba"'));
    const { stdout } = await coop(['list', '--format', 'yaml'], { cwd: dir });
    expect(stdout).toContain('  title: "abc \\u202edcba"\n');
  });

  it('CSV shows controls as \\u{..}, keeps quoting and the formula guard', async () => {
    const { stdout } = await coop(['list', '--format', 'csv'], { cwd });
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(rows[0]!.title).toBe('Title \\u{1b}[31mred\\u{1b}[0m \\u{7}\\u{0}\\u{7f}\\u{85}\\u{9b} \\u{202e}evil\\u{202c} \\u{2066}iso\\u{2069} \\u{1b}]8;;https://x.test\\u{1b}\\link\\u{1b}]8;;\\u{1b}\\ | `tick` <b>bold</b>');
  });

  it('ICS TEXT carries no control character (RFC 5545) and shows them as \\u{..}', async () => {
    const { stdout } = await coop(['deadlines', '--all', ...AS_OF, '--format', 'ics'], { cwd });
    const unfolded = stdout.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Commitment \\\\u{1b}[31mred\\\\u{1b}[0m \\\\u{7}');
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('GitHub annotations show ESC and BEL from values instead of sending them', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'esc\u001b[2J.yaml'), `${agreementYaml('esc')}"odd\\e]0;pwned\\akey": 1\n`);
    const { code, stdout } = await coop(['validate', '--format', 'github'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('::error file=registry/agreements/esc\\u{1b}[2J.yaml,line=1,col=5,title=coop id-mismatch::id "esc" differs from the file name "esc\\u{1b}[2J";');
    expect(stdout).toContain('::error file=registry/agreements/esc\\u{1b}[2J.yaml,line=14,col=1,title=coop unknown-property::unknown field "odd\\u{1b}]0;pwned\\u{7}key"; known fields here:');
    expect(stdout).not.toMatch(RAW_CONTROL_OR_CR);
  });

  it('SARIF message text shows controls, so viewers do not run them', async () => {
    const { stdout } = await coop(['validate', '--format', 'sarif'], { cwd });
    const messages = JSON.parse(stdout).runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    expect(messages.join('\n')).toContain('differs from the file name "bad\\u{1b}[2J\\u{a}forged: error [none] all clear"');
  });
});

describe('file names reach the terminal escaped', () => {
  it('validate text cannot be made to clear the screen or forge a finding line', async () => {
    const { stdout } = await coop(['validate'], { cwd });
    expect(stdout).toContain('registry/agreements/bad\\u{1b}[2J\\u{a}forged: error [none] all clear.yaml:1:1: error [missing-property]');
    expect(stdout.split('\n').filter((line) => line.startsWith('forged'))).toEqual([]);
  });

  it('the note on left-out files is one line, escaped', async () => {
    const { stderr } = await coop(['list'], { cwd });
    expect(stderr).toBe('coop: left out 1 file with errors (run coop validate): registry/agreements/bad\\u{1b}[2J\\u{a}forged: error [none] all clear.yaml\n');
  });

  it('error messages naming a path are escaped', async () => {
    const { code, stderr } = await coop(['list', '--registry', 'no\u001b[2Jwhere\nforged'], { cwd });
    expect(code).toBe(2);
    expect(stderr).not.toMatch(RAW_CONTROL_OR_CR);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('Markdown stays inert', () => {
  it('report: a source URL with a newline and <!-- neither breaks the link nor hides the rest', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'registry', 'agreements'), { recursive: true });
    writeFileSync(join(dir, 'registry', 'agreements', 'pk-url.yaml'), nastyAgreementYaml('pk-url', { url: 'https://example.org/a b\n<!-- hidden (x) `y` <z>' }));
    // A URL the schema accepts, with what Markdown link syntax cares about: ) ] * _ and an entity.
    writeFileSync(join(dir, 'registry', 'agreements', 'pk-url-ok.yaml'), nastyAgreementYaml('pk-url-ok', { url: "https://example.org/a_(b)*[c]'d&amp;e" }));
    const { code, stdout } = await coop(['report', ...AS_OF, '--country', 'PK'], { cwd: dir });
    expect(code).toBe(0);
    const html = renderMarkdown(stdout);
    expect(html).toContain(`<a href="https://example.org/a_%28b%29*%5Bc%5D'd&amp;amp;e">Source`);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/<(b|img|script)\b/);
    expect(html).toContain('<h2>Commitments</h2>');
    // Whether or not the schema accepts such a URL, no link carries its raw characters.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).not.toMatch(/[\s<>`()]/);
  });

  it('report: records from the nasty registry render without raw HTML, extra headings or controls', async () => {
    for (const args of [['report', ...AS_OF], ['report', ...AS_OF, '--country', 'PS']]) {
      const { stdout } = await coop(args, { cwd });
      const html = renderMarkdown(stdout);
      expect(html).not.toMatch(/<(b|img|script)\b/);
      expect(html).not.toMatch(RAW_CONTROL_OR_CR);
    }
  });

  it('diff: a backtick and newline in an id or a file name cannot break out of its code span', async () => {
    const evilId = 'x`\n<img src=x onerror=alert(1)>\n# Forged heading\n`';
    const folder = 'data ``x`\n# Forged folder <img src=y>';
    const repo = new GitRepo({ [`${folder}/registry/agreements/pk-ps.yaml`]: agreementYaml('pk-ps') }).commit('base');
    repo.write({
      [`${folder}/registry/agreements/pk-ps.yaml`]: agreementYaml('pk-ps', { status: '"in-force\\u202e <img src=z>"' }),
      [`${folder}/registry/agreements/kz-uz.yaml`]: agreementYaml('kz-uz', { parties: ['KZ', 'UZ'] }),
      [`${folder}/registry/agreements/evil.yaml`]: `id: ${JSON.stringify(evilId)}\nkind: agreement\ntitle: "t\\e[2J"\n`,
    });
    const { code, stdout } = await coop(['diff', 'HEAD', '--registry', `${folder}/registry`], { cwd: repo.dir });
    expect(code).toBe(0);
    const html = renderMarkdown(stdout);
    expect(html).not.toMatch(/<img\b/);
    expect(html.match(/<h\d>[^<]*/g)).toEqual(['<h2>Registry changes', '<h3>Added', '<h3>Changed', '<h4>']);
    expect(stdout).not.toMatch(RAW_CONTROL_OR_CR);
    expect(stdout).toContain('- `kz-uz` (agreement): Agreement kz-uz, ```data ``x` # Forged folder <img src=y>/registry/agreements/kz-uz.yaml```\n');
    const json = await coop(['diff', 'HEAD', '--registry', `${folder}/registry`, '--format', 'json'], { cwd: repo.dir });
    expect(json.stdout).not.toMatch(RAW_CONTROL_OR_CR);
    expect(JSON.parse(json.stdout).changed[0].changes[0]).toEqual({ field: 'status', before: 'signed', after: 'in-force\u202e <img src=z>' });
  });
});
