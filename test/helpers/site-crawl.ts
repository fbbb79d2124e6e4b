import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { HARNESS_PATH, watchPage, type PageProblems, type SiteServer } from './browser.js';

export interface CrawlResult {
  /** Site paths of the pages visited, e.g. "records/x.html". */
  pages: string[];
  problems: PageProblems;
  /** "from → href" for each internal link whose target file or #fragment does not exist. */
  broken: string[];
  /** "from → href" for internal links written as absolute paths or URLs (they break under a sub-path or file://). */
  absolute: string[];
  /** Links to other hosts, by page. */
  external: Map<string, string[]>;
}

interface Visit {
  links: { attribute: string; resolved: string }[];
  ids: string[];
  title: string;
}

/**
 * Loads every page reachable from index.html in the browser and follows every internal link,
 * stylesheet and script; checks that each target exists and that each #fragment names an element
 * on its page. Pages load in same-origin frames of a blank harness page, `batch` at a time: a real
 * load (parsing, CSP, styles, scripts, console) at a third of the cost of a top-level navigation
 * on a 2-core machine. Console messages, failed requests and dialogs of every frame are recorded.
 */
export async function crawlSite(context: BrowserContext, server: SiteServer, siteDir: string, { batch = 12 }: { batch?: number } = {}): Promise<CrawlResult> {
  const origin = new URL(server.root).origin;
  const rootPath = new URL(server.root).pathname;
  const ids = new Map<string, Set<string>>();
  const fragments: { from: string; href: string; path: string; id: string }[] = [];
  const broken: string[] = [];
  const absolute: string[] = [];
  const external = new Map<string, string[]>();
  const queued = new Set<string>(['index.html']);
  const queue = ['index.html'];
  const files = new Set(siteFiles(siteDir));

  const page = await context.newPage();
  const problems = watchPage(page, origin);
  try {
    await page.goto(origin + HARNESS_PATH);
    while (queue.length > 0) {
      const paths = queue.splice(0, batch);
      const visits: Visit[] = await page.evaluate(
        (urls) =>
          Promise.all(
            urls.map(
              (url) =>
                new Promise<Visit>((resolve) => {
                  const frame = document.createElement('iframe');
                  frame.addEventListener('load', () => {
                    const doc = frame.contentDocument!;
                    const links = [...doc.querySelectorAll('a[href], link[href], script[src]')].map((element) => {
                      const attribute = element.getAttribute(element.tagName === 'SCRIPT' ? 'src' : 'href') ?? '';
                      return { attribute, resolved: new URL(attribute, doc.baseURI).href };
                    });
                    const found = { links, ids: [...doc.querySelectorAll('[id]')].map((element) => element.id), title: doc.title };
                    frame.remove();
                    resolve(found);
                  });
                  frame.src = url;
                  document.body.append(frame);
                }),
            ),
          ),
        paths.map((path) => server.root + path),
      );
      visits.forEach((visit, i) => {
        const path = paths[i]!;
        if (!visit.title) broken.push(`${path}: no title (did it load?)`);
        ids.set(path, new Set(visit.ids));
        for (const { attribute, resolved } of visit.links) {
          const url = new URL(resolved);
          if (url.origin !== origin) {
            external.set(path, [...(external.get(path) ?? []), resolved]);
            continue;
          }
          if (/^(\/|[a-z]+:)/i.test(attribute)) absolute.push(`${path} → ${attribute}`);
          if (!url.pathname.startsWith(rootPath)) {
            broken.push(`${path} → ${attribute} (outside the site)`);
            continue;
          }
          const target = decodeURIComponent(url.pathname.slice(rootPath.length)) || 'index.html';
          if (!files.has(target)) {
            broken.push(`${path} → ${attribute}`);
            continue;
          }
          if (url.hash) fragments.push({ from: path, href: attribute, path: target, id: decodeURIComponent(url.hash.slice(1)) });
          if (target.endsWith('.html') && !queued.has(target)) {
            queued.add(target);
            queue.push(target);
          }
        }
      });
    }
  } finally {
    await page.close();
  }
  for (const f of fragments) {
    if (!ids.get(f.path)?.has(f.id)) broken.push(`${f.from} → ${f.href} (no element with id "${f.id}")`);
  }
  return { pages: [...queued].sort(), problems, broken, absolute, external };
}

/** Every file of a generated site, as site paths. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== '.coop-site').sort();
}
