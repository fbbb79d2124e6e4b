import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coop, tempDir } from '../helpers/cli.js';
import { launchBrowser, serveSite, SKIP_BROWSER, watchPage, type Browser, type SiteServer } from '../helpers/browser.js';
import { crawlSite, siteFiles } from '../helpers/site-crawl.js';
import { axeViolations, buildSite, serious, visibleRecordIds } from '../helpers/site.js';

// A registry written to attack its own website: script tags, event handlers, javascript: URLs,
// quotes that try to close attributes, bidi overrides, a file name that is markup. Every record
// here is valid (so every string reaches a page), except two files that are left out and named.

const TITLE = `<script>alert("title")</script> & "double" 'single' </title>`;
const PLACE = `"><img src=x onerror=alert('place')>`;
const NOTES = `</p><script>alert('notes')</script>\n\n<a href="javascript:alert('link')">click me</a> {{constructor.constructor('alert(1)')()}} \u202eevil\u202c`;
const URL_WITH_QUOTES = "https://example.org/x?q=1&r='onmouseover=alert(1)'";
const PROGRAMME_TITLE = "javascript:alert('programme')";

const hostile = {
  'agreements/hostile-agreement.yaml': `id: hostile-agreement
kind: agreement
title: ${JSON.stringify(TITLE)}
instrument: memorandum-of-understanding
parties:
  - country: PK
  - country: XK
signatories:
  - name: "<iframe src=\\"javascript:alert('name')\\"></iframe>"
    role: "javascript:alert('role')"
    country: PK
signed:
  date: "2025-01-15"
  place: ${JSON.stringify(PLACE)}
status: signed
history:
  - type: signature
    date: "2025-01-15"
    description: "<script>alert('history')</script>"
    source: hostile-source
organisations:
  - name: "<img src=x onerror=alert('organisation')>"
    role: implementing
    country: PK
    source: hostile-source
commitments:
  - id: onload-commitment
    text: "<svg onload=alert('commitment')>"
    basis: "\\" onmouseover=\\"alert('basis')"
    due:
      within: P30D
      from: signed
    status: pending
sources:
  - id: hostile-source
    title: "<b onclick=alert('source')>bold</b>"
    title_translation: "\\"><svg onload=alert('translation')>"
    language: fr
    publisher: "</title><script>alert('publisher')</script>"
    url: "${URL_WITH_QUOTES}"
notes: ${JSON.stringify(NOTES)}
`,
  'programmes/hostile-programme.yaml': `id: hostile-programme
kind: programme
title: ${JSON.stringify(PROGRAMME_TITLE)}
modalities: [training]
countries:
  - country: XK
    role: provider
  - country: PS
    role: recipient
agreement: hostile-agreement
start: "2025-02"
status: active
events:
  - type: other
    description: "<img src=x onerror=alert('event')>"
    date: "2025"
    sites:
      - name: "<style>body { display: none }</style>"
    people:
      - name: "'; alert('person'); '"
        country: PS
sources:
  - title: "Plain source"
    via: "<object data=javascript:alert('via')></object>"
`,
  // Left out (errors), and named on the index: a file name that is markup, an id with quotes.
  'agreements/"><img src=x onerror=alert(\'file\')>.yaml': 'id: bad\nkind: agreement\n',
  'agreements/quoted-id.yaml': `id: "quoted\\"id<script>alert('id')</script>"\nkind: agreement\ntitle: x\n`,
};

