#!/usr/bin/env node
// `npm run report`: writes reports/registry.md as of the day of the last commit that touched
// registry/, so regenerating an unchanged registry changes nothing, and the report moves on only
// when the registry does. With uncommitted changes in registry/, or outside git, the day is today
// (the day those changes are most likely committed). Run from the repository root; arguments
// are passed on to `coop report`.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/coop.js', import.meta.url));

/** YYYY-MM-DD of the last commit touching registry/ in the committer's time zone, or undefined. */
function registryDay() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    if (git('status', '--porcelain', '--', 'registry') !== '') return undefined;
    const day = git('log', '-1', '--format=%cd', '--date=short', '--', 'registry');
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
  } catch {
    return undefined;
  }
}

const day = registryDay();
const args = ['report', '-o', 'reports/registry.md', ...(day ? ['--as-of', day] : []), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 2);
