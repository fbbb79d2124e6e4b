import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { coop, tempDir } from './cli.js';
import { axeSource } from './browser.js';

/** Builds the site of a registry with the CLI into a fresh folder; returns the folder. */
export async function buildSite(registry: string, args: readonly string[] = []): Promise<string> {
  const dir = join(tempDir('coop-site-'), 'site');
  const result = await coop(['site', '--registry', registry, '-o', dir, '--no-cache', ...args]);
  if (result.code !== 0) throw new Error(`coop site failed (${result.code}): ${result.stderr}`);
  return dir;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA rules and best practices); returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** The serious and critical ones, which fail the tests. */
export function serious(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The ids of the rows the records table shows now. */
export function visibleRecordIds(page: Page): Promise<string[]> {
  return page.$$eval('#records tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.id ?? '').sort());
}