describe.skipIf(SKIP_BROWSER)('a hostile registry gives inert pages', () => {
  let registry: string;
  let dir: string;
  let browser: Browser;
  let server: SiteServer;

  beforeAll(async () => {
    registry = join(tempDir('coop-hostile-site-'), 'registry');
    for (const [path, text] of Object.entries(hostile)) {
      mkdirSync(join(registry, path, '..'), { recursive: true });
      writeFileSync(join(registry, path), text);
    }
    dir = await buildSite(registry, ['--as-of', '2025-11-01']);
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dir)]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the two valid hostile records reach the site; the broken files are left out and named, escaped', async () => {
    const { stdout } = await coop(['list', '--registry', registry, '--format', 'json']);
    expect((JSON.parse(stdout) as { id: string }[]).map((r) => r.id).sort()).toEqual(['hostile-agreement', 'hostile-programme']);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('agreements/&quot;&gt;&lt;img src=x onerror=alert(&#39;file&#39;)&gt;.yaml');
    expect(index).toContain('agreements/quoted-id.yaml');
  });

  it('no page runs anything: no dialog, no console error, no request to another host, and every link resolves', async () => {
    const result = await crawlSite(browser.context, server, dir);
    expect(result.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
    expect(result.broken).toEqual([]);
    expect(result.pages).toEqual(siteFiles(dir).filter((f) => f.endsWith('.html')));
    // The only link off the site is the source's http(s) URL, quotes and all, as an inert href.
    expect([...result.external.values()].flat()).toEqual([new URL(URL_WITH_QUOTES).href]);
  });

  it('the DOM holds only the site\'s own elements: no inline script, no handler attribute, no javascript: link, no injected element', async () => {
    for (const path of siteFiles(dir).filter((f) => f.endsWith('.html'))) {
      const page = await browser.context.newPage();
      const problems = watchPage(page, new URL(server.root).origin);
      await page.goto(server.root + path);
      // Hover and click everything a handler could hide behind.
      for (const selector of ['h1', '.lead', 'main p', 'td', 'dd', 'li']) {
        for (const element of (await page.$$(`main ${selector}`)).slice(0, 20)) await element.hover().catch(() => undefined);
      }
      const dom = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          inlineScripts: [...document.scripts].filter((s) => !s.src).length,
          scripts: [...document.scripts].map((s) => s.getAttribute('src')),
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${e.tagName}[${a.name}]`)),
          javascriptLinks: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? '') || /^\s*javascript:/i.test(e.getAttribute('src') ?? '')).length,
          injected: document.querySelectorAll('main iframe, main img, main object, main embed, main style, main b, main script').length,
          styled: document.querySelectorAll('[style]').length,
          bodyVisible: getComputedStyle(document.body).display !== 'none',
        };
      });
      expect(dom.inlineScripts, path).toBe(0);
      expect(dom.scripts.every((src) => /^(\.\.\/)*assets\/(minisearch|search-index|site)\.js$/.test(src ?? '')), path).toBe(true);
      expect(dom.handlers, path).toEqual([]);
      expect(dom.javascriptLinks, path).toBe(0);
      expect(dom.injected, path).toBe(0);
      expect(dom.styled, path).toBe(0);
      expect(dom.bodyVisible, path).toBe(true);
      expect(problems, path).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
      await page.close();
    }
  });

  it('hostile text is shown as the text it is, bidi overrides made visible', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.root + 'records/hostile-agreement.html');
    expect(await page.textContent('h1')).toBe(TITLE);
    expect(await page.title()).toBe(`${TITLE} · Health cooperation registry`);
    const main = (await page.textContent('main'))!;
    expect(main).toContain(PLACE);
    expect(main).toContain(`<a href="javascript:alert('link')">click me</a>`);
    expect(main).toContain('\\u{202e}evil\\u{202c}');
    expect(main).toContain("Signature: <script>alert('history')</script>");
    expect(main).toContain("<img src=x onerror=alert('organisation')>");
    expect(main).toContain(`("\"><svg onload=alert('translation')>")`);
    expect(main).not.toContain('\u202e');
    expect(await page.getAttribute('.sources a', 'href')).toBe(URL_WITH_QUOTES);
    await page.goto(server.root + 'records/hostile-programme.html');
    expect(await page.textContent('h1')).toBe(PROGRAMME_TITLE);
    expect(await page.textContent('main')).toContain("<img src=x onerror=alert('event')>");
    await page.close();
  });

  it('searching for markup finds records and runs nothing', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, new URL(server.root).origin);
    await page.goto(server.root + 'index.html');
    for (const query of ['onerror alert', `<script>alert("notes")</script>`, 'iframe javascript']) {
      const { stdout } = await coop(['list', '--registry', registry, '--format', 'json', '--search', query]);
      const expected = (JSON.parse(stdout) as { id: string }[]).map((r) => r.id).sort();
      expect(expected.length, query).toBeGreaterThan(0);
      await page.fill('#filter-search', query);
      expect(await visibleRecordIds(page), query).toEqual(expected);
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.close();
  });
});
