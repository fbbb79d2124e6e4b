import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, webUrl } from '../../src/format/site/html.js';
import { CONTENT_SECURITY_POLICY } from '../../src/format/site/layout.js';
import { isDrawn, legendSteps, shadeOf } from '../../src/format/site/map.js';
import { relativeHref, slug } from '../../src/format/site/paths.js';
import { coop, ROOT, tempDir } from '../helpers/cli.js';
import { siteFiles } from '../helpers/site-crawl.js';
import { buildSite } from '../helpers/site.js';

// The generated files themselves, without a browser: determinism, the CSP, relative links, the
// downloads, and the command's handling of its output folder.

const REGISTRY = join(ROOT, 'registry');
const AS_OF = '2025-11-01';
const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

describe('coop site output', () => {
  it('is byte-for-byte the same for the same registry and --as-of, and changes with --as-of', async () => {
    const [a, b, later] = await Promise.all([buildSite(REGISTRY, ['--as-of', AS_OF]), buildSite(REGISTRY, ['--as-of', AS_OF]), buildSite(REGISTRY, ['--as-of', '2025-10-01'])]);
    const files = siteFiles(a);
    expect(siteFiles(b)).toEqual(files);
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    expect(read(later, 'deadlines.html')).not.toBe(read(a, 'deadlines.html'));
    expect(files).toEqual([
      'assets/icon.svg',
      'assets/minisearch.js',
      'assets/search-index.js',
      'assets/site.css',
      'assets/site.js',
      'countries/af.html',
      'countries/index.html',
      'countries/kz.html',
      'countries/pk.html',
      'countries/ps.html',
      'deadlines.html',
      'downloads/deadlines.ics',
      'downloads/records.json',
      'index.html',
      'records/kz-af-health-cooperation.html',
      'records/kz-af-health-worker-training.html',
      'records/pk-ps-health-mou-2025.html',
      'records/pk-ps-medical-scholarships.html',
    ]);
  });

  it('every page has the CSP meta tag, no inline script or style, and only relative links inside the site', async () => {
    const dir = await buildSite(REGISTRY, ['--as-of', AS_OF, '--repo-url', 'https://example.org/coop/blob/main']);
    for (const file of siteFiles(dir).filter((f) => f.endsWith('.html'))) {
      const text = read(dir, file);
      expect(text, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`);
      expect(text.match(/<script(?![^>]*\bsrc=)[^>]*>/g), file).toBeNull();
      expect(text, file).not.toMatch(/<style|\sstyle=/);
      const targets = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
      for (const target of targets) {
        if (/^https?:/.test(target)) expect(target, file).toMatch(/^https:\/\/example\.org\/coop\/blob\/main\/registry\//);
        else expect(target, file).toMatch(/^(\.\.\/)*[a-z0-9][a-z0-9./-]*(#[a-z0-9-]+)?$|^#[a-z0-9-]+$/);
      }
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('the downloads are exactly what coop list --format json and coop deadlines --all --format ics give', async () => {
    const dir = await buildSite(REGISTRY, ['--as-of', AS_OF]);
    const [json, ics] = await Promise.all([coop(['list', '--format', 'json', '--as-of', AS_OF]), coop(['deadlines', '--all', '--format', 'ics', '--as-of', AS_OF])]);
    expect(read(dir, 'downloads/records.json')).toBe(json.stdout);
    expect(read(dir, 'downloads/deadlines.ics')).toBe(ics.stdout);
  });

  it('the map names its data set and lists the countries it does not draw', async () => {
    const dir = await buildSite(REGISTRY, ['--as-of', AS_OF]);
    const index = read(dir, 'index.html');
    expect(index).toContain('Natural Earth 1:110m');
    expect(index).toContain('world-atlas 2.0.2');
    expect(index).toContain('disputed ones, are drawn as Natural Earth draws them');
    expect(index).toContain('Every country with records is drawn on the map.');
    expect(isDrawn('PS')).toBe(true);
    expect(isDrawn('XK')).toBe(true);
    for (const small of ['SG', 'MT', 'BH', 'MV', 'MC', 'VA']) expect(isDrawn(small), small).toBe(false);
  });

  it('record pages link to their YAML file under --repo-url; a bad --repo-url stops with exit 2', async () => {
    const dir = await buildSite(REGISTRY, ['--as-of', AS_OF, '--repo-url', 'https://github.com/example/coop/blob/0123abc/']);
    expect(read(dir, 'records/pk-ps-medical-scholarships.html')).toContain('<a href="https://github.com/example/coop/blob/0123abc/registry/programmes/pk-ps-medical-scholarships.yaml">registry/programmes/pk-ps-medical-scholarships.yaml</a>');
    const without = await buildSite(REGISTRY, ['--as-of', AS_OF]);
    expect(read(without, 'records/pk-ps-medical-scholarships.html')).toContain('<code>registry/programmes/pk-ps-medical-scholarships.yaml</code>');
    for (const bad of ['javascript:alert(1)', 'ftp://example.org', 'https://example.org/"><script>']) {
      const result = await coop(['site', '-o', join(tempDir(), 'site'), '--repo-url', bad]);
      expect(result.code, bad).toBe(2);
      expect(result.stderr).toContain('--repo-url must be an http or https address');
    }
  });

  it('needs -o, refuses a folder it did not write and the registry folder, and replaces its own earlier output', async () => {
    const none = await coop(['site']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('coop site needs a folder to write to: -o DIR');

    const busy = tempDir();
    writeFileSync(join(busy, 'notes.txt'), 'mine');
    const refused = await coop(['site', '-o', busy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is not empty and was not written by coop site');
    expect(read(busy, 'notes.txt')).toBe('mine');

    const registry = join(tempDir(), 'registry');
    cpSync(REGISTRY, registry, { recursive: true });
    const inside = await coop(['site', '--registry', registry, '-o', join(registry, 'site')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('inside the registry folder');
    expect(existsSync(join(registry, 'site'))).toBe(false);

    // A second run into the same folder replaces the site: a record removed since loses its page.
    const out = join(tempDir(), 'site');
    expect((await coop(['site', '--registry', registry, '-o', out, '--as-of', AS_OF])).code).toBe(0);
    expect(existsSync(join(out, 'records', 'kz-af-health-worker-training.html'))).toBe(true);
    rmSync(join(registry, 'programmes', 'kz-af-health-worker-training.yaml'));
    mkdirSync(join(out, 'extra'));
    const again = await coop(['site', '--registry', registry, '-o', out, '--as-of', AS_OF]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('coop site: 10 pages written to');
    expect(existsSync(join(out, 'records', 'kz-af-health-worker-training.html'))).toBe(false);
    expect(existsSync(join(out, 'records', 'kz-af-health-cooperation.html'))).toBe(true);
    expect(existsSync(join(out, 'extra'))).toBe(true);
  });
});

describe('site building blocks', () => {
  it('one escaper for text and attributes; html`` escapes every interpolated value but its own markup', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('a\u202eb\u0007c\nd')).toBe('a\\u{202e}b\\u{7}c\nd');
    const evil = `"><script>alert(1)</script>`;
    expect(html`<p title="${evil}">${evil}</p>`.markup).toBe('<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html`<ul>${['<b>', html`<li>${'&'}</li>`]}</ul>`.markup).toBe('<ul>&lt;b&gt;<li>&amp;</li></ul>');
    expect(html`${undefined}${null}${false}${0}`.markup).toBe('0');
  });

  it('only absolute http and https URLs become links', () => {
    expect(webUrl('https://example.org/a?b=1&c=2')).toBe('https://example.org/a?b=1&c=2');
    expect(webUrl('HTTP://example.org')).toBe('HTTP://example.org');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', '/etc/passwd', 'vbscript:x', 'https://', undefined]) {
      expect(webUrl(bad), String(bad)).toBeUndefined();
    }
  });

  it('file names from ids and codes are safe, and links between pages are relative', () => {
    expect(slug('pk-ps-health-mou-2025')).toBe('pk-ps-health-mou-2025');
    expect(slug('PK')).toBe('pk');
    expect(slug('../x"y')).toBe('_2e_2e_2fx_22y');
    expect(relativeHref('index.html', 'records/a.html')).toBe('records/a.html');
    expect(relativeHref('records/a.html', 'countries/pk.html')).toBe('../countries/pk.html');
  });

  it('shades countries on a log scale, with a legend of the counts actually used', () => {
    expect([0, 1, 2, 5, 10, 40].map((n) => shadeOf(n, 40))).toEqual([0, 1, 1, 2, 3, 5]);
    expect(shadeOf(3, 3)).toBe(5);
    expect(shadeOf(1, 1)).toBe(5);
    expect(legendSteps([1, 1, 2, 40])).toEqual([
      { shade: 1, min: 1, max: 2 },
      { shade: 5, min: 40, max: 40 },
    ]);
  });
});
