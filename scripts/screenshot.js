#!/usr/bin/env node
// Regenerates docs/site-index.png, the README's picture of `coop site`: builds the site of the
// shipped registry as of a fixed day, opens its index from file:// in Debian's headless chromium
// (never a downloaded browser) and photographs the top of the page at desktop width.
// Usage: npm run screenshot   (COOP_CHROMIUM=/path/to/chromium to use another build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const AS_OF = '2025-11-01';
const OUT = join(ROOT, 'docs', 'site-index.png');
const CHROMIUM = process.env.COOP_CHROMIUM ?? '/usr/bin/chromium';

const work = mkdtempSync(join(tmpdir(), 'coop-screenshot-'));
try {
  const site = join(work, 'site');
  execFileSync(process.execPath, [join(ROOT, 'bin', 'coop.js'), 'site', '--registry', join(ROOT, 'registry'), '-o', site, '--as-of', AS_OF, '--no-cache'], { stdio: 'inherit' });
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href);
    await page.screenshot({ path: OUT });
  } finally {
    await context.close();
  }
  console.log(`wrote ${OUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
