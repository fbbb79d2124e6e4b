#!/usr/bin/env node
// Build step, after tsc and compile-schemas: bundles dist/ into dist/bundle/ (esbuild, ES
// modules, one chunk per lazily loaded command). Node 20 spends about 0.4 ms on each module it
// resolves and loads, and coop's start-up touched some 80; bundled, `coop validate` on a small
// registry starts about 30 ms sooner. bin/coop.js uses the bundle only when it was made from
// the build in dist/ (same build id); a checkout built by postinstall, which has no esbuild,
// runs dist/ as tsc wrote it.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'bundle');

rmSync(out, { recursive: true, force: true });
await build({
  // Flat names: every output file sits two folders below the package root, as dist/*/*.js do,
  // so paths computed from import.meta.url (PACKAGE_ROOT) still point at the package.
  entryPoints: { run: join(dist, 'cli', 'run.js'), io: join(dist, 'commands', 'io.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded with require() on the paths that need them, and large: left to Node's resolver.
  external: ['yaml', 'i18n-iso-countries', 'world-atlas', 'minisearch', 'sql.js', 'ajv', 'typescript'],
  // commander is CommonJS; its require() calls of Node's modules need a real require.
  banner: { js: "import { createRequire as coopCreateRequire } from 'node:module'; const require = coopCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
copyFileSync(join(dist, 'build-id.txt'), join(out, 'build-id.txt'));
