import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env.COOP_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Browser tests run wherever Chromium is installed. In CI (CI=true) they never skip: a missing
 * browser fails the run, so a green CI means the site was really tested in a browser.
 */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM);
export const SKIP_BROWSER = !BROWSER_AVAILABLE && process.env.CI !== 'true';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One headless Chromium with a fresh profile; share it across a test file. */
export async function launchBrowser(): Promise<Browser> {
  if (!BROWSER_AVAILABLE) throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium package (apt-get install -y chromium)`);
  const profile = mkdtempSync(join(tmpdir(), 'coop-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A blank page beside the site, same origin, from which tests load site pages in frames. */
export const HARNESS_PATH = '/__harness__.html';

export interface SiteServer {
  /** The site's root URL, ending in the sub-path, like GitHub Pages' https://owner.github.io/repo/. */
  root: string;
  /** Paths asked for that did not exist. */
  missing: string[];
  close(): Promise<void>;
}

/** Serves a folder under a sub-path on 127.0.0.1, as GitHub Pages serves a project site. */
export async function serveSite(dir: string, prefix = '/coop-site/'): Promise<SiteServer> {
  const missing: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === HARNESS_PATH) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>harness</title><link rel="icon" href="data:,"></head><body></body></html>');
      return;
    }
    const inside = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
    const file = inside === undefined ? undefined : normalize(join(dir, inside || 'index.html'));
    if (!file || !(file + sep).startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      missing.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}${prefix}`, missing, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to any host but the site's own. */
  foreignRequests: string[];
  dialogs: string[];
}

/** Records console errors, failed and foreign requests and dialogs (alert, confirm) of a page. */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], foreignRequests: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('about:')) problems.foreignRequests.push(url);
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return problems;
}

/** axe-core's source, evaluated in pages through the DevTools protocol (which the page's CSP does not block). */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}
