import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/core/model.js';
import { countryProfileData } from '../../src/core/report/country-profile-data.js';
import { csvCell } from '../../src/format/csv.js';
import { escapeIcsText } from '../../src/format/deadlines/ics.js';
import { jsonText } from '../../src/format/json.js';
import { codeSpan, escapeMarkdown, isWebUrl, linkDestination } from '../../src/format/markdown.js';
import { countryProfile } from '../../src/format/report/country-profile.js';
import { terminalSafe } from '../../src/format/terminal-safe.js';
import { escapeData } from '../../src/format/validate/github.js';
import { yamlText } from '../../src/format/yaml.js';
import { RAW_CONTROL_OR_CR, renderMarkdown } from '../helpers/hostile-output.js';

const EVERY_UNSAFE = 'a\u0000\u0007\u001b\u007f\u0085\u009b\u202a\u202e\u2066\u2069\u2028b';

describe('one helper per concern', () => {
  it('terminalSafe keeps only the line breaks a format asks for', () => {
    expect(terminalSafe('a\r\nb\tc')).toBe('a\\u{d}\\u{a}b\tc');
    expect(terminalSafe('a\r\nb', { keepNewlines: true })).toBe('a\\u{d}\nb');
    expect(terminalSafe('a\r\nb', { keepNewlines: true, keepCarriageReturns: true })).toBe('a\r\nb');
  });

  it('terminalSafe escapes each unsafe character even when it is the only one in the text', () => {
    const unsafe = [[0x00, 0x08], [0x0a, 0x1f], [0x7f, 0x9f], [0x202a, 0x202e], [0x2066, 0x2069]];
    for (const [from, to] of unsafe) {
      for (let code = from!; code <= to!; code++) expect(terminalSafe(`a${String.fromCharCode(code)}b`)).toBe(`a\\u{${code.toString(16)}}b`);
    }
    for (const safe of ['a\tb', 'a\u00a0b', 'a\u2028b', 'a\u200db', 'Sağlık 保健 🩺']) expect(terminalSafe(safe)).toBe(safe);
  });

  it('jsonText escapes what JSON.stringify leaves raw, and the data round-trips', () => {
    const text = jsonText({ [EVERY_UNSAFE]: EVERY_UNSAFE });
    expect(text).not.toMatch(RAW_CONTROL_OR_CR);
    expect(text).toContain('\\u007f\\u0085\\u009b\\u202a\\u202e\\u2066\\u2069\\u2028');
    expect(JSON.parse(text)).toEqual({ [EVERY_UNSAFE]: EVERY_UNSAFE });
  });

  it('yamlText double-quotes such strings, keys too, and the data round-trips', async () => {
    const value = [{ [EVERY_UNSAFE]: EVERY_UNSAFE, plain: 'ok', lines: 'one\ntwo', bidi: '\u202eonly' }];
    const text = await yamlText(value);
    expect(text).not.toMatch(RAW_CONTROL_OR_CR);
    expect(text).toContain('bidi: "\\u202eonly"');
    expect(text).toContain('plain: ok\n');
    expect(parseYaml(text)).toEqual(value);
  });

  it('csvCell shows controls, keeps line feeds inside quotes, and still guards formulas', () => {
    expect(csvCell('\u001b=cmd')).toBe('\\u{1b}=cmd');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a\nb\r')).toBe('"a\nb\\u{d}"');
  });

  it('ICS and GitHub escaping show controls before their own escapes', () => {
    expect(escapeIcsText('a\u001b;b\r\nc')).toBe('a\\\\u{1b}\\;b\\nc');
    expect(escapeData('a\u0007%\r\n\u202e')).toBe('a\\u{7}%25%0D%0A\\u{202e}');
  });
});

describe('Markdown code spans and links', () => {
  it.each(['plain-id', 'a`b', '``x``', '`', ' padded ', 'line\nbreak', 'x`\n# Heading\n<img src=x>'])('codeSpan(%j) renders as one code element holding the text', (text) => {
    const html = renderMarkdown(`- ${codeSpan(text)}\n`);
    expect(html).toMatch(/^<ul>\n<li><code>[^<]*<\/code><\/li>\n<\/ul>\n$/);
    const shown = html.replace(/^[\s\S]*<code>|<\/code>[\s\S]*$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(shown).toBe(text.replace(/\n/g, ' '));
  });

  it('codeSpan keeps an ordinary id as it was', () => {
    expect(codeSpan('pk-ps-health-mou-2025')).toBe('`pk-ps-health-mou-2025`');
  });

  it('linkDestination percent-encodes whatever could end or bend the link', () => {
    expect(linkDestination('https://example.org/a b\n<!--(x)`y`<z>|"\u202e')).toBe('https://example.org/a%20b%0A%3C!--%28x%29%60y%60%3Cz%3E%7C%22%E2%80%AE');
    expect(linkDestination('https://example.org/?a=1&b=2&amp;c')).toBe('https://example.org/?a=1&b=2\\&amp;c');
    expect(linkDestination('https://example.org/path_(x)')).toBe('https://example.org/path_%28x%29');
  });

  it('only absolute http(s) URLs are linked', () => {
    expect(['https://a.org', 'HTTP://a.org/x', 'javascript:alert(1)', 'data:text/html,x', '//a.org', 'https:///x', 'ftp://a.org'].map(isWebUrl)).toEqual([true, true, false, false, false, false, false]);
  });

  it('escapeMarkdown shows controls, so no raw byte reaches the document', () => {
    expect(escapeMarkdown(EVERY_UNSAFE)).not.toMatch(RAW_CONTROL_OR_CR);
    expect(escapeMarkdown('a\u001b[1mb')).toBe('a\\\\u{1b}\\[1mb');
  });

  it('a country profile links an http(s) source and leaves any other URL unlinked', () => {
    const record = (id: string, url: string): Agreement => ({
      id,
      kind: 'agreement',
      title: `Agreement ${id}`,
      instrument: 'treaty',
      parties: [{ country: 'PK' }, { country: 'PS' }],
      status: 'signed',
      sources: [{ title: `Source ${id}`, url }],
    });
    const records = [record('a-web', 'https://example.org/x y'), record('b-script', 'javascript:alert(1)')].map((r) => ({ file: `/r/agreements/${r.id}.yaml`, record: r }));
    const markdown = countryProfile(countryProfileData({ code: 'PK', records, asOf: '2025-10-01', within: 'P90D' }), { link: (file) => file });
    expect(markdown).toContain('- Source: [Source a-web](<https://example.org/x%20y>)\n');
    expect(markdown).toContain('- Source: Source b-script\n');
    expect(renderMarkdown(markdown)).not.toContain('javascript:');
  });
});
