import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coop, ROOT } from '../helpers/cli.js';
import { launchBrowser, serveSite, SKIP_BROWSER, watchPage, type Browser, type SiteServer } from '../helpers/browser.js';
import { crawlSite, siteFiles } from '../helpers/site-crawl.js';
import { axeViolations, buildSite, visibleRecordIds } from '../helpers/site.js';

// The site of the shipped registry in headless Chromium: served under a sub-path as GitHub Pages
// serves it, and opened from file://. One browser for the whole file.

const REGISTRY = join(ROOT, 'registry');
const AS_OF = '2025-11-01';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const ids = async (...args: string[]): Promise<string[]> => {
  const { stdout } = await coop(['list', '--registry', REGISTRY, '--format', 'json', ...args]);
  return (JSON.parse(stdout) as { id: string }[]).map((r) => r.id).sort();
};

describe.skipIf(SKIP_BROWSER)('the site of the shipped registry in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  let dir: string;

  beforeAll(async () => {
    dir = await buildSite(REGISTRY, ['--as-of', AS_OF, '--repo-url', 'https://github.com/example/coop/blob/main']);
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dir)]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const page = await browser.context.newPage();
    const problems = watchPage(page, new URL(server.root).origin);
    await page.goto(server.root + path, { waitUntil: 'load' });
    return { page, problems };
  }

  it('every page loads with no console error, no failed or foreign request, and every internal link resolves', async () => {
    const result = await crawlSite(browser.context, server, dir);
    expect(result.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
    expect(result.broken).toEqual([]);
    expect(result.absolute).toEqual([]);
    expect(server.missing).toEqual([]);
    // Every page of the site is reachable by links from the index.
    expect(result.pages).toEqual(siteFiles(dir).filter((f) => f.endsWith('.html')));
    expect(result.pages).toHaveLength(11);
    // The only links to other hosts: the record files on the code host.
    const external = [...result.external.values()].flat();
    expect(external.every((url) => url.startsWith('https://github.com/example/coop/blob/main/registry/'))).toBe(true);
  });

  it('axe-core finds no accessibility violation on any kind of page (serious, critical or other)', async () => {
    for (const path of ['index.html', 'countries/index.html', 'countries/pk.html', 'records/pk-ps-health-mou-2025.html', 'records/pk-ps-medical-scholarships.html', 'deadlines.html']) {
      const { page } = await open(path);
      const violations = await axeViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await page.close();
    }
  });

  it('pages have landmarks, one h1 and headings in order, and tables with headers', async () => {
    for (const path of ['index.html', 'countries/ps.html', 'records/kz-af-health-worker-training.html', 'deadlines.html']) {
      const { page } = await open(path);
      const outline = await page.evaluate(() => ({
        landmarks: ['header', 'nav', 'main', 'footer'].map((tag) => document.querySelectorAll(tag).length),
        levels: [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1])),
        headerless: [...document.querySelectorAll('table')].filter((t) => t.querySelectorAll('thead th[scope="col"]').length === 0 || !t.querySelector('caption')).length,
      }));
      expect(outline.landmarks, path).toEqual([1, 1, 1, 1]);
      expect(outline.levels.filter((l) => l === 1), path).toHaveLength(1);
      expect(outline.levels[0], path).toBe(1);
      for (let i = 1; i < outline.levels.length; i++) expect(outline.levels[i]! - outline.levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
      expect(outline.headerless, path).toBe(0);
      await page.close();
    }
  });

  it('keyboard focus is visible: the skip link comes first and focused elements get an outline', async () => {
    const { page } = await open('index.html');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { text: element.textContent, outline: style.outlineStyle, width: style.outlineWidth, top: element.getBoundingClientRect().top };
    });
    expect(first.text).toBe('Skip to main content');
    expect(first.outline).toBe('solid');
    expect(first.width).toBe('3px');
    expect(first.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    // The map's country links are focusable too.
    await page.focus('svg.world-map a');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('a');
    await page.close();
  });

  it('the table filter keeps the same records as coop list with the same flags', async () => {
    const { page } = await open('index.html');
    expect(await page.isVisible('#record-filters')).toBe(true);
    expect(await visibleRecordIds(page)).toEqual(await ids());
    await page.selectOption('#filter-country', 'PK');
    expect(await visibleRecordIds(page)).toEqual(await ids('--country', 'PK'));
    expect(await page.textContent('#filter-status-line')).toBe('Showing 2 of 4 records.');
    await page.selectOption('#filter-kind', 'programme');
    expect(await visibleRecordIds(page)).toEqual(await ids('--country', 'PK', '--kind', 'programme'));
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => document.getElementById('filter-status-line')?.textContent === '4 records.');
    await page.selectOption('#filter-status', 'active');
    expect(await visibleRecordIds(page)).toEqual(await ids('--status', 'active'));
    await page.click('button[type="reset"]');
    await page.selectOption('#filter-area', 'cardiology');
    expect(await visibleRecordIds(page)).toEqual(await ids('--area', 'cardiology'));
    await page.click('button[type="reset"]');
    await page.fill('#filter-since', '2024');
    await page.fill('#filter-until', '2025');
    expect(await visibleRecordIds(page)).toEqual(await ids('--since', '2024', '--until', '2025'));
    await page.fill('#filter-since', '2023');
    await page.fill('#filter-until', '2023');
    expect(await visibleRecordIds(page)).toEqual(await ids('--since', '2023', '--until', '2023'));
    await page.close();
  });

  it('search uses the index built at generation time, every word must match, accents and case do not matter', async () => {
    const { page } = await open('index.html');
    await page.fill('#filter-search', 'scholarships');
    expect(await visibleRecordIds(page)).toEqual(['pk-ps-medical-scholarships']);
    await page.fill('#filter-search', 'WORKING group');
    expect(await visibleRecordIds(page)).toEqual(await ids('--search', 'working group'));
    await page.fill('#filter-search', 'islamabad');
    expect(await visibleRecordIds(page)).toEqual(['pk-ps-health-mou-2025']);
    // Country names are searchable, and a prefix finds the word.
    await page.fill('#filter-search', 'kazakh');
    expect(await visibleRecordIds(page)).toEqual(['kz-af-health-cooperation', 'kz-af-health-worker-training']);
    await page.fill('#filter-search', 'cardiology kazakhstan');
    expect(await visibleRecordIds(page)).toEqual([]);
    expect(await page.textContent('#filter-status-line')).toBe('Showing 0 of 4 records.');
    await page.close();
  });

  it('the map has a link with a title for every country with records, and the table beside it has the same numbers', async () => {
    const { stdout } = await coop(['countries', '--registry', REGISTRY, '--format', 'json']);
    const countries = JSON.parse(stdout) as { code: string; name: string; agreements: number; programmes: number }[];
    const { page } = await open('index.html');
    const links = await page.$$eval('svg.world-map a', (as) => as.map((a) => ({ href: a.getAttribute('href'), title: a.querySelector('title')?.textContent, label: a.getAttribute('aria-label') })));
    expect(links.map((l) => l.href).sort()).toEqual(countries.map((c) => `countries/${c.code.toLowerCase()}.html`).sort());
    for (const c of countries) {
      const link = links.find((l) => l.href === `countries/${c.code.toLowerCase()}.html`)!;
      expect(link.title).toBe(`${c.name}: ${c.agreements} agreement${c.agreements === 1 ? '' : 's'}, ${c.programmes} programme${c.programmes === 1 ? '' : 's'}`);
      expect(link.label).toBe(link.title);
    }
    const rows = await page.$$eval('#country-counts tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual(countries.map((c) => [c.name, c.code, String(c.agreements), String(c.programmes), String(c.agreements + c.programmes)]));
    expect(await page.textContent('.map-note')).toContain('Natural Earth');
    expect(await page.textContent('.map-note')).toContain('disputed');
    await page.close();
  });

  it('a country page maps its partners, and a record page links its YAML file and shows computed deadlines', async () => {
    const country = await open('countries/pk.html');
    expect(await country.page.$$eval('svg.world-map a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(['../countries/ps.html']);
    expect(await country.page.textContent('#overdue-commitments')).toContain('15 days overdue');
    expect(await country.page.textContent('.timeline')).toContain('2025-09-17');
    await country.page.close();
    const record = await open('records/pk-ps-health-mou-2025.html');
    expect(await record.page.getAttribute('a[href$=".yaml"]', 'href')).toBe('https://github.com/example/coop/blob/main/registry/agreements/pk-ps-health-mou-2025.yaml');
    const commitments = await record.page.$$eval('#commitments tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(commitments[0]).toEqual([
      "Establish a Pakistan–Palestine Health Working Group to supervise the MoU's implementation (health-working-group)",
      'will be established within the next 30 days',
      'within P30D of signing',
      '2025-10-17',
      '15 days overdue',
      'pending as of 2025-09-18 (source: app-2025-09-18)',
    ]);
    // A cited source links to the source on the same page.
    expect(await record.page.getAttribute('#commitments a[href^="#source-"]', 'href')).toBe('#source-app-2025-09-18');
    expect(await record.page.textContent('#source-app-2025-09-18')).toContain('They sign an MoU');
    expect(await record.page.textContent('#history')).toContain('Signature in Islamabad');
    expect(await record.page.textContent('main')).toContain('Syed Mustafa Kamal, Health Minister (Pakistan)');
    await record.page.close();
  });

  it('without JavaScript the index is a plain table of every record, and the filter form stays hidden', async () => {
    // One shared persistent context cannot switch JavaScript off, so this page gets no scripts at all.
    const page = await browser.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(server.root + 'index.html');
    expect(await page.isVisible('#record-filters')).toBe(false);
    expect(await page.$$eval('#records tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length)).toBe(4);
    await page.close();
  });

  it('works from file:// too: scripts, styles and search load under the CSP with no error', async () => {
    const page = await browser.context.newPage();
    const problems = watchPage(page, 'file://');
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.fill('#filter-search', 'scholarships');
    expect(await visibleRecordIds(page)).toEqual(['pk-ps-medical-scholarships']);
    await page.click('a[href="countries/pk.html"]');
    await page.waitForLoadState('load');
    expect(await page.textContent('h1')).toBe('Pakistan');
    await page.click('main a[href="../records/pk-ps-health-mou-2025.html"]');
    await page.waitForLoadState('load');
    expect(await page.textContent('h1')).toContain('memorandum of understanding');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).toBe('rgb(11, 53, 88)');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
    await page.close();
  });

  it('screenshots of the index, a country page and a record page at desktop and phone widths, without sideways scrolling', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await browser.context.newPage();
    for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      for (const [label, path] of [['index', 'index.html'], ['country', 'countries/pk.html'], ['record', 'records/pk-ps-health-mou-2025.html']]) {
        await page.goto(server.root + path);
        await page.screenshot({ path: join(ARTIFACTS, `shipped-${label}-${name}.png`), fullPage: true });
        // Wide tables scroll inside their own box; the page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width}px`).toBeLessThanOrEqual(width);
      }
    }
    await page.close();
  });
});
