import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coop, ROOT } from '../helpers/cli.js';
import { launchBrowser, serveSite, SKIP_BROWSER, watchPage, type Browser, type SiteServer } from '../helpers/browser.js';
import { generateRegistry } from '../helpers/generate-registry.js';
import { crawlSite, siteFiles } from '../helpers/site-crawl.js';
import { axeViolations, buildSite, serious, visibleRecordIds } from '../helpers/site.js';

// The site of a 300-record generated registry in headless Chromium: every page, every link,
// the filters and search against `coop list`, the map against `coop countries`.

const AS_OF = '2026-01-01';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

interface CountryRow {
  code: string;
  name: string;
  agreements: number;
  programmes: number;
}

describe.skipIf(SKIP_BROWSER)('the site of a 300-record registry in Chromium', () => {
  let registry: string;
  let dir: string;
  let browser: Browser;
  let server: SiteServer;
  let countries: CountryRow[];

  beforeAll(async () => {
    registry = generateRegistry(300).dir;
    const started = performance.now();
    dir = await buildSite(registry, ['--as-of', AS_OF]);
    console.log(`coop site on 300 records: ${Math.round(performance.now() - started)} ms (spawned CLI, no parse cache)`);
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dir)]);
    countries = JSON.parse((await coop(['countries', '--registry', registry, '--format', 'json'])).stdout) as CountryRow[];
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ids = async (...args: string[]): Promise<string[]> => {
    const { stdout } = await coop(['list', '--registry', registry, '--format', 'json', '--as-of', AS_OF, ...args]);
    return (JSON.parse(stdout) as { id: string }[]).map((r) => r.id).sort();
  };

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.root + path, { waitUntil: 'load' });
    return page;
  }

  it('the generated registry is valid: every record passes coop validate', async () => {
    const { code, stdout } = await coop(['validate', '--registry', registry, '--format', 'json', '--as-of', AS_OF]);
    const result = JSON.parse(stdout) as { ok: boolean; errors: number };
    expect(result.errors).toBe(0);
    expect(code).toBe(0);
    expect(await ids()).toHaveLength(300);
  });

  it('every page loads with no console error and no failed or foreign request, and every internal link resolves', async () => {
    const result = await crawlSite(browser.context, server, dir);
    expect(result.problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] });
    expect(result.broken).toEqual([]);
    expect(result.absolute).toEqual([]);
    expect(server.missing).toEqual([]);
    expect(result.pages).toEqual(siteFiles(dir).filter((f) => f.endsWith('.html')));
    expect(result.pages.filter((p) => p.startsWith('records/'))).toHaveLength(300);
    expect(result.pages.filter((p) => p.startsWith('countries/') && p !== 'countries/index.html')).toHaveLength(countries.length);
    // Links to other hosts are source URLs only, and only http(s).
    for (const [page, urls] of result.external) {
      expect(page, urls.join(' ')).toMatch(/^records\//);
      for (const url of urls) expect(url).toMatch(/^https:\/\/(news|archive)\.example\.org\//);
    }
  }, 120_000);

  it('axe-core finds no serious or critical violation on the index, the busiest country, a record and the deadlines page', async () => {
    const busiest = countries[0]!.code.toLowerCase();
    const agreement = (await ids('--kind', 'agreement'))[0]!;
    const programme = (await ids('--kind', 'programme'))[0]!;
    for (const path of ['index.html', `countries/${busiest}.html`, `records/${agreement}.html`, `records/${programme}.html`, 'deadlines.html']) {
      const page = await open(path);
      const violations = await axeViolations(page);
      expect(serious(violations), `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('each filter, alone and combined, keeps exactly what coop list keeps', async () => {
    const page = await open('index.html');
    const problems = watchPage(page, new URL(server.root).origin);
    expect(await visibleRecordIds(page)).toHaveLength(300);
    const cases: [Record<string, string>, string[]][] = [
      [{ country: 'XK' }, ['--country', 'XK']],
      [{ country: 'SG' }, ['--country', 'SG']],
      [{ kind: 'programme', status: 'active' }, ['--kind', 'programme', '--status', 'active']],
      [{ area: 'cardiology' }, ['--area', 'cardiology']],
      [{ since: '2010', until: '2012' }, ['--since', '2010', '--until', '2012']],
      [{ country: 'PK', since: '2015' }, ['--country', 'PK', '--since', '2015']],
      [{ kind: 'agreement', status: 'in-force', area: 'oncology' }, ['--kind', 'agreement', '--status', 'in-force', '--area', 'oncology']],
    ];
    // What coop list keeps for each, asked all at once (each run loads the registry).
    const expectations = await Promise.all(cases.map(([, flags]) => ids(...flags)));
    for (const [i, [form, flags]] of cases.entries()) {
      await page.click('button[type="reset"]');
      await page.waitForFunction(() => document.getElementById('filter-status-line')?.textContent === '300 records.');
      for (const [name, value] of Object.entries(form)) {
        if (name === 'since' || name === 'until') await page.fill(`#filter-${name}`, value);
        else await page.selectOption(`#filter-${name}`, value);
      }
      const expected = expectations[i]!;
      expect(expected.length, flags.join(' ')).toBeGreaterThan(0);
      expect(await visibleRecordIds(page), flags.join(' ')).toEqual(expected);
      expect(await page.textContent('#filter-status-line')).toBe(`Showing ${expected.length} of 300 records.`);
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('search finds what coop list --search finds, ignoring accents and case, every word required', async () => {
    const page = await open('index.html');
    const queries = ['malaria', 'Twinning', 'médecine', 'medecine tropicale', 'cohort hospital', 'Genève'];
    const expectations = await Promise.all([...queries.map((q) => ids('--search', q)), ids('--search', 'malaria', '--kind', 'agreement')]);
    for (const [i, query] of queries.entries()) {
      await page.fill('#filter-search', query);
      const expected = expectations[i]!;
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await visibleRecordIds(page), query).toEqual(expected);
    }
    // Search and filters combine.
    await page.fill('#filter-search', 'malaria');
    await page.selectOption('#filter-kind', 'agreement');
    expect(await visibleRecordIds(page)).toEqual(expectations.at(-1));
    await page.close();
  });

  it('the map links every country with records, or lists it as not drawn with a link; never drops one', async () => {
    const page = await open('index.html');
    const mapped = await page.$$eval('svg.world-map a', (as) => as.map((a) => a.getAttribute('href')!));
    const listed = await page.$$eval('.not-drawn a', (as) => as.map((a) => a.getAttribute('href')!));
    const all = countries.map((c) => `countries/${c.code.toLowerCase()}.html`).sort();
    expect([...mapped, ...listed].sort()).toEqual(all);
    expect(mapped.filter((href) => listed.includes(href))).toEqual([]);
    // Small states are listed; Kosovo, which world-atlas draws without an ISO code, is on the map.
    for (const code of ['sg', 'mt', 'bh', 'mv']) expect(listed).toContain(`countries/${code}.html`);
    expect(mapped).toContain('countries/xk.html');
    expect(mapped).toContain('countries/ps.html');
    // The titles give the same numbers as the table beside the map.
    const titles = await page.$$eval('svg.world-map a title', (ts) => ts.map((t) => t.textContent));
    const table = await page.$$eval('#country-counts tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(table).toHaveLength(countries.length);
    for (const title of titles) {
      const [name, counts] = title!.split(': ');
      const row = table.find((r) => r[0] === name)!;
      expect(counts).toBe(`${row[2]} agreement${row[2] === '1' ? '' : 's'}, ${row[3]} programme${row[3] === '1' ? '' : 's'}`);
    }
    await page.close();
  });

  it('screenshots of the index at desktop and phone widths', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await browser.context.newPage();
    for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(server.root + 'index.html');
      await page.screenshot({ path: join(ARTIFACTS, `generated-300-index-${name}.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});
